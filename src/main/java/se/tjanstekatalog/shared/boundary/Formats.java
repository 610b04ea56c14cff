package se.tjanstekatalog.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Swedish formatting for pages, as {@code #{fmt.kr(x)}}, {@code #{fmt.month(p)}}: figures with
 * the U+2212 minus sign and decimals fixed by the column ({@code SwedishFormat.table...}); files
 * and input fields keep {@link SwedishFormat}'s plain forms.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public String kr(Object value) {
    if (value instanceof Amount a) {
      return SwedishFormat.tableKronor(a.value());
    }
    return value instanceof BigDecimal b ? SwedishFormat.tableKronor(b) : "";
  }

  public String integer(Number value) {
    return SwedishFormat.tableInteger(value);
  }

  /** A quantity of a list whose rows may hold different units: up to two decimals. */
  public String decimal(BigDecimal value) {
    return SwedishFormat.tableDecimal(value, 2);
  }

  /** A column's figure with exactly {@code decimals} decimals, e.g. {@code 2 298,60}. */
  public String fixed(BigDecimal value, int decimals) {
    return SwedishFormat.tableFixed(value, decimals);
  }

  /** Every decimal the value has, nothing rounded, e.g. a rate {@code 11,2345}. */
  public String exact(BigDecimal value) {
    return value == null ? "" : SwedishFormat.decimal(value, Math.max(value.scale(), 0));
  }

  /** One decimal and a per cent sign, e.g. {@code 12,5 %}, {@code −9,7 %}. */
  public String percent(BigDecimal value) {
    return SwedishFormat.tablePercent(value, 1);
  }

  public String month(YearMonth month) {
    return SwedishFormat.month(month);
  }

  /** A moment as Swedish local time, e.g. {@code 2026-11-23 14:05}. */
  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(STOCKHOLM));
  }

  public String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
