package se.tjanstekatalog.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.tjanstekatalog.testsupport.Workbooks.assertNumber;
import static se.tjanstekatalog.testsupport.Workbooks.read;
import static se.tjanstekatalog.testsupport.Workbooks.texts;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.review.control.Approvals.MonthState;
import se.tjanstekatalog.review.control.Approvals.OrgReview;

/** Periodöversikt as a workbook: a row per month, a row per org's answer with who and when. */
class PeriodsExcelTest {
  /** The year above, an empty row, then the headings. */
  private static final int HEADINGS = 2;

  private static byte[] sample() {
    OrgReview gsf = new OrgReview(1, "GSF", "Grundskoleförvaltningen", Approvals.APPROVED,
        "Eva Ekonom", Instant.parse("2026-12-03T13:15:00Z"), 0);
    OrgReview boab = new OrgReview(2, "BOAB", "Bostads AB", Approvals.COMMENTED, null, null, 2);
    return PeriodsExcel.render(2026, List.of(
        new MonthState(YearMonth.of(2026, 10), "LOCKED", true, false, List.of()),
        new MonthState(YearMonth.of(2026, 11), "PRELIMINARY", true, true, List.of(boab, gsf)),
        new MonthState(YearMonth.of(2026, 12), "OPEN", false, false, List.of())));
  }

  @Test
  void aRowPerMonthWithStatusChangedInputsAndCounts() throws IOException {
    try (XSSFWorkbook book = read(sample())) {
      Sheet months = book.getSheet("Månader");
      assertEquals(List.of("Periodöversikt", "2026"), texts(months.getRow(0)));
      assertEquals(List.of("Månad", "Status", "Beräknad", "Indata ändrade", "Godkänt",
          "Kommenterat", "Inte svarat"), texts(months.getRow(HEADINGS)));
      assertEquals(List.of("2026-10", "Låst", "Ja", ""),
          texts(months.getRow(HEADINGS + 1)).subList(0, 4));
      Row november = months.getRow(HEADINGS + 2);
      assertEquals(List.of("2026-11", "Preliminär", "Ja", "Ja"), texts(november).subList(0, 4));
      assertNumber(1, "#,##0", november.getCell(4));
      assertNumber(1, "#,##0", november.getCell(5));
      assertNumber(0, "#,##0", november.getCell(6));
      assertEquals("Inte beräknad", months.getRow(HEADINGS + 3).getCell(2).getStringCellValue());
    }
  }

  @Test
  void eachOrgsAnswerWithWhoAndWhen() throws IOException {
    try (XSSFWorkbook book = read(sample())) {
      Sheet answers = book.getSheet("Svar");
      assertEquals(List.of("Månad", "Kod", "Namn", "Svar", "Godkänt av", "Godkänt",
          "Öppna kommentarer"), texts(answers.getRow(HEADINGS)));
      Row boab = answers.getRow(HEADINGS + 1);
      assertEquals(List.of("2026-11", "BOAB", "Bostads AB", "Öppna kommentarer", ""),
          texts(boab).subList(0, 5));
      assertNumber(2, "#,##0", boab.getCell(6));
      Row gsf = answers.getRow(HEADINGS + 2);
      assertEquals("Eva Ekonom", gsf.getCell(4).getStringCellValue());
      Cell at = gsf.getCell(5);
      assertEquals(LocalDateTime.of(2026, 12, 3, 14, 15), at.getLocalDateTimeCellValue(),
          "Stockholm time");
      assertEquals("yyyy-mm-dd hh:mm", at.getCellStyle().getDataFormatString());
      assertEquals(HEADINGS + 2, answers.getLastRowNum());
    }
  }
}
