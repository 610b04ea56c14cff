package se.tjanstekatalog.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.security.control.ApiTokenService;
import se.tjanstekatalog.security.entity.ApiToken;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * IT_CONTROLLER: the feeds' API tokens, a new one (shown once in a dialog) and revoking. The
 * new token is held only until the dialog is closed; after that nobody can see it again.
 */
@Named
@ViewScoped
public class TokensBean implements Serializable {
  @Inject ApiTokenService service;

  private List<ApiToken> tokens;
  private String newName;
  private String createdName;
  private String createdSecret;

  public void load() {
    tokens = service.all();
  }

  public void create() {
    Faces.attempt(() -> {
      ApiTokenService.NewToken created = service.create(newName);
      createdName = created.token().getName();
      createdSecret = created.secret();
      newName = null;
      Faces.info("token.created", createdName);
      PrimeFaces.current().executeScript("PF('secretDialog').show()");
      load();
    });
  }

  /** The dialog's close button: forget the token. */
  public void forgetSecret() {
    createdName = null;
    createdSecret = null;
  }

  public void revoke(ApiToken token) {
    Faces.attempt(() -> {
      service.revoke(token.getId(), token.getVersion());
      Faces.info("token.revoked", token.getName());
    });
    load();
  }

  public List<ApiToken> getTokens() {
    return tokens;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getCreatedName() {
    return createdName;
  }

  public String getCreatedSecret() {
    return createdSecret;
  }
}
