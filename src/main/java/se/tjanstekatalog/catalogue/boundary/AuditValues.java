package se.tjanstekatalog.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.tjanstekatalog.catalogue.control.AuditTrail;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The change histories' values as a person reads them ({@code #{auditValues.shown(field,
 * value)}}): a financing, unit, lifecycle or role by its label, not its code name.
 */
@Named
@ApplicationScoped
public class AuditValues {
  public String shown(String field, String value) {
    return AuditTrail.shown(Faces.locale(), field, value);
  }
}
