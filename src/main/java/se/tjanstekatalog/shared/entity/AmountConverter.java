package se.tjanstekatalog.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import se.tjanstekatalog.shared.Amount;

/** {@link Amount} as DECIMAL(19,2). */
@Converter(autoApply = true)
public class AmountConverter implements AttributeConverter<Amount, BigDecimal> {
  @Override
  public BigDecimal convertToDatabaseColumn(Amount amount) {
    return amount == null ? null : amount.value();
  }

  @Override
  public Amount convertToEntityAttribute(BigDecimal value) {
    return value == null ? null : new Amount(value);
  }
}
