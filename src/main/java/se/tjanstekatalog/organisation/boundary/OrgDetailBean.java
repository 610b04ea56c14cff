package se.tjanstekatalog.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.tjanstekatalog.organisation.control.KeyValueService;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgKeyValue;
import se.tjanstekatalog.organisation.entity.OrgUnit;

/** One org's facts and its key value history ({@code organisation/org.xhtml?code=GSF}). */
@Named
@ViewScoped
public class OrgDetailBean implements Serializable {
  @Inject OrganisationService organisations;
  @Inject KeyValueService keyValues;

  private String code;
  private OrgUnit org;
  private List<OrgKeyValue> history;

  public void load() {
    org = organisations.byCode(code == null ? "" : code.strip());
    history = keyValues.history(org);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public OrgUnit getOrg() {
    return org;
  }

  public List<OrgKeyValue> getHistory() {
    return history;
  }
}
