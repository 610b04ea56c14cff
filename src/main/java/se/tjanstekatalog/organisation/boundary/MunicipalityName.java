package se.tjanstekatalog.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tjanstekatalog.organisation.control.MunicipalityService;

/** The header's municipality name, read once per request. */
@Named
@RequestScoped
public class MunicipalityName {
  @Inject MunicipalityService service;
  private String name;

  public String getName() {
    if (name == null) {
      name = service.name();
    }
    return name;
  }
}
