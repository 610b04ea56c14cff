package se.tjanstekatalog.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.time.YearMonth;

/** A period (calendar month) is stored as the DATE of its first day. */
@Converter(autoApply = true)
public class YearMonthConverter implements AttributeConverter<YearMonth, LocalDate> {
  @Override
  public LocalDate convertToDatabaseColumn(YearMonth month) {
    return month == null ? null : month.atDay(1);
  }

  @Override
  public YearMonth convertToEntityAttribute(LocalDate date) {
    return date == null ? null : YearMonth.from(date);
  }
}
