package se.tjanstekatalog.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.SwedishFormat;

/** Swedish formatting for pages, as {@code #{fmt.kr(x)}}, {@code #{fmt.month(p)}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {
  public String kr(Object value) {
    if (value instanceof Amount a) {
      return a.toString();
    }
    return value instanceof BigDecimal b ? SwedishFormat.kronor(b) : "";
  }

  public String integer(Number value) {
    return SwedishFormat.integer(value);
  }

  public String decimal(BigDecimal value) {
    return SwedishFormat.decimal(value, 2);
  }

  public String month(YearMonth month) {
    return SwedishFormat.month(month);
  }

  public String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
