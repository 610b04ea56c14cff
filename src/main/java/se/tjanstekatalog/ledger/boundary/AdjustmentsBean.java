package se.tjanstekatalog.ledger.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.ledger.control.AdjustmentService;
import se.tjanstekatalog.shared.boundary.YearPager;

/**
 * Justeringar: the controller picks a locked month, an org and one of its binding lines, and
 * books a correction with a reason; the page says which open month takes it. Below, the
 * year's adjustments, removable while the month they are booked in is not locked.
 */
@Named
@ViewScoped
public class AdjustmentsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AdjustmentService service;

  private final YearPager years = new YearPager(this::load);
  private String month;
  private String org;
  private Integer lineNo;
  private BigDecimal amount;
  private String reason;
  private List<YearMonth> months;
  private List<AdjustmentService.OrgOption> orgs;
  private List<AdjustmentService.AdjustableLine> lines;
  private YearMonth target;
  private List<AdjustmentService.Adjustment> adjustments;

  public void load() {
    months = service.lockedMonths();
    if (month != null && months.stream().noneMatch(m -> SwedishFormat.month(m).equals(month))) {
      month = null; // only lines of locked months are adjusted
    }
    if (month == null && !months.isEmpty()) {
      month = SwedishFormat.month(months.get(0));
    }
    orgs = month == null ? List.of() : service.orgs(original());
    if (org != null && orgs.stream().noneMatch(o -> o.code().equals(org))) {
      org = null;
    }
    if (org == null && !orgs.isEmpty()) {
      org = orgs.get(0).code();
    }
    lines = org == null ? List.of() : service.lines(original(), org);
    if (lineNo != null && lines.stream().noneMatch(l -> l.lineNo() == lineNo)) {
      lineNo = null;
    }
    target = month == null ? null : service.bookingMonth(original());
    adjustments = service.adjustments(years.getYear());
  }

  public void book() {
    if (lineNo == null) {
      Faces.error("adjust:line", Faces.text("adjustment.error.lineMissing"));
      return;
    }
    AdjustmentService.Booked[] booked = new AdjustmentService.Booked[1];
    if (Faces.attempt(() -> booked[0] = service.book(original(), org, lineNo, amount,
        reason))) {
      Faces.info("adjustment.booked", SwedishFormat.kronor(amount),
          SwedishFormat.month(booked[0].bookedIn()));
      if (booked[0].approvalWithdrawn()) {
        Faces.warn("adjustment.approvalWithdrawn", SwedishFormat.month(booked[0].bookedIn()));
      }
      years.setYear(booked[0].bookedIn().getYear());
      amount = null;
      reason = null;
      lineNo = null;
    }
    load();
  }

  public void remove(long id) {
    if (Faces.attempt(() -> service.remove(id))) {
      Faces.info("adjustment.removed");
    }
    load();
  }

  private YearMonth original() {
    return SwedishFormat.parseMonth(month);
  }

  public List<String> getMonths() {
    if (months == null) {
      load();
    }
    return months.stream().map(SwedishFormat::month).toList();
  }

  public List<AdjustmentService.OrgOption> getOrgs() {
    if (orgs == null) {
      load();
    }
    return orgs;
  }

  public List<AdjustmentService.AdjustableLine> getLines() {
    if (lines == null) {
      load();
    }
    return lines;
  }

  public String getTarget() {
    if (months == null) {
      load();
    }
    return target == null ? "" : SwedishFormat.month(target);
  }

  public List<AdjustmentService.Adjustment> getAdjustments() {
    if (adjustments == null) {
      load();
    }
    return adjustments;
  }

  public String lineLabel(AdjustmentService.AdjustableLine l) {
    String text = l.label() + " – " + SwedishFormat.kronor(l.amount().value());
    return l.adjusted().signum() == 0 ? text
        : text + " (" + Faces.text("adjustment.alreadyAdjusted",
            SwedishFormat.kronor(l.adjusted().value())) + ")";
  }

  public YearPager getYears() {
    return years;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  public Integer getLineNo() {
    return lineNo;
  }

  public void setLineNo(Integer lineNo) {
    this.lineNo = lineNo;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
