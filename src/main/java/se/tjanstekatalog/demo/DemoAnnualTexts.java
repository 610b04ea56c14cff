package se.tjanstekatalog.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import se.tjanstekatalog.annualreport.entity.AnnualText;
import se.tjanstekatalog.catalogue.entity.ServiceArea;

/**
 * The IT organisation's texts of the demo's årsberättelse 2026: for every tjänsteområde and
 * for the whole, what happened, what was made more efficient and what comes next, as the
 * controller would write them late in November (the report covers the year so far). They tell
 * the demo's own year: Arbetsplats financed solidariskt from July, Tunn klient retired after
 * March, E-post's new level from September, the mobile price change in July, the draft
 * Prislista 2027 (+3,1 %).
 */
final class DemoAnnualTexts {
  static final int YEAR = DemoConsumption.YEAR.getValue();
  private static final String CONTROLLER = "it";
  private static final Instant WRITTEN = LocalDateTime.of(YEAR, 11, 27, 15, 30)
      .atZone(ZoneId.of("Europe/Stockholm")).toInstant();

  /** An area's code ({@code null}: the whole) and its three texts. */
  record Text(String area, String events, String efficiencies, String nextSteps) {}

  static final List<Text> TEXTS = List.of(
      new Text(null,
          "2026 var det första året med tjänstekatalogen och månadsbesked i portalen för alla"
              + " förvaltningar och bolag. Ekonomichefsgruppen har granskat och godkänt varje"
              + " månad, och januari–oktober är fastställda. Från juli finansieras Arbetsplats"
              + " solidariskt efter antal medarbetare enligt kommunstyrelsens beslut.",
          "Faktureringen tar nu en dag i stället för en vecka per månad, eftersom förbrukningen"
              + " läses in direkt från tjänstesystemet och molnfakturorna. Frågor om"
              + " månadsbeskeden besvaras i portalen, vilket har halverat antalet ärenden till"
              + " ekonomiavdelningen.",
          "Prislista 2027 är framtagen med en uppräkning på 3,1 % och budgetunderlaget 2027"
              + " publicerades i oktober. Under 2027 utreds om fler tjänsteområden ska"
              + " finansieras solidariskt, med Kommunikation som första kandidat."),
      new Text("ARBETSPLATS",
          "Arbetsplats gick över till solidarisk finansiering från juli efter antal"
              + " medarbetare. Tunn klient avvecklades efter mars och de sista användarna"
              + " fick datorarbetsplatser.",
          "Gemensamma inköp av datorer gav ett lägre styckpris, och livslängden förlängdes från"
              + " tre till fyra år för administrativa datorer. Budgetväxlingen gjorde att"
              + " förvaltningarna slapp fakturor per dator.",
          "Elevdatorerna byts ut i två etapper under 2027 och 2028. Vi följer upp hur fördelningen"
              + " efter antal medarbetare slår för förvaltningar med många deltidsanställda."),
      new Text("KOMMUNIKATION",
          "E-post och kalender fick en ny nivå med utökad lagring från september. Priset på"
              + " mobilabonnemang på standardnivå ändrades från juli efter det nya avtalet med"
              + " operatören.",
          "Fast telefoni flyttades till samma plattform som Teams, och elva äldre växlar stängdes."
              + " Faxtjänsten används nu bara av ett fåtal verksamheter.",
          "Faxtjänsten föreslås avvecklas under 2027. Nätverket på skolorna förstärks inför"
              + " den nya elevdatorgenerationen."),
      new Text("INFRASTRUKTUR",
          "Molnplattformen faktureras nu med FOCUS-filer direkt från leverantörerna, fördelat"
              + " per förvaltning. Lagringsvolymerna ökade med omkring 15 % under året.",
          "Konsolideringen av servrar i datahallen minskade antalet fysiska servrar med en"
              + " fjärdedel. Säkerhetskopieringen går nu till en gemensam plattform med kortare"
              + " återläsningstid.",
          "Lagring ses över tillsammans med förvaltningarna så att volymerna i underlaget känns"
              + " igen. Under 2027 flyttas ytterligare system till molnplattformen."),
      new Text("SYSTEMFORVALTNING",
          "Ekonomisystemet uppgraderades i maj utan avbrott i månadsbokslutet. Skolplattformen"
              + " fick en ny version inför höstterminen.",
          "Förvaltningsobjekten har nu gemensamma förvaltningsplaner, vilket har minskat"
              + " dubbelarbetet mellan förvaltningarna. Integrationsplattformen ersätter punkt"
              + " till punkt-kopplingar.",
          "Upphandlingen av nytt verksamhetssystem för vård och omsorg förbereds under 2027. Vi"
              + " inför årliga genomgångar av licenser per förvaltning."),
      new Text("SUPPORT",
          "Servicedesk tog emot fler ärenden än förra året, främst kring skolstarten och"
              + " datorbytena. Kundnöjdheten låg kvar på samma nivå som 2025.",
          "Självservice för lösenord och behörigheter löser nu en tredjedel av ärendena utan"
              + " handläggare. På-plats-supporten planeras i rutter per område.",
          "Öppettiderna förlängs under skolstarten 2027. IT-utbildningen erbjuds även som"
              + " korta filmer på intranätet."),
      new Text("INFORMATIONSSAKERHET",
          "Stark autentisering infördes för alla medarbetare med tjänstekonto."
              + " Säkerhetsövervakningen upptäckte och stoppade två försök till intrång under hösten.",
          "Behörighetsadministrationen är nu automatiserad från HR-systemet för nyanställda och"
              + " avslutade anställningar. Färre manuella beställningar ger kortare"
              + " handläggningstid.",
          "Under 2027 genomförs en informationssäkerhetsövning med alla förvaltningar. Arbetet"
              + " med NIS2 fortsätter med en genomgång av leverantörskedjan."),
      new Text("DIGITALISERINGSSTOD",
          "Utvecklingstimmarna användes främst till e-tjänster för bygglov och förskoleplats."
              + " Tio nya e-tjänster publicerades på e-tjänsteplattformen.",
          "Gemensamma komponenter för inloggning och betalning gör att en ny e-tjänst tar"
              + " kortare tid att bygga. Konsulttimmarna minskade när fler uppdrag gjordes av"
              + " egna utvecklare.",
          "AI-assistenten prövas i tre förvaltningar under våren 2027 innan beslut om"
              + " breddinförande. Projektledning erbjuds även till bolagen."));

  private DemoAnnualTexts() {}

  /** Writes the texts of the demo year, as the controller saved them late in November. */
  static void load(EntityManager em) {
    List<ServiceArea> areas = em.createNamedQuery(ServiceArea.FIND_ALL, ServiceArea.class)
        .getResultList();
    for (Text t : TEXTS) {
      long areaId = t.area() == null ? AnnualText.WHOLE : areas.stream()
          .filter(a -> a.getCode().equals(t.area())).findFirst()
          .orElseThrow(() -> new IllegalStateException("No service area " + t.area()))
          .getId();
      AnnualText text = new AnnualText(YEAR, areaId);
      text.write(t.events(), t.efficiencies(), t.nextSteps(), CONTROLLER, WRITTEN);
      em.persist(text);
    }
  }
}
