package se.tjanstekatalog.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.catalogue.entity.AuditEntry;
import se.tjanstekatalog.catalogue.entity.ChangeProposal;
import se.tjanstekatalog.catalogue.entity.LevelChangeRequest;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.ProposalKind;
import se.tjanstekatalog.catalogue.entity.ProposalStatus;
import se.tjanstekatalog.catalogue.entity.RequestStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.catalogue.entity.Subscription;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.shared.Amount;

/**
 * Persists the demo tjänstekatalog of {@link DemoServices} into an empty catalogue: services
 * with levels and promises, the published price list 2026 and the draft 2027 (+3,1 %), three
 * change proposals (two decided and applied, one in preparation), every org's chosen levels and
 * two level change requests. The seven areas come from Liquibase and are looked up by code.
 */
final class DemoCatalogue {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final BigDecimal MARKUP = new BigDecimal("2.0000");
  private static final BigDecimal INDEX_2027 = new BigDecimal("3.1");
  private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
  private static final YearMonth NEXT_YEAR = YearMonth.of(2027, 1);

  private final EntityManager em;
  private final Map<String, Service> services = new LinkedHashMap<>();
  /** The latest line of each level in the 2026 list, i.e. its price in December. */
  private final Map<ServiceLevel, PriceListLine> latest2026 = new LinkedHashMap<>();

  private DemoCatalogue(EntityManager em) {
    this.em = em;
  }

  static void load(EntityManager em, Map<String, OrgUnit> orgsByCode) {
    DemoCatalogue loader = new DemoCatalogue(em);
    loader.services();
    PriceList prices2026 = loader.priceList2026();
    loader.proposals(prices2026);
    loader.priceList2027();
    loader.subscriptions(orgsByCode);
    loader.requests(orgsByCode);
  }

  private void services() {
    Map<String, ServiceArea> areas = new HashMap<>();
    em.createNamedQuery(ServiceArea.FIND_ALL, ServiceArea.class).getResultList()
        .forEach(a -> areas.put(a.getCode(), a));
    for (DemoServices.ServiceDef def : DemoServices.ALL) {
      ServiceArea area = areas.get(def.areaCode());
      if (area == null) {
        throw new IllegalStateException("Service area " + def.areaCode() + " is missing");
      }
      Service service = new Service(def.code(), def.name(), area, def.unit(), def.financing());
      service.setDescription(def.description());
      String[] owner = DemoServices.OWNERS.get(def.areaCode());
      service.setOwnerRole(owner[0]);
      service.setOwnerContact(owner[1]);
      service.setLifecycle(def.lifecycle());
      for (DemoServices.LevelDef l : def.levels()) {
        ServiceLevel level = service.addLevel(l.code(), l.name(), l.activeFrom());
        level.setActiveTo(def.lastMonth());
        l.commitments().forEach(c ->
            level.addCommitment(c.type(), c.label(), c.number(), c.text()));
      }
      em.persist(service);
      services.put(def.code(), service);
    }
  }

  /** Every level of every service that is not planned, from January or its first month. */
  private PriceList priceList2026() {
    PriceList list = new PriceList("Prislista 2026", DemoServices.YEAR_START, DECEMBER, MARKUP);
    list.setStatus(PriceListStatus.PUBLISHED);
    em.persist(list);
    for (DemoServices.ServiceDef def : DemoServices.ALL) {
      if (def.lifecycle() == Lifecycle.PLANNED) {
        continue;
      }
      for (DemoServices.LevelDef l : def.levels()) {
        YearMonth from = l.activeFrom().isAfter(DemoServices.YEAR_START)
            ? l.activeFrom() : DemoServices.YEAR_START;
        line(list, level(def.code(), l.code()), from, l.costPrice());
      }
    }
    return list;
  }

  /** Next year's draft: each level still offered in January, at its December price + 3,1 %. */
  private void priceList2027() {
    PriceList list = new PriceList("Prislista 2027", NEXT_YEAR, YearMonth.of(2027, 12), MARKUP);
    em.persist(list);
    for (ServiceLevel level : List.copyOf(latest2026.keySet())) {
      if (level.isOfferedIn(NEXT_YEAR)) {
        Amount cost = PriceBook.indexed(latest2026.get(level).getCostPrice(), INDEX_2027);
        line(list, level, NEXT_YEAR, cost);
      }
    }
  }

  private void proposals(PriceList prices2026) {
    // (a) Decided price change: Mobiltelefoni Standard from July.
    ServiceLevel mobile = level(DemoServices.PRICE_CHANGE_SERVICE,
        DemoServices.PRICE_CHANGE_LEVEL);
    ChangeProposal a = new ChangeProposal(ProposalKind.PRICE_CHANGE,
        "Nytt pris för Mobiltelefoni Standard från juli 2026", DemoServices.PRICE_CHANGE_FROM,
        "it", at(4, 2, 9));
    a.setMotivation("Operatörsavtalet har upphandlats på nytt. Det nya avtalet ger obegränsad "
        + "täckning i hela kommunen men höjer abonnemangskostnaden med cirka 9 procent. "
        + "Självkostnaden för Standard föreslås höjas från 145,00 kr till 158,00 kr per "
        + "användare och månad.");
    a.setService(mobile.getService());
    a.setLevel(mobile);
    a.setNewCostPrice(DemoServices.PRICE_CHANGE_NEW_COST);
    a.submit("it", at(4, 8, 9));
    a.comment("ekonom.gsf", at(4, 20, 14), "Grundskoleförvaltningen har omkring 1 800 "
        + "abonnemang på Standard, så höjningen behöver med i höstens budgetdialog. Kan "
        + "personal som inte behöver surf flyttas till Bas utan kostnad?");
    Instant decidedA = at(5, 12, 9);
    a.close(ProposalStatus.DECIDED, "it", decidedA, "Beslutat i IT-beredningen 2026-05-12. "
        + "Nytt pris gäller från 2026-07. Byte till Bas görs utan avgift under hösten.");
    em.persist(a);
    PriceListLine before = latest2026.get(mobile);
    PriceListLine after = line(prices2026, mobile, DemoServices.PRICE_CHANGE_FROM,
        DemoServices.PRICE_CHANGE_NEW_COST);
    audit(decidedA, mobile, "costPrice", before.getCostPrice(), after.getCostPrice(), a);
    audit(decidedA, mobile, "chargedPrice", before.getChargedPrice(), after.getChargedPrice(), a);

    // (b) Decided new level: E-post och kalender Utökad from September. The level itself, its
    // promises and its 2026 line (from September) were written with the catalogue above.
    ServiceLevel mailbox = level(DemoServices.NEW_LEVEL_SERVICE, DemoServices.NEW_LEVEL_CODE);
    ChangeProposal b = new ChangeProposal(ProposalKind.NEW_LEVEL,
        "Ny ambitionsnivå Utökad för E-post och kalender", DemoServices.NEW_LEVEL_FROM, "it",
        at(5, 4, 10));
    b.setMotivation("Chefer och funktionsbrevlådor slår i taket på 50 GB, och arkivering sker "
        + "i dag manuellt. Nivån Utökad ger 100 GB brevlåda, e-postarkiv enligt gallringsbeslut "
        + "och support vardagar 07–19.");
    b.setService(mailbox.getService());
    b.describeNewLevel(mailbox.getCode(), mailbox.getName());
    PriceListLine mailboxLine = latest2026.get(mailbox);
    b.setNewCostPrice(mailboxLine.getCostPrice());
    b.submit("it", at(5, 6, 9));
    b.comment("ekonom.bostad", at(5, 20, 11), "Bostads AB har flera funktionsbrevlådor för "
        + "felanmälan som är nästan fulla. Vi vill gärna gå över till Utökad så snart den finns.");
    Instant decidedB = at(6, 9, 9);
    b.close(ProposalStatus.DECIDED, "it", decidedB, "Beslutat i IT-beredningen 2026-06-09. "
        + "Nivån erbjuds från 2026-09 och läggs in i prislistan 2026.");
    em.persist(b);
    em.persist(new AuditEntry(decidedB, "it", mailbox.getService(), mailbox.getName(), "level",
        null, mailbox.getName(), b));
    audit(decidedB, mailbox, "costPrice", null, mailboxLine.getCostPrice(), b);
    audit(decidedB, mailbox, "chargedPrice", null, mailboxLine.getChargedPrice(), b);

    // (c) In preparation: cheaper storage from 2027; nothing applied yet.
    ServiceLevel storage = level(DemoServices.PENDING_SERVICE, DemoServices.PENDING_LEVEL);
    ChangeProposal c = new ChangeProposal(ProposalKind.PRICE_CHANGE,
        "Sänkt pris för Lagring Standard från 2027", NEXT_YEAR, "it", at(10, 5, 9));
    c.setMotivation("Den nya lagringsplattformen som togs i drift i september 2026 har lägre "
        + "kostnad per GB. Självkostnaden för Standard föreslås sänkas från 1,20 kr till 1,10 kr "
        + "per GB och månad, i stället för indexuppräkningen i utkastet till prislista 2027.");
    c.setService(storage.getService());
    c.setLevel(storage);
    c.setNewCostPrice(DemoServices.PENDING_NEW_COST);
    c.submit("it", at(10, 7, 9));
    c.comment("ekonom.gsf", at(10, 14, 15), "Bra. Gäller sänkningen även lagring vi redan har, "
        + "eller bara nya volymer? Vi behöver veta det inför budgeten 2027.");
    em.persist(c);
  }

  private void subscriptions(Map<String, OrgUnit> orgsByCode) {
    for (DemoServices.SubscriptionDef def : DemoServices.subscriptions()) {
      Subscription s = new Subscription(org(orgsByCode, def.orgCode()),
          level(def.serviceCode(), def.levelCode()), def.validFrom());
      s.setValidTo(def.validTo());
      em.persist(s);
    }
  }

  private void requests(Map<String, OrgUnit> orgsByCode) {
    em.persist(new LevelChangeRequest(org(orgsByCode, "GSF"), level("ARB-DATOR", "UTOK"),
        NEXT_YEAR, "Lärarna arbetar allt mer med digitala läromedel och skärmdelning i "
            + "klassrummet. Vi vill korta utbytescykeln till tre år och få dockningsstationer "
            + "i arbetsrummen från och med vårterminen 2027.", "ekonom.gsf", at(10, 19, 10)));
    LevelChangeRequest rejected = new LevelChangeRequest(org(orgsByCode, "BOAB"),
        level(DemoServices.NEW_LEVEL_SERVICE, DemoServices.NEW_LEVEL_CODE), YearMonth.of(2026, 8),
        "Våra funktionsbrevlådor för felanmälan är nästan fulla; vi vill byta till Utökad "
            + "redan i augusti.", "ekonom.bostad", at(6, 12, 13));
    rejected.decide(RequestStatus.REJECTED, "it", at(6, 16, 9), "Nivån Utökad erbjuds först "
        + "från 2026-09 enligt beslutat förändringsförslag. Skicka en ny begäran med startmånad "
        + "2026-09 eller senare.");
    em.persist(rejected);
  }

  private PriceListLine line(PriceList list, ServiceLevel level, YearMonth from, Amount cost) {
    PriceListLine line = new PriceListLine(list, level, from, cost,
        PriceBook.chargedPrice(cost, list.getMarkupPercent()));
    list.getLines().add(line);
    em.persist(line);
    if (from.getYear() == 2026) {
      latest2026.put(level, line);
    }
    return line;
  }

  private void audit(Instant at, ServiceLevel level, String field, Amount old, Amount now,
      ChangeProposal proposal) {
    em.persist(new AuditEntry(at, "it", level.getService(), level.getName(), field,
        old == null ? null : old.value().toPlainString(), now.value().toPlainString(),
        proposal));
  }

  private ServiceLevel level(String serviceCode, String levelCode) {
    Service service = services.get(serviceCode);
    if (service == null) {
      throw new IllegalStateException("No demo service " + serviceCode);
    }
    return service.getLevels().stream().filter(l -> l.getCode().equals(levelCode)).findFirst()
        .orElseThrow(() -> new IllegalStateException(serviceCode + " has no level " + levelCode));
  }

  private static OrgUnit org(Map<String, OrgUnit> orgsByCode, String code) {
    OrgUnit org = orgsByCode.get(code);
    if (org == null) {
      throw new IllegalStateException("No demo org " + code);
    }
    return org;
  }

  /** A moment in 2026, Swedish time. */
  private static Instant at(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(STOCKHOLM).toInstant();
  }
}
