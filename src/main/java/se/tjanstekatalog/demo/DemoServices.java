package se.tjanstekatalog.demo;

import static se.tjanstekatalog.catalogue.entity.Financing.ALWAYS_CHARGED;
import static se.tjanstekatalog.catalogue.entity.Financing.POOLED;
import static se.tjanstekatalog.catalogue.entity.Unit.FIXED_MONTHLY;
import static se.tjanstekatalog.catalogue.entity.Unit.PER_DEVICE;
import static se.tjanstekatalog.catalogue.entity.Unit.PER_GB;
import static se.tjanstekatalog.catalogue.entity.Unit.PER_HOUR;
import static se.tjanstekatalog.catalogue.entity.Unit.PER_LICENCE;
import static se.tjanstekatalog.catalogue.entity.Unit.PER_USER;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.catalogue.entity.CommitmentType;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.Amount;

/**
 * The demo tjänstekatalog as plain data: services with their levels, promises and 2026 cost
 * prices, and which level each org has chosen. {@link DemoCatalogue} turns it into entities.
 * One service per block, one level per line; the levels of a service make the same promises
 * (same types and labels, in the same order) so they can be compared row by row.
 */
final class DemoServices {
  static final YearMonth FIRST_OFFERED = YearMonth.of(2020, 1);
  static final YearMonth YEAR_START = YearMonth.of(2026, 1);

  /** Proposal (a): a decided price change. */
  static final String PRICE_CHANGE_SERVICE = "KOM-MOBIL";
  static final String PRICE_CHANGE_LEVEL = "STD";
  static final Amount PRICE_CHANGE_NEW_COST = Amount.of("158.00");
  static final YearMonth PRICE_CHANGE_FROM = YearMonth.of(2026, 7);

  /** Proposal (b): a decided new level, offered from its month. */
  static final String NEW_LEVEL_SERVICE = "KOM-EPOST";
  static final String NEW_LEVEL_CODE = "UTOK";
  static final YearMonth NEW_LEVEL_FROM = YearMonth.of(2026, 9);

  /** Proposal (c): a price change still in preparation, for 2027. */
  static final String PENDING_SERVICE = "INF-LAGR";
  static final String PENDING_LEVEL = "STD";
  static final Amount PENDING_NEW_COST = Amount.of("1.10");

  private static final String OFFICE = "Vardagar 08–17";
  private static final String EXTENDED = "Vardagar 07–19";
  private static final String ALWAYS = "Dygnet runt";
  private static final String CYCLE = "Utbytescykel";

  record CommitmentDef(CommitmentType type, String label, BigDecimal number, String text) {
    String rowKey() {
      return type == CommitmentType.FREE_TEXT ? "FREE_TEXT:" + label : type.name();
    }
  }

  record LevelDef(String code, String name, Amount costPrice, YearMonth activeFrom,
      List<CommitmentDef> commitments) {
    LevelDef from(YearMonth month) {
      return new LevelDef(code, name, costPrice, month, commitments);
    }
  }

  /** {@code lastMonth}: the last month its levels are offered (retiring and retired services). */
  record ServiceDef(String code, String name, String areaCode, Unit unit, Financing financing,
      Lifecycle lifecycle, YearMonth lastMonth, String description, List<LevelDef> levels) {
    ServiceDef planned(YearMonth firstMonth) {
      return new ServiceDef(code, name, areaCode, unit, financing, Lifecycle.PLANNED, null,
          description, levels.stream().map(l -> l.from(firstMonth)).toList());
    }

    ServiceDef ending(Lifecycle stage, YearMonth last) {
      return new ServiceDef(code, name, areaCode, unit, financing, stage, last, description,
          levels);
    }

    LevelDef level(String levelCode) {
      return levels.stream().filter(l -> l.code().equals(levelCode)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(code + " has no level " + levelCode));
    }

    /** Base services an org chooses a level of (avtal), billed per user, device or month. */
    boolean subscribable() {
      return financing == POOLED && unit != PER_GB && unit != PER_HOUR && unit != PER_LICENCE
          && (lifecycle == Lifecycle.ACTIVE || lifecycle == Lifecycle.RETIRING);
    }
  }

  /** Tjänsteägare per area: role and functional mailbox. */
  static final Map<String, String[]> OWNERS = Map.of(
      "ARBETSPLATS", new String[] {"Tjänsteägare arbetsplats", "arbetsplats@sjostad.se"},
      "KOMMUNIKATION", new String[] {"Tjänsteägare kommunikation", "kommunikation@sjostad.se"},
      "INFRASTRUKTUR", new String[] {"Tjänsteägare infrastruktur", "infrastruktur@sjostad.se"},
      "SYSTEMFORVALTNING", new String[] {"Systemförvaltningsledare",
          "systemforvaltning@sjostad.se"},
      "SUPPORT", new String[] {"Servicedeskchef", "servicedesk@sjostad.se"},
      "INFORMATIONSSAKERHET", new String[] {"Informationssäkerhetssamordnare",
          "informationssakerhet@sjostad.se"},
      "DIGITALISERINGSSTOD", new String[] {"Digitaliseringsstrateg",
          "digitalisering@sjostad.se"});

  static final List<ServiceDef> ALL = List.of(
      // ---- Arbetsplats
      svc("ARB-DATOR", "Datorarbetsplats", "ARBETSPLATS", PER_USER, POOLED,
          "Dator med kommunens standardprogram, inloggning, hemkatalog och skrivarkoppling. "
              + "Datorn byts enligt utbytescykeln och ersätts direkt vid fel.",
          lvl("BAS", "Bas", "210.00", hours(OFFICE), fix(24), text(CYCLE, "5 år"),
              text("Datormodell", "Stationär standardmodell")),
          lvl("STD", "Standard", "250.00", hours(OFFICE), fix(8), text(CYCLE, "4 år"),
              text("Datormodell", "Valfri bärbar eller stationär")),
          lvl("UTOK", "Utökad", "320.00", hours(EXTENDED), fix(4), text(CYCLE, "3 år"),
              text("Datormodell", "Prestandamodell med dockningsstation"))),
      svc("ARB-BARBAR", "Bärbar dator (extra enhet)", "ARBETSPLATS", PER_DEVICE, POOLED,
          "Extra bärbar dator utöver datorarbetsplatsen, t.ex. för delade arbetsplatser, "
              + "förtroendevalda eller fältarbete. Hanteras och uppdateras som övriga datorer.",
          lvl("STD", "Standard", "165.00", hours(OFFICE), fix(8), text(CYCLE, "4 år")),
          lvl("UTOK", "Utökad", "215.00", hours(EXTENDED), fix(4), text(CYCLE, "3 år"))),
      svc("ARB-SKRIV", "Skrivare och utskrift", "ARBETSPLATS", PER_DEVICE, POOLED,
          "Multifunktionsskrivare med följ-mig-utskrift, skanning till e-post och "
              + "förbrukningsmaterial. Utskrifter ingår upp till volymtaket.",
          lvl("BAS", "Bas", "380.00", hours(OFFICE), fix(24), text("Volymtak", "2 000 sidor/mån")),
          lvl("STD", "Standard", "620.00", hours(OFFICE), fix(8),
              text("Volymtak", "6 000 sidor/mån"))),
      svc("ARB-SURF", "Surfplatta", "ARBETSPLATS", PER_DEVICE, POOLED,
          "Surfplatta med mobildata och central hantering (MDM), för hemtjänst, förskola och "
              + "möten. Appar installeras från kommunens appkatalog.",
          lvl("STD", "Standard", "120.00", hours(OFFICE), fix(24), text(CYCLE, "3 år"))),
      svc("ARB-ELEV", "Elevdator", "ARBETSPLATS", PER_DEVICE, POOLED,
          "Bärbar dator för elever, förberedd med lärplattform och filtrering. Utlämning och "
              + "insamling sker via skolans IT-ansvariga.",
          lvl("BAS", "Bas", "85.00", hours(OFFICE), fix(40), text(CYCLE, "4 år"),
              text("Enhet", "Chromebook")),
          lvl("STD", "Standard", "125.00", hours(OFFICE), fix(24), text(CYCLE, "3 år"),
              text("Enhet", "Windowsdator"))),
      svc("ARB-TUNN", "Tunn klient", "ARBETSPLATS", PER_DEVICE, POOLED,
          "Terminal mot centralt skrivbord. Ersatt av datorarbetsplats; avvecklad efter mars 2026.",
          lvl("STD", "Standard", "95.00", hours(OFFICE), fix(24)))
          .ending(Lifecycle.RETIRED, YearMonth.of(2026, 3)),
      // ---- Kommunikation
      svc("KOM-EPOST", "E-post och kalender", "KOMMUNIKATION", PER_USER, POOLED,
          "Personlig brevlåda och kalender med åtkomst från dator och mobil, skydd mot "
              + "skräppost och skadlig kod samt funktionsbrevlådor.",
          lvl("BAS", "Bas", "38.00", avail("99.5"), hours(OFFICE), text("Brevlåda", "2 GB"),
              text("E-postarkiv", "Ingår inte")),
          lvl("STD", "Standard", "52.00", avail("99.5"), hours(OFFICE), text("Brevlåda", "50 GB"),
              text("E-postarkiv", "Ingår inte")),
          lvl("UTOK", "Utökad", "68.00", avail("99.9"), hours(EXTENDED),
              text("Brevlåda", "100 GB"), text("E-postarkiv", "Obegränsat, enligt gallringsbeslut"))
              .from(NEW_LEVEL_FROM)),
      svc("KOM-SAMARB", "Teams och samarbetsytor", "KOMMUNIKATION", PER_USER, POOLED,
          "Chatt, videomöten och samarbetsytor i Teams och SharePoint med kommunens "
              + "informationsklassning. Gäståtkomst för externa parter ingår.",
          lvl("STD", "Standard", "45.00", avail("99.5"), hours(OFFICE),
              text("Telefoni i Teams", "Ingår inte")),
          lvl("UTOK", "Utökad", "62.00", avail("99.9"), hours(EXTENDED),
              text("Telefoni i Teams", "Ingår"))),
      svc("KOM-MOBIL", "Mobiltelefoni", "KOMMUNIKATION", PER_USER, POOLED,
          "Mobilabonnemang med smartphone, röstbrevlåda och anknytning till växeln. Telefonen "
              + "hanteras centralt så att e-post och appar kan nås säkert.",
          lvl("BAS", "Bas", "95.00", hours(OFFICE), fix(24), text("Surf", "5 GB/mån"),
              text("Telefon", "Enklare modell")),
          lvl("STD", "Standard", "145.00", hours(OFFICE), fix(8), text("Surf", "20 GB/mån"),
              text("Telefon", "Standardmodell")),
          lvl("UTOK", "Utökad", "215.00", hours(EXTENDED), fix(4), text("Surf", "Obegränsad"),
              text("Telefon", "Toppmodell, utlandstrafik ingår"))),
      svc("KOM-VAXEL", "Fast telefoni och växel", "KOMMUNIKATION", PER_USER, POOLED,
          "Anknytning i kommunens växel med telefonist, hänvisning och svarsgrupper. Nåbar via "
              + "mobil, dator eller bordstelefon.",
          lvl("BAS", "Bas", "32.00", avail("99.9"), hours(OFFICE),
              text("Svarsgrupper", "Enkel hänvisning")),
          lvl("STD", "Standard", "48.00", avail("99.9"), hours(EXTENDED),
              text("Svarsgrupper", "Köhantering och statistik"))),
      svc("KOM-NAT", "Nätverk och wifi", "KOMMUNIKATION", PER_USER, POOLED,
          "Fast och trådlöst nätverk på kommunens arbetsplatser, inklusive gästnät och eduroam "
              + "i skolor. Priset gäller per användare.",
          lvl("BAS", "Bas", "24.00", avail("99.0"), hours(OFFICE), fix(24)),
          lvl("STD", "Standard", "31.00", avail("99.5"), hours(EXTENDED), fix(8)),
          lvl("UTOK", "Utökad", "44.00", avail("99.9"), hours(ALWAYS), fix(4))),
      svc("KOM-VIDEO", "Videokonferensrum", "KOMMUNIKATION", PER_DEVICE, POOLED,
          "Utrustat mötesrum med skärm, kamera och mötesrumsdator för Teams-möten. Priset "
              + "gäller per rum och månad.",
          lvl("STD", "Standard", "450.00", hours(OFFICE), fix(8), text("Utrustning", "En skärm")),
          lvl("UTOK", "Utökad", "690.00", hours(EXTENDED), fix(4),
              text("Utrustning", "Två skärmar och takmikrofon"))),
      svc("KOM-FAX", "Fax", "KOMMUNIKATION", PER_DEVICE, POOLED,
          "Faxnummer via faxserver med leverans till e-post. Tjänsten avvecklas till sommaren "
              + "2027; använd säker e-post eller e-tjänst i stället.",
          lvl("STD", "Standard", "60.00", hours(OFFICE), fix(24)))
          .ending(Lifecycle.RETIRING, YearMonth.of(2027, 6)),
      svc("KOM-INTRA", "Intranät och webbpublicering", "KOMMUNIKATION", FIXED_MONTHLY, POOLED,
          "Förvaltningens ytor på intranätet och kommunens webbplats, med publiceringsverktyg, "
              + "tillgänglighetsgranskning (WCAG) och utbildning för redaktörer.",
          lvl("STD", "Standard", "2800.00", avail("99.5"), hours(OFFICE))),
      // ---- Infrastruktur
      svc("INF-SERVER", "Server och drift", "INFRASTRUKTUR", PER_DEVICE, POOLED,
          "Virtuell server i kommunens datahall med operativsystem, patchning, övervakning och "
              + "skydd mot skadlig kod. Priset gäller per server och månad.",
          lvl("BAS", "Bas", "1450.00", avail("99.0"), hours(OFFICE), fix(24),
              text("Patchning", "Kvartalsvis")),
          lvl("STD", "Standard", "2100.00", avail("99.5"), hours(EXTENDED), fix(8),
              text("Patchning", "Månadsvis")),
          lvl("UTOK", "Utökad", "3400.00", avail("99.9"), hours(ALWAYS), fix(4),
              text("Patchning", "Löpande, kritiska inom 72 h"))),
      svc("INF-LAGR", "Lagring", "INFRASTRUKTUR", PER_GB, POOLED,
          "Lagringsyta för filer och system i kommunens lagringsplattform. Debiteras per GB och "
              + "månad.",
          lvl("BAS", "Bas", "0.85", avail("99.0"), text("Lagringsklass", "Arkiv, långsam")),
          lvl("STD", "Standard", "1.20", avail("99.5"), text("Lagringsklass", "Standard")),
          lvl("UTOK", "Utökad", "1.95", avail("99.9"),
              text("Lagringsklass", "Snabb, speglad mellan två datahallar"))),
      svc("INF-BACKUP", "Säkerhetskopiering", "INFRASTRUKTUR", PER_GB, POOLED,
          "Säkerhetskopiering av servrar och lagring varje natt, med kopia i en andra datahall. "
              + "Återläsning beställs via servicedesk.",
          lvl("BAS", "Bas", "0.45", keep(30), fix(24)),
          lvl("STD", "Standard", "0.65", keep(90), fix(8)),
          lvl("UTOK", "Utökad", "0.95", keep(365), fix(4))),
      svc("INF-DB", "Databastjänst", "INFRASTRUKTUR", PER_DEVICE, POOLED,
          "Databasinstans (SQL Server eller PostgreSQL) med drift, uppgraderingar och "
              + "säkerhetskopiering. Priset gäller per instans och månad.",
          lvl("STD", "Standard", "1250.00", avail("99.5"), hours(EXTENDED), fix(8), keep(90)),
          lvl("UTOK", "Utökad", "2300.00", avail("99.9"), hours(ALWAYS), fix(4), keep(365))),
      svc("INF-MOLN", "Molnplattform", "INFRASTRUKTUR", FIXED_MONTHLY, POOLED,
          "Kommungemensam landningszon i publikt moln med säkerhetsgrund, kostnadsuppföljning "
              + "och stöd för att flytta system. Planeras öppna 2027.",
          lvl("STD", "Standard", "4500.00", avail("99.9"), hours(EXTENDED)))
          .planned(YearMonth.of(2027, 1)),
      // ---- Systemförvaltning
      svc("SYS-VERKS", "Systemförvaltning verksamhetssystem", "SYSTEMFORVALTNING",
          FIXED_MONTHLY, POOLED,
          "Teknisk och objektsnära förvaltning av förvaltningens verksamhetssystem: drift, "
              + "uppgraderingar, leverantörskontakter och förvaltningsplan. Per system och månad.",
          lvl("BAS", "Bas", "8500.00", avail("99.0"), hours(OFFICE), fix(24),
              text("Uppgraderingar", "En per år")),
          lvl("STD", "Standard", "14000.00", avail("99.5"), hours(OFFICE), fix(8),
              text("Uppgraderingar", "Två per år")),
          lvl("UTOK", "Utökad", "22000.00", avail("99.9"), hours(EXTENDED), fix(4),
              text("Uppgraderingar", "Löpande enligt leverantörens plan"))),
      svc("SYS-EKONOMI", "Ekonomisystem", "SYSTEMFORVALTNING", PER_USER, POOLED,
          "Kommunens ekonomisystem med attest, fakturahantering och uppföljning. Per användare "
              + "med behörighet.",
          lvl("STD", "Standard", "85.00", avail("99.5"), hours(OFFICE), fix(8))),
      svc("SYS-HR", "HR- och lönesystem", "SYSTEMFORVALTNING", PER_USER, POOLED,
          "Personal- och lönesystem med självservice för medarbetare och chefer: ledighet, "
              + "reseräkningar och lönespecifikation.",
          lvl("STD", "Standard", "18.00", avail("99.5"), hours(OFFICE), fix(8))),
      svc("SYS-ARENDE", "Ärende- och dokumenthantering", "SYSTEMFORVALTNING", PER_USER, POOLED,
          "Diarium, ärendehantering och dokumenthantering med koppling till kommunens e-arkiv.",
          lvl("BAS", "Bas", "55.00", avail("99.0"), hours(OFFICE), fix(24),
              text("E-arkiv", "Manuell leverans")),
          lvl("STD", "Standard", "78.00", avail("99.5"), hours(OFFICE), fix(8),
              text("E-arkiv", "Automatisk leverans"))),
      svc("SYS-SKOL", "Skolplattform", "SYSTEMFORVALTNING", PER_LICENCE, ALWAYS_CHARGED,
          "Lärplattform och skoladministrativt system (närvaro, schema, betyg). Licenser per "
              + "elev och personal faktureras förvaltningen.",
          lvl("STD", "Standard", "14.00", avail("99.5"), hours(EXTENDED), fix(8))),
      svc("SYS-VARD", "Verksamhetssystem vård och omsorg", "SYSTEMFORVALTNING", PER_LICENCE,
          ALWAYS_CHARGED,
          "Journal- och verksamhetssystem för hemtjänst, särskilt boende och LSS med mobil "
              + "dokumentation. Licenserna faktureras den förvaltning som använder dem.",
          lvl("STD", "Standard", "240.00", avail("99.9"), hours(ALWAYS), fix(4))),
      svc("SYS-GIS", "GIS och kartverktyg", "SYSTEMFORVALTNING", PER_LICENCE, ALWAYS_CHARGED,
          "Geografiskt informationssystem med kommunens kartdata för planering, bygglov och "
              + "miljötillsyn. Per licens och månad.",
          lvl("STD", "Standard", "560.00", avail("99.5"), hours(OFFICE), fix(8))),
      svc("SYS-INTEG", "Integrationsplattform", "SYSTEMFORVALTNING", FIXED_MONTHLY, POOLED,
          "Gemensam plattform för integrationer mellan verksamhetssystem och e-tjänster, med "
              + "övervakning av flödena. Per förvaltning och månad.",
          lvl("STD", "Standard", "3200.00", avail("99.5"), hours(EXTENDED), fix(8)),
          lvl("UTOK", "Utökad", "5400.00", avail("99.9"), hours(ALWAYS), fix(4))),
      // ---- Support
      svc("SUP-SD", "Servicedesk", "SUPPORT", PER_USER, POOLED,
          "En väg in för IT-frågor via telefon, chatt och självserviceportal. Det som inte kan "
              + "lösas direkt skickas vidare till rätt specialist.",
          lvl("BAS", "Bas", "38.00", hours(OFFICE), fix(24), text("Svarstid telefon", "10 min")),
          lvl("STD", "Standard", "46.00", hours(EXTENDED), fix(8),
              text("Svarstid telefon", "5 min")),
          lvl("UTOK", "Utökad", "68.00", hours(ALWAYS), fix(4), text("Svarstid telefon", "2 min"))),
      svc("SUP-PLATS", "På-plats-support", "SUPPORT", PER_USER, POOLED,
          "Tekniker på arbetsplatsen vid fel som inte kan lösas på distans, samt hjälp vid "
              + "nyanställning och flytt av utrustning.",
          lvl("BAS", "Bas", "18.00", hours(OFFICE), fix(24), text("Besök", "Vid behov")),
          lvl("STD", "Standard", "29.00", hours(OFFICE), fix(8),
              text("Besök", "Fast besöksdag varje vecka"))),
      svc("SUP-INST", "Installation och flytt", "SUPPORT", PER_HOUR, POOLED,
          "Installation, flytt och avveckling av utrustning utöver det som ingår i "
              + "arbetsplatstjänsterna. Debiteras per timme.",
          lvl("STD", "Standard", "690.00", hours(OFFICE), text("Leveranstid", "5 arbetsdagar"))),
      svc("SUP-UTB", "IT-utbildning", "SUPPORT", PER_HOUR, ALWAYS_CHARGED,
          "Lärarledd utbildning i kommunens IT-stöd, t.ex. Teams, e-post och ärendesystemet, på "
              + "plats eller digitalt. Debiteras per utbildningstimme för gruppen.",
          lvl("STD", "Standard", "1100.00", hours(OFFICE),
              text("Gruppstorlek", "Upp till 12 deltagare"))),
      // ---- Informationssäkerhet
      svc("SAK-BEH", "Behörighetsadministration", "INFORMATIONSSAKERHET", PER_USER, POOLED,
          "Konton och behörigheter i kommunens system, med återkommande behörighetsgranskning "
              + "och spärr när anställningen upphör.",
          lvl("STD", "Standard", "9.50", hours(OFFICE), fix(8),
              text("Behörighetsgranskning", "Årligen"))),
      svc("SAK-MFA", "Stark autentisering", "INFORMATIONSSAKERHET", PER_USER, POOLED,
          "Inloggning med tvåfaktorsautentisering eller e-legitimation (BankID, SITHS) i "
              + "kommunens system.",
          lvl("STD", "Standard", "6.50", avail("99.9"), hours(OFFICE))),
      svc("SAK-SOC", "Säkerhetsövervakning", "INFORMATIONSSAKERHET", PER_USER, POOLED,
          "Övervakning av loggar och larm för att upptäcka intrång och skadlig kod. Incidenter "
              + "utreds och rapporteras till förvaltningen.",
          lvl("STD", "Standard", "14.00", hours(OFFICE), fix(8)),
          lvl("UTOK", "Utökad", "22.00", hours(ALWAYS), fix(1))),
      svc("SAK-STOD", "Informationssäkerhetsstöd", "INFORMATIONSSAKERHET", FIXED_MONTHLY,
          POOLED,
          "Stöd i informationsklassning, riskanalys, kontinuitetsplanering, incidenthantering "
              + "och dataskydd. Per förvaltning och månad.",
          lvl("BAS", "Bas", "2500.00", hours(OFFICE), text("Rådgivning", "4 h per månad")),
          lvl("STD", "Standard", "5500.00", hours(OFFICE),
              text("Rådgivning", "12 h per månad och årlig riskanalys"))),
      svc("SAK-DSK", "Dataskyddskonsult", "INFORMATIONSSAKERHET", PER_HOUR, ALWAYS_CHARGED,
          "Specialiststöd för konsekvensbedömningar (DPIA), personuppgiftsbiträdesavtal och "
              + "granskningar. Debiteras per timme.",
          lvl("STD", "Standard", "950.00", hours(OFFICE))),
      // ---- Digitaliseringsstöd
      svc("DIG-UTV", "Utvecklingstimmar", "DIGITALISERINGSSTOD", PER_HOUR, ALWAYS_CHARGED,
          "Systemutvecklare för e-tjänster, integrationer och anpassningar av "
              + "verksamhetssystem. Beställs för ett avgränsat uppdrag och debiteras per timme.",
          lvl("STD", "Standard", "850.00", hours(OFFICE), text("Kompetens", "Systemutvecklare")),
          lvl("SEN", "Senior", "1050.00", hours(OFFICE),
              text("Kompetens", "Lösningsarkitekt eller senior utvecklare"))),
      svc("DIG-PL", "Projektledning", "DIGITALISERINGSSTOD", PER_HOUR, ALWAYS_CHARGED,
          "Projektledare för förvaltningens digitaliseringsprojekt, från förstudie till "
              + "införande och överlämning till förvaltning.",
          lvl("STD", "Standard", "920.00", hours(OFFICE))),
      svc("DIG-KONS", "Konsulttimmar", "DIGITALISERINGSSTOD", PER_HOUR, ALWAYS_CHARGED,
          "Inhyrd specialistkompetens via kommunens ramavtal när kompetensen inte finns i "
              + "IT-organisationen. Vidarefaktureras per timme.",
          lvl("STD", "Standard", "1150.00", hours(OFFICE))),
      svc("DIG-ETJ", "E-tjänsteplattform", "DIGITALISERINGSSTOD", FIXED_MONTHLY, POOLED,
          "Plattform för e-tjänster och digitala blanketter med e-legitimation, e-underskrift "
              + "och koppling till ärendesystem. Per förvaltning och månad.",
          lvl("BAS", "Bas", "3500.00", avail("99.5"), hours(OFFICE),
              text("E-tjänster", "Upp till 10")),
          lvl("STD", "Standard", "6800.00", avail("99.9"), hours(EXTENDED),
              text("E-tjänster", "Obegränsat, med integrationer"))),
      svc("DIG-LIC", "Förvaltningsspecifika licenser", "DIGITALISERINGSSTOD", PER_LICENCE,
          ALWAYS_CHARGED,
          "Programvara som bara en förvaltning använder, t.ex. CAD- eller statistikprogram. IT "
              + "köper in och administrerar; kostnaden faktureras förvaltningen.",
          lvl("STD", "Standard", "95.00", hours(OFFICE))),
      svc("DIG-AI", "AI-assistent", "DIGITALISERINGSSTOD", PER_LICENCE, ALWAYS_CHARGED,
          "Generativ AI-assistent i Office-programmen för medarbetare som behöver den, enligt "
              + "kommunens riktlinjer för informationsklassning. Pilot planeras 2027.",
          lvl("STD", "Standard", "310.00", hours(OFFICE)))
          .planned(YearMonth.of(2027, 1)));

  // ---- Vald nivå: "SERVICE:LEVEL" from 2026-01; an org's own line overrides the base.

  record SubscriptionDef(String orgCode, String serviceCode, String levelCode,
      YearMonth validFrom, YearMonth validTo) {}

  /** What every förvaltning has chosen unless its own line says otherwise. */
  private static final String ADMINISTRATION_BASE = "ARB-DATOR:STD ARB-SKRIV:STD KOM-EPOST:STD"
      + " KOM-SAMARB:STD KOM-MOBIL:STD KOM-VAXEL:BAS KOM-NAT:STD SYS-EKONOMI:STD SYS-HR:STD"
      + " SYS-ARENDE:STD SUP-SD:STD SUP-PLATS:BAS SAK-BEH:STD SAK-MFA:STD SAK-SOC:STD"
      + " SAK-STOD:BAS";

  private static final Map<String, String> CHOICES = choices(
      "SLK", "ARB-DATOR:UTOK KOM-MOBIL:UTOK KOM-SAMARB:UTOK KOM-VIDEO:UTOK KOM-INTRA:STD"
          + " SAK-STOD:STD SYS-INTEG:STD DIG-ETJ:STD",
      "SF", "ARB-DATOR:UTOK SUP-SD:UTOK KOM-NAT:UTOK KOM-VIDEO:STD INF-SERVER:UTOK INF-DB:UTOK"
          + " SYS-VERKS:UTOK SYS-INTEG:UTOK",
      "OFN", "ARB-DATOR:BAS KOM-MOBIL:BAS SYS-VERKS:BAS KOM-FAX:STD",
      "GSF", "ARB-ELEV:STD ARB-BARBAR:STD ARB-SURF:STD KOM-NAT:UTOK SYS-VERKS:STD DIG-ETJ:STD",
      "FSF", "ARB-DATOR:BAS KOM-MOBIL:BAS ARB-SURF:STD SYS-VERKS:BAS DIG-ETJ:BAS",
      "GVF", "ARB-ELEV:STD ARB-BARBAR:STD KOM-VIDEO:STD SYS-VERKS:STD DIG-ETJ:STD",
      "FUF", "SUP-SD:UTOK ARB-SURF:STD SYS-VERKS:UTOK",
      "HVOF", "SUP-SD:UTOK KOM-NAT:UTOK SAK-SOC:UTOK SAK-STOD:STD ARB-SURF:STD SYS-VERKS:UTOK"
          + " KOM-FAX:STD",
      "ASF", "SAK-STOD:STD SYS-VERKS:STD DIG-ETJ:STD KOM-FAX:STD",
      "MF", "ARB-BARBAR:STD SYS-VERKS:BAS DIG-ETJ:BAS",
      "SBK", "ARB-BARBAR:STD KOM-VIDEO:STD INF-SERVER:STD SYS-VERKS:STD DIG-ETJ:STD",
      "FGK", "ARB-BARBAR:UTOK ARB-SURF:STD INF-SERVER:STD SYS-VERKS:STD",
      "KF", "ARB-SURF:STD KOM-INTRA:STD SYS-VERKS:BAS",
      "FRF", "ARB-SURF:STD SYS-VERKS:BAS DIG-ETJ:BAS",
      // Bolag have their own IT for most things and buy a few services.
      "BOAB", "ARB-DATOR:STD KOM-EPOST:STD KOM-SAMARB:STD KOM-MOBIL:STD SUP-SD:STD SAK-BEH:STD"
          + " SAK-MFA:STD",
      "SNAB", "ARB-DATOR:UTOK KOM-EPOST:STD KOM-SAMARB:STD SUP-SD:BAS SAK-BEH:STD",
      "EAB", "ARB-DATOR:STD KOM-EPOST:STD KOM-SAMARB:STD KOM-MOBIL:UTOK SUP-SD:UTOK SAK-BEH:STD"
          + " SAK-MFA:STD SAK-SOC:UTOK",
      "PAB", "ARB-DATOR:BAS KOM-EPOST:BAS KOM-MOBIL:BAS SUP-SD:BAS");

  private static final List<String> COMPANIES = List.of("BOAB", "SNAB", "EAB", "PAB");

  /** One mid-year change: Stadsbyggnadskontoret moves to Utökad for CAD work from July. */
  static final SubscriptionDef LEVEL_CHANGE =
      new SubscriptionDef("SBK", "ARB-DATOR", "UTOK", YearMonth.of(2026, 7), null);

  private DemoServices() {}

  static ServiceDef service(String code) {
    return ALL.stream().filter(s -> s.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo service " + code));
  }

  /** Every subscription, in org order; the changed one ends the month before the new one. */
  static List<SubscriptionDef> subscriptions() {
    List<SubscriptionDef> result = new ArrayList<>();
    CHOICES.forEach((org, own) -> {
      Map<String, String> levels = new LinkedHashMap<>();
      String all = (COMPANIES.contains(org) ? "" : ADMINISTRATION_BASE + " ") + own;
      for (String token : all.trim().split("\\s+")) {
        String[] pair = token.split(":");
        levels.put(pair[0], pair[1]);
      }
      levels.forEach((service, level) -> {
        boolean changed = org.equals(LEVEL_CHANGE.orgCode())
            && service.equals(LEVEL_CHANGE.serviceCode());
        result.add(new SubscriptionDef(org, service, level, YEAR_START,
            changed ? LEVEL_CHANGE.validFrom().minusMonths(1) : null));
        if (changed) {
          result.add(LEVEL_CHANGE);
        }
      });
    });
    return result;
  }

  private static Map<String, String> choices(String... orgAndTokens) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < orgAndTokens.length; i += 2) {
      map.put(orgAndTokens[i], orgAndTokens[i + 1]);
    }
    return map;
  }

  private static ServiceDef svc(String code, String name, String area, Unit unit,
      Financing financing, String description, LevelDef... levels) {
    return new ServiceDef(code, name, area, unit, financing, Lifecycle.ACTIVE, null, description,
        List.of(levels));
  }

  private static LevelDef lvl(String code, String name, String cost, CommitmentDef... promises) {
    return new LevelDef(code, name, Amount.of(cost), FIRST_OFFERED, List.of(promises));
  }

  private static CommitmentDef hours(String text) {
    return new CommitmentDef(CommitmentType.SUPPORT_HOURS, null, null, text);
  }

  private static CommitmentDef avail(String percent) {
    return new CommitmentDef(CommitmentType.AVAILABILITY, null, new BigDecimal(percent), null);
  }

  /** Åtgärdstid in hours. */
  private static CommitmentDef fix(int hours) {
    return new CommitmentDef(CommitmentType.RESOLUTION_TIME, null, BigDecimal.valueOf(hours),
        null);
  }

  /** Lagringstid för säkerhetskopior in days. */
  private static CommitmentDef keep(int days) {
    return new CommitmentDef(CommitmentType.BACKUP_RETENTION, null, BigDecimal.valueOf(days),
        null);
  }

  private static CommitmentDef text(String label, String text) {
    return new CommitmentDef(CommitmentType.FREE_TEXT, label, null, text);
  }
}
