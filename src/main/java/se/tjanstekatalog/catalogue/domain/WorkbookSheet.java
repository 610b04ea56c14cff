package se.tjanstekatalog.catalogue.domain;

import java.util.List;
import se.tjanstekatalog.shared.Messages;

/**
 * The tables of the catalogue workbook, in the workbook's order after the instructions: each
 * sheet's name and its columns as bundle keys, so the template, the export and the reader use
 * the same words. Columns are found by their heading, in any order.
 */
public enum WorkbookSheet {
  AREAS("areas", Column.CODE, Column.NAME, Column.DESCRIPTION, Column.SORT_ORDER),
  SERVICES("services", Column.AREA_CODE, Column.CODE, Column.NAME, Column.DESCRIPTION,
      Column.UNIT, Column.FINANCING, Column.VAT, Column.LIFECYCLE, Column.OWNER_ROLE,
      Column.OWNER_CONTACT),
  LEVELS("levels", Column.SERVICE_CODE, Column.LEVEL_CODE, Column.NAME, Column.DESCRIPTION,
      Column.SORT_ORDER, Column.ACTIVE_FROM, Column.ACTIVE_TO),
  COMMITMENTS("commitments", Column.SERVICE_CODE, Column.LEVEL_CODE, Column.TYPE, Column.LABEL,
      Column.VALUE),
  PRICE_LIST("priceList", Column.NAME, Column.YEAR, Column.MARKUP, Column.STATUS),
  PRICES("prices", Column.SERVICE_CODE, Column.LEVEL_CODE, Column.VALID_FROM,
      Column.COST_PRICE, Column.CHARGED_PRICE);

  /** A column: its heading's bundle key. */
  public enum Column {
    CODE, NAME, DESCRIPTION, SORT_ORDER, AREA_CODE, UNIT, FINANCING, VAT, LIFECYCLE,
    OWNER_ROLE, OWNER_CONTACT, SERVICE_CODE, LEVEL_CODE, ACTIVE_FROM, ACTIVE_TO, TYPE, LABEL,
    VALUE, YEAR, MARKUP, STATUS, VALID_FROM, COST_PRICE, CHARGED_PRICE;

    public String key() {
      StringBuilder b = new StringBuilder("catalogue.workbook.column.");
      boolean upper = false;
      for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          b.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return b.toString();
    }

    /** The heading in the workbook (Swedish). */
    public String heading() {
      return Messages.sv(key());
    }
  }

  /** The instructions sheet's name; it is never read. */
  public static final String INSTRUCTIONS_KEY = "catalogue.workbook.sheet.instructions";

  private final String key;
  private final List<Column> columns;

  WorkbookSheet(String key, Column... columns) {
    this.key = "catalogue.workbook.sheet." + key;
    this.columns = List.of(columns);
  }

  public String key() {
    return key;
  }

  /** The sheet's name in the workbook (Swedish). */
  public String sheetName() {
    return Messages.sv(key);
  }

  public List<Column> columns() {
    return columns;
  }
}
