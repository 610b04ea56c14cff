package se.tjanstekatalog.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import se.tjanstekatalog.security.entity.UserRepository;

/** Checks user name and password against {@code app_user}; the role becomes the group. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {
  @Inject UserRepository users;
  @Inject PasswordHasher hasher;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String password = credential.getPasswordAsString();
    var user = users.findByUsername(credential.getCaller()).filter(u -> u.isActive());
    if (user.isEmpty()) {
      hasher.verifyNothing(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.verify(password, user.get().getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(user.get().getUsername(),
        Set.of(user.get().getRole().name()));
  }
}
