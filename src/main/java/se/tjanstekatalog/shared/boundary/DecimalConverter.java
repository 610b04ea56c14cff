package se.tjanstekatalog.shared.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * A number typed the Swedish way ({@code 1 234,5}) or pasted from a spreadsheet ({@code
 * 1234.5}); shown with a space as thousands separator and a decimal comma.
 */
@FacesConverter(value = "tk.decimal", managed = false)
public class DecimalConverter implements Converter<BigDecimal> {
  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return SwedishFormat.parseNumber(value);
    } catch (NumberFormatException e) {
      Object label = component.getAttributes().get("label");
      String text = Messages.get(context.getViewRoot().getLocale(), "error.number",
          label == null ? "" : label, value);
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    // Up to 2 decimals unless the component says otherwise (f:attribute name="decimals").
    Object decimals = component.getAttributes().get("decimals");
    int max = decimals == null ? 2 : Integer.parseInt(decimals.toString());
    return value == null ? "" : SwedishFormat.decimal(value, max);
  }
}
