package se.tjanstekatalog.catalogue.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.catalogue.domain.WorkbookContent;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.AreaRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.CommitmentRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.LevelRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceListRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.ServiceRow;
import se.tjanstekatalog.catalogue.entity.CommitmentType;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.Amount;

/**
 * The example catalogue of a new municipality (docs/examples/tjanstekatalog-ny-kommun-2027.xlsx):
 * three of the seeded service areas as seeded, eight services, two or three levels each with
 * their promises, and the published price list for 2027 with a 3 % markup. Run {@link #main}
 * to write the file again after a change here; CatalogueWorkbookTest checks that the committed
 * file says exactly this.
 */
public final class ExampleWorkbook {
  public static final Path FILE = Path.of("docs/examples/tjanstekatalog-ny-kommun-2027.xlsx");
  static final YearMonth FROM = YearMonth.of(2027, 1);
  static final BigDecimal MARKUP = new BigDecimal("3");

  private final List<ServiceRow> services = new ArrayList<>();
  private final List<LevelRow> levels = new ArrayList<>();
  private final List<CommitmentRow> commitments = new ArrayList<>();
  private final List<PriceRow> prices = new ArrayList<>();

  private ExampleWorkbook() {}

  public static WorkbookContent content() {
    ExampleWorkbook w = new ExampleWorkbook();
    List<AreaRow> areas = List.of(
        new AreaRow(0, "ARBETSPLATS", "Arbetsplats",
            "Datorer, skrivare, mobiler och kringutrustning för medarbetarens arbetsplats.", 1),
        new AreaRow(0, "KOMMUNIKATION", "Kommunikation",
            "E-post, kalender, telefoni, samarbete och nätverk.", 2),
        new AreaRow(0, "DIGITALISERINGSSTOD", "Digitaliseringsstöd",
            "Verksamhetsutveckling, projektledning och utvecklingstimmar.", 7));
    w.service("ARBETSPLATS", "AP-DATOR", "Arbetsplatsdator",
        "Bärbar dator med dockningsstation, installerad och underhållen.", Unit.PER_DEVICE,
        Financing.POOLED, "25", "Arbetsplatsansvarig", "arbetsplats@ekdala.se",
        "BAS:Bas:420", "STANDARD:Standard:510", "UTOKAD:Utökad:690");
    w.service("ARBETSPLATS", "AP-KONTO", "Användarkonto och behörighet",
        "Konto i katalogtjänsten, e-postadress och grundbehörigheter.", Unit.PER_USER,
        Financing.POOLED, "25", "Arbetsplatsansvarig", "arbetsplats@ekdala.se",
        "BAS:Bas:55", "STANDARD:Standard:80");
    w.service("ARBETSPLATS", "AP-MOBIL", "Mobiltelefon",
        "Mobiltelefon med abonnemang; debiteras den förvaltning som har telefonen.",
        Unit.PER_DEVICE, Financing.ALWAYS_CHARGED, "25", "Arbetsplatsansvarig",
        "arbetsplats@ekdala.se", "BAS:Bas:190", "STANDARD:Standard:260");
    w.service("KOMMUNIKATION", "KOM-EPOST", "E-post och kalender",
        "E-post, kalender och delade brevlådor.", Unit.PER_USER, Financing.POOLED, "25",
        "Kommunikationsansvarig", "kommunikation@ekdala.se", "BAS:Bas:35",
        "STANDARD:Standard:48");
    w.service("KOMMUNIKATION", "KOM-NAT", "Nätverk och wifi",
        "Fast nätverk och trådlöst nät i kommunens lokaler; en fast kostnad per månad.",
        Unit.FIXED_MONTHLY, Financing.POOLED, "25", "Kommunikationsansvarig",
        "kommunikation@ekdala.se", "BAS:Bas:18000", "STANDARD:Standard:24000");
    w.service("KOMMUNIKATION", "KOM-TEL", "Telefoni",
        "Anknytning i växeln med mobil eller mjukvarutelefon.", Unit.PER_USER,
        Financing.POOLED, "25", "Kommunikationsansvarig", "kommunikation@ekdala.se",
        "BAS:Bas:60", "STANDARD:Standard:85", "UTOKAD:Utökad:120");
    w.service("DIGITALISERINGSSTOD", "DIG-TIM", "Utvecklingstimmar",
        "Utvecklare och systemerare för en förvaltnings eget utvecklingsarbete.",
        Unit.PER_HOUR, Financing.ALWAYS_CHARGED, "25", "Digitaliseringsstrateg",
        "digitalisering@ekdala.se", "BAS:Utvecklare:850", "SENIOR:Senior utvecklare:1050");
    w.service("DIGITALISERINGSSTOD", "DIG-RAD", "Digitaliseringsrådgivning",
        "Rådgivning och förstudier inom kommunen; intern tjänst utan moms.", Unit.PER_HOUR,
        Financing.ALWAYS_CHARGED, "0", "Digitaliseringsstrateg", "digitalisering@ekdala.se",
        "BAS:Rådgivare:780", "SENIOR:Senior rådgivare:980");
    return new WorkbookContent(areas, w.services, w.levels, w.commitments,
        new PriceListRow(0, "Prislista 2027", Year.of(2027), MARKUP, PriceListStatus.PUBLISHED),
        w.prices);
  }

  /** Levels as "CODE:Name:cost price"; promises that grow with the level's rank. */
  private void service(String area, String code, String name, String description, Unit unit,
      Financing financing, String vat, String owner, String contact, String... levelSpecs) {
    services.add(new ServiceRow(0, area, code, name, description, unit, financing,
        new BigDecimal(vat), Lifecycle.ACTIVE, owner, contact));
    int rank = 0;
    for (String spec : levelSpecs) {
      String[] p = spec.split(":");
      rank++;
      levels.add(new LevelRow(0, code, p[0], p[1], p[1] + " – " + name.toLowerCase(), rank,
          FROM, null));
      commitments.add(new CommitmentRow(0, code, p[0], CommitmentType.SUPPORT_HOURS, null, null,
          rank == 1 ? "Vardagar 08–17" : "Vardagar 07–18"));
      commitments.add(new CommitmentRow(0, code, p[0], CommitmentType.AVAILABILITY, null,
          new BigDecimal(rank == 1 ? "99" : rank == 2 ? "99.5" : "99.9"), null));
      commitments.add(new CommitmentRow(0, code, p[0], CommitmentType.RESOLUTION_TIME, null,
          new BigDecimal(rank == 1 ? "16" : rank == 2 ? "8" : "4"), null));
      if (unit == Unit.PER_DEVICE) {
        commitments.add(new CommitmentRow(0, code, p[0], CommitmentType.FREE_TEXT, "Utbyte",
            null, rank == 1 ? "Vart femte år" : "Vart fjärde år"));
      }
      Amount cost = Amount.of(p[2]);
      prices.add(new PriceRow(0, code, p[0], FROM, cost, PriceBook.chargedPrice(cost, MARKUP)));
    }
  }

  /** Writes the example file (run from the repository's root). */
  public static void main(String[] args) throws IOException {
    Files.createDirectories(FILE.getParent());
    Files.write(FILE, CatalogueWorkbook.render(content()));
    System.out.println("Wrote " + FILE.toAbsolutePath());
  }
}
