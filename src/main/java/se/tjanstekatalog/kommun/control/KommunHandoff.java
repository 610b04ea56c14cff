package se.tjanstekatalog.kommun.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import se.tjanstekatalog.platform.tenancy.HandoffTickets;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.security.control.PortalAuthenticationMechanism;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.security.entity.UserRepository;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;

/**
 * One login across the kommuner a shared IT nämnd serves: the nämnd's controller, logged in
 * at the host kommun, opens a kommun it serves without a second password. The host writes a
 * one-time ticket into the directory ({@link HandoffTickets}) and answers the address on the
 * served kommun's own host name where the browser redeems it; that kommun gives the
 * controller an account of its own (IT_CONTROLLER, no org, no password), so its audit trail,
 * approvals and locks name a person of its own database (docs/adr/0007-tenancy.md). Outside
 * any transaction: the ticket is the directory's, never written on a kommun's connection.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KommunHandoff {
  private static final Logger LOG = Logger.getLogger(KommunHandoff.class.getName());

  @Inject Tenancy tenancy;
  @Inject HandoffTickets tickets;
  @Inject CurrentCaller caller;
  @Inject UserRepository users;

  /**
   * The address that logs the caller in to {@code kommunCode}, a kommun the current kommun's
   * nämnd serves: {@code scheme://<its first host name>[:port]<contextPath>/handoff?ticket=…},
   * scheme, port and context path as the caller reached the host. 404 for any other kommun.
   */
  public String open(String kommunCode, String scheme, int port, String contextPath) {
    Tenant host = tenancy.current();
    Tenant member = tenancy.findServed(kommunCode)
        .orElseThrow(() -> new NotFoundException("kommun.error.notServed", kommunCode));
    List<String> hosts = tenancy.hostsOf(member.code());
    if (hosts.isEmpty()) {
      throw new NotFoundException("kommun.error.noHost", member.name());
    }
    AppUser me = users.findByUsername(caller.name())
        .orElseThrow(() -> new NotFoundException("user.error.notFound", caller.name()));
    String ticket = tickets.issue(new HandoffTickets.Ticket(host.code(), member.code(),
        me.getUsername(), me.getDisplayName(), me.getEmail()));
    LOG.info(() -> "Login ticket for '" + me.getUsername() + "' from " + host.code() + " into "
        + member.code());
    boolean defaultPort = ("http".equals(scheme) && port == 80)
        || ("https".equals(scheme) && port == 443);
    return scheme + "://" + hosts.get(0) + (defaultPort ? "" : ":" + port) + contextPath
        + PortalAuthenticationMechanism.HANDOFF + "?ticket=" + ticket;
  }
}
