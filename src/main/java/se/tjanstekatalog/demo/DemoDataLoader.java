package se.tjanstekatalog.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.catalogue.entity.Subscription;
import se.tjanstekatalog.organisation.entity.Municipality;
import se.tjanstekatalog.organisation.entity.OrgKeyValue;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.security.control.PasswordHasher;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.Amount;

/**
 * Fills an empty database once the schema is current: the demo municipality when {@code
 * TK_DEMO=true}; otherwise only a first administrator, so a fresh production install can be
 * logged into at all.
 */
@ApplicationScoped
public class DemoDataLoader {
  public static final String DEMO_PASSWORD = "demo";
  static final Year DEMO_YEAR = Year.of(2026);
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Tenancy tenancy;

  @Inject
  @ConfigProperty(name = "tk.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "tk.admin.password")
  Optional<String> adminPassword;

  @Transactional
  void onSchemaReady(@Observes Bootstrap.SchemaReady ready) {
    long users = em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
    long orgs = em.createQuery("SELECT COUNT(o) FROM OrgUnit o", Long.class).getSingleResult();
    if (users > 0 || orgs > 0) {
      return;
    }
    if (demo && ready.home()) {
      long t0 = System.nanoTime();
      loadDemo();
      LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } else if (demo && DemoKommuner.EKBY.equals(ready.tenant().code())) {
      loadEkby();
      LOG.info("Demo data of Ekby kommun loaded");
    } else {
      createFirstAdmin();
    }
  }

  private void loadDemo() {
    Map<String, OrgUnit> orgs = kommun(DemoKommuner.SJOSTAD_NAME, DemoOrganisations.ALL);
    // The motpart with which Sjöstad's IT nämnd bills Ekby (a code outside Sjöstad's group).
    em.createNativeQuery("UPDATE accounting_settings SET kommun_counterpart = ?1")
        .setParameter(1, DemoKommuner.KOMMUN_COUNTERPART).executeUpdate();
    String hash = hasher.hash(DEMO_PASSWORD);
    em.persist(new AppUser("admin", "Ada Admin", hash, Role.ADMIN, null));
    em.persist(new AppUser("it", "Ivar Controller", hash, Role.IT_CONTROLLER, null));
    em.persist(new AppUser("ekonom.gsf", "Eva Ekonom", hash, Role.ORG_FINANCE, orgs.get("GSF")));
    em.persist(new AppUser("ekonom.bostad", "Bo Ekonom", hash, Role.ORG_FINANCE,
        orgs.get("BOAB")));
    em.persist(new AppUser("personal.gsf", "Petra Personal", hash, Role.VIEWER,
        orgs.get("GSF")));
    // The rest of ekonomichefsgruppen: one ekonomichef per org (they approve the demo months).
    for (DemoOrganisations.DemoOrg d : DemoOrganisations.ALL) {
      String username = DemoPeriods.financeUser(d.code());
      if (!"GSF".equals(d.code()) && !"BOAB".equals(d.code())) {
        em.persist(new AppUser(username, DemoOrganisations.financeChief(d.code()), hash,
            Role.ORG_FINANCE, orgs.get(d.code())));
      }
    }
    DemoCatalogue.load(em, orgs);
    DemoFocusMappings.load(em, orgs);
    DemoAnnualTexts.load(em);
    DemoForecastBudgets.load(em, orgs);
    DemoDevelopmentPlan.load(em, orgs);
  }

  /** Names the current kommun and fills its org register; answers the orgs by code. */
  private Map<String, OrgUnit> kommun(String name, List<DemoOrganisations.DemoOrg> register) {
    em.find(Municipality.class, tenancy.municipalityId()).setName(name);
    // the SIE file's #FNAMN: the demo municipality, not the schema's placeholder
    em.createNativeQuery("UPDATE accounting_settings SET company_name = ?1")
        .setParameter(1, name).executeUpdate();
    Map<String, OrgUnit> orgs = new HashMap<>();
    for (DemoOrganisations.DemoOrg d : register) {
      OrgUnit org = new OrgUnit(new OrgUnitData(null, 0, d.code(), d.name(), d.kind(),
          d.costCentre(), d.counterpart(), LocalDate.of(2020, 1, 1), null));
      em.persist(org);
      orgs.put(d.code(), org);
      keyValues(org, d);
    }
    return orgs;
  }

  /**
   * The second kommun: its orgs, key values and users, and each org's subscriptions as its
   * Sjöstad counterpart's (the catalogue was published here from Sjöstad just before).
   */
  private void loadEkby() {
    Map<String, OrgUnit> orgs = kommun(DemoKommuner.EKBY_NAME, DemoOrganisations.EKBY);
    String hash = hasher.hash(DEMO_PASSWORD);
    em.persist(new AppUser("admin", "Elsa Admin", hash, Role.ADMIN, null));
    em.persist(new AppUser("it", "Ivar Controller", hash, Role.IT_CONTROLLER, null));
    em.persist(new AppUser("ekonom.buf", "Emil Ekonom", hash, Role.ORG_FINANCE, orgs.get("BUF")));
    em.persist(new AppUser("personal.buf", "Pia Personal", hash, Role.VIEWER, orgs.get("BUF")));
    Map<String, ServiceLevel> levels = new HashMap<>();
    for (ServiceLevel l : em.createQuery("SELECT l FROM ServiceLevel l JOIN FETCH l.service",
        ServiceLevel.class).getResultList()) {
      levels.put(l.getService().getCode() + "/" + l.getCode(), l);
    }
    DemoOrganisations.EKBY_COUNTERPART.forEach((ekby, sjostad) -> {
      for (DemoServices.SubscriptionDef def : DemoServices.subscriptions()) {
        if (def.orgCode().equals(sjostad) && def.validTo() == null) {
          ServiceLevel level = levels.get(def.serviceCode() + "/" + def.levelCode());
          if (level == null) {
            throw new IllegalStateException("Ekby: no published level " + def.serviceCode()
                + "/" + def.levelCode());
          }
          em.persist(new Subscription(orgs.get(ekby), level, def.validFrom()));
        }
      }
    });
  }

  /**
   * Twelve months of 2026: headcount drifts slowly, schools dip in July, FTE is 85–93 % of
   * headcount, turnover follows a twelfth of the annual figure with some noise. Seeded by the
   * org code, so every demo database is the same.
   */
  private void keyValues(OrgUnit org, DemoOrganisations.DemoOrg d) {
    Random random = new Random(d.code().hashCode());
    double fteShare = 0.85 + random.nextDouble() * 0.08;
    double headcount = d.headcount();
    for (int m = 1; m <= 12; m++) {
      YearMonth period = DEMO_YEAR.atMonth(m);
      headcount *= 1 + (random.nextDouble() - 0.45) * 0.01;
      int hc = (int) Math.round(d.schoolYear() && m == 7 ? headcount * 0.94 : headcount);
      OrgKeyValue kv = new OrgKeyValue(org, period);
      kv.setHeadcount(hc);
      kv.setFte(BigDecimal.valueOf(hc * fteShare).setScale(1, RoundingMode.HALF_UP)
          .setScale(2, RoundingMode.UNNECESSARY));
      BigDecimal noise = BigDecimal.valueOf(0.95 + random.nextDouble() * 0.1)
          .setScale(4, RoundingMode.HALF_UP);
      kv.setTurnover(new Amount(d.monthlyTurnover().multiply(noise)
          .setScale(-3, RoundingMode.HALF_UP)));
      em.persist(kv);
    }
  }

  private void createFirstAdmin() {
    String password = adminPassword.orElse("");
    boolean generated = password.isBlank();
    if (generated) {
      byte[] bytes = new byte[12];
      new SecureRandom().nextBytes(bytes);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
    em.persist(new AppUser("admin", "Administratör", hasher.hash(password), Role.ADMIN, null));
    if (generated) {
      String shown = password;
      LOG.warning(() -> "No users existed: created user 'admin' with the one-time password '"
          + shown + "'. Log in and change it (or set TK_ADMIN_PASSWORD before the first start).");
    } else {
      LOG.info("No users existed: created user 'admin' with the password from TK_ADMIN_PASSWORD.");
    }
  }
}
