package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The SHA-256 of a month's inputs written out in one canonical text: every list sorted by its
 * ids, every number in its plain form without trailing zeros, so 12.50 and 12.5 agree. The
 * rules' version is part of it: a change of the rules changes every fingerprint.
 */
final class Fingerprint {
  /** Raise when the engine's rules change, so results made by the old rules show as changed. */
  static final String RULES_VERSION = "costing-rules-1";

  private Fingerprint() {}

  static String of(PeriodInputs in) {
    StringBuilder s = new StringBuilder(4096);
    s.append(RULES_VERSION).append('\n').append(in.period()).append('\n');
    in.orgs().stream().sorted(Comparator.comparingLong(Org::id))
        .forEach(o -> s.append("O|").append(o.id()).append('|').append(o.code()).append('|')
            .append(o.company()).append('\n'));
    in.levels().stream().sorted(Comparator.comparingLong(PricedLevel::levelId))
        .forEach(l -> s.append("L|").append(l.levelId()).append('|').append(l.serviceId())
            .append('|').append(l.areaId()).append('|').append(l.alwaysCharged()).append('|')
            .append(l.fixedMonthly()).append('|').append(num(l.chargedPrice())).append('\n'));
    quantities(s, "C", in.consumption());
    quantities(s, "S", in.subscriptions());
    in.pools().stream().sorted(Comparator.comparingLong(Pool::id)).forEach(p -> {
      s.append("P|").append(p.id()).append('|').append(p.areaId()).append('|').append(p.key())
          .append('|').append(p.companiesParticipate()).append('|').append(num(p.cost().value()))
          .append('|');
      p.serviceIds().stream().sorted().forEach(id -> s.append(id).append(','));
      s.append('|');
      new TreeMap<>(p.fixedShares()).forEach((org, pct) ->
          s.append(org).append('=').append(num(pct)).append(','));
      s.append('\n');
    });
    new TreeMap<>(in.keyValues()).values().forEach(k -> s.append("K|").append(k.orgId())
        .append('|').append(num(k.headcount())).append('|').append(num(k.fte())).append('|')
        .append(num(k.turnover())).append('\n'));
    new TreeMap<>(in.plan()).forEach((area, model) ->
        s.append("M|").append(area).append('|').append(model).append('\n'));
    return sha256(s.toString());
  }

  private static void quantities(StringBuilder s, String tag, List<Quantity> rows) {
    rows.stream()
        .sorted(Comparator.comparingLong(Quantity::orgId).thenComparingLong(Quantity::levelId))
        .forEach(q -> s.append(tag).append('|').append(q.orgId()).append('|')
            .append(q.levelId()).append('|').append(num(q.quantity())).append('\n'));
  }

  private static String num(BigDecimal n) {
    return n == null ? "-" : n.stripTrailingZeros().toPlainString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
