package se.tjanstekatalog.costing.domain;

import java.util.Objects;

/** A customer of IT as the engine sees it: a förvaltning, or a bolag ({@code company}). */
public record Org(long id, String code, boolean company) {
  public Org {
    Objects.requireNonNull(code, "code");
  }
}
