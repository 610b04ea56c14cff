package se.tjanstekatalog.catalogue.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import se.tjanstekatalog.catalogue.domain.WorkbookContent;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceListRow;
import se.tjanstekatalog.catalogue.domain.WorkbookRules;
import se.tjanstekatalog.catalogue.domain.WorkbookRules.Table;
import se.tjanstekatalog.catalogue.domain.WorkbookSheet;
import se.tjanstekatalog.catalogue.domain.WorkbookSheet.Column;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.UnreadableFile;
import se.tjanstekatalog.shared.ExcelBook;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The whole catalogue as one Excel workbook, the same for the template (headings only), the
 * export and the import: sheet Anvisningar explains, then one sheet per table of
 * {@link WorkbookSheet} with its headings in row 1 and one row per area, service, level,
 * promise, the year's price list and its price lines. Choices (unit, financing, lifecycle,
 * promise type, status) are written as the portal names them in Swedish; months as text
 * ({@code 2027-01}), so Excel does not turn them into dates; prices as numbers in kronor.
 */
public final class CatalogueWorkbook {
  private static final int INSTRUCTION_LINES = 10;
  private static final int[] WIDTHS = {16, 16, 30, 40, 16, 16, 14, 14, 24, 24};

  private final ExcelBook book = new ExcelBook();
  private final CellStyle kronor = book.styles().kronor();

  private CatalogueWorkbook() {}

  /** The template: the instructions and every sheet with its headings only. */
  public static byte[] template() {
    return render(WorkbookContent.EMPTY);
  }

  /** The .xlsx bytes of {@code content}. */
  public static byte[] render(WorkbookContent content) {
    CatalogueWorkbook w = new CatalogueWorkbook();
    w.instructions();
    w.sheet(WorkbookSheet.AREAS, content.areas(), (row, a) -> w.cells(row, a.code(), a.name(),
        a.description(), BigDecimal.valueOf(a.sortOrder())));
    w.sheet(WorkbookSheet.SERVICES, content.services(), (row, s) -> w.cells(row, s.areaCode(),
        s.code(), s.name(), s.description(), label(s.unit().messageKey()),
        label(s.financing().messageKey()), s.vatPercent(),
        label(s.lifecycle().messageKey()), s.ownerRole(), s.ownerContact()));
    w.sheet(WorkbookSheet.LEVELS, content.levels(), (row, l) -> w.cells(row, l.serviceCode(),
        l.code(), l.name(), l.description(), BigDecimal.valueOf(l.sortOrder()),
        SwedishFormat.month(l.activeFrom()), SwedishFormat.month(l.activeTo())));
    w.sheet(WorkbookSheet.COMMITMENTS, content.commitments(), (row, c) -> w.cells(row,
        c.serviceCode(), c.levelCode(), label(c.type().messageKey()), c.label(),
        c.type().isNumeric() ? c.number() : c.text()));
    List<PriceListRow> list = content.priceList() == null ? List.of()
        : List.of(content.priceList());
    w.sheet(WorkbookSheet.PRICE_LIST, list, (row, p) -> w.cells(row, p.name(),
        BigDecimal.valueOf(p.year().getValue()), p.markupPercent(),
        label(p.status().messageKey())));
    w.sheet(WorkbookSheet.PRICES, content.prices(), (row, p) -> {
      w.cells(row, p.serviceCode(), p.levelCode(), SwedishFormat.month(p.validFrom()));
      ExcelBook.amount(row, 3, p.costPrice(), w.kronor);
      ExcelBook.amount(row, 4, p.chargedPrice(), w.kronor);
    });
    return w.book.bytes("catalogue workbook");
  }

  /**
   * The tables of a workbook's known sheets, by their names (the instructions and any other
   * sheet are skipped). A file that is no workbook is an {@link UnreadableFile}.
   */
  public static Map<WorkbookSheet, Table> read(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("tk-catalogue-", ".xlsx");
    try {
      Files.write(file, xlsx);
      return read(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  public static Map<WorkbookSheet, Table> read(Path xlsx) throws IOException {
    Map<WorkbookSheet, Table> tables = new EnumMap<>(WorkbookSheet.class);
    TabularFile.readSheets(xlsx, name -> {
      for (WorkbookSheet sheet : WorkbookSheet.values()) {
        if (TabularFile.normaliseHeader(sheet.sheetName())
            .equals(TabularFile.normaliseHeader(name)) && !tables.containsKey(sheet)) {
          return new Collector(sheet, tables);
        }
      }
      return null;
    });
    return tables;
  }

  /** One sheet's heading and rows into {@code tables}. */
  private static final class Collector implements TabularFile.RowHandler {
    private final WorkbookSheet sheet;
    private final Map<WorkbookSheet, Table> tables;
    private final List<Table.Row> rows = new ArrayList<>();

    Collector(WorkbookSheet sheet, Map<WorkbookSheet, Table> tables) {
      this.sheet = sheet;
      this.tables = tables;
    }

    @Override
    public void header(String[] names) {
      tables.put(sheet, new Table(names, rows));
    }

    @Override
    public void row(long rowNo, String[] cells) {
      rows.add(new Table.Row(rowNo, cells));
    }
  }

  // ---- writing

  private interface RowWriter<T> {
    void write(Row row, T value);
  }

  private void instructions() {
    Sheet sheet = book.workbook().createSheet(Messages.sv(WorkbookSheet.INSTRUCTIONS_KEY));
    Row title = sheet.createRow(0);
    ExcelBook.text(title, 0, Messages.sv("catalogue.workbook.instructions.title"))
        .setCellStyle(book.styles().bold());
    for (int i = 1; i <= INSTRUCTION_LINES; i++) {
      ExcelBook.text(sheet.createRow(i + 1), 0,
          Messages.sv("catalogue.workbook.instructions." + i));
    }
    sheet.setColumnWidth(0, 120 * 256);
  }

  private <T> void sheet(WorkbookSheet which, List<T> values, RowWriter<T> writer) {
    Sheet sheet = book.workbook().createSheet(which.sheetName());
    book.headerRow(sheet, 0, which.columns().stream().map(Column::heading).toList());
    int index = 0;
    for (T value : values) {
      writer.write(sheet.createRow(++index), value);
    }
    sheet.createFreezePane(0, 1);
    ExcelBook.widths(sheet, java.util.Arrays.copyOf(WIDTHS, which.columns().size()));
  }

  /** Texts as text cells, numbers as number cells, null as an empty cell. */
  private void cells(Row row, Object... values) {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof BigDecimal number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (v != null && !v.toString().isEmpty()) {
        ExcelBook.text(row, i, v.toString());
      }
    }
  }

  private static String label(String key) {
    return WorkbookRules.label(key);
  }
}
