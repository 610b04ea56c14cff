package se.tjanstekatalog.review.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import se.tjanstekatalog.ledger.control.InputChanges.Staleness;
import se.tjanstekatalog.ledger.control.MonthNotices;
import se.tjanstekatalog.ledger.control.PeriodTransitions;
import se.tjanstekatalog.review.control.Approvals;
import se.tjanstekatalog.review.control.CommentThreads;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Periods;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Granskning: an ORG_FINANCE sees its org's binding lines of a month, comments on a line and
 * approves the statement; the IT_CONTROLLER sees every thread of the month, answers and
 * closes them.
 */
@Named
@ViewScoped
public class ReviewBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PeriodTransitions transitions;
  @Inject Approvals approvals;
  @Inject CommentThreads comments;
  @Inject CurrentCaller caller;
  @Inject MonthNotices notices;

  /** The month asked for; none: the month waiting for review ({@link MonthNotices#monthToReview}). */
  private String month;
  private String lineKey;
  private String text;
  private Long threadId;
  private String status;
  private List<CommentThreads.ReviewLine> lines;
  private List<CommentThreads.Thread> threads;
  private Approvals.OrgReview review;
  private Staleness staleness;

  public void load() {
    collapseRows();
    YearMonth m = period();
    status = transitions.status(m).name();
    staleness = notices.staleness(m).orElse(null);
    Long org = caller.seesAllOrgs() ? null : caller.info().getOrgId();
    if (org != null) {
      lines = comments.lines(m, org);
      review = approvals.review(m, org);
      threads = comments.threads(m, org);
    } else {
      lines = List.of();
      review = null;
      threads = comments.threads(m, null);
    }
  }

  /**
   * The box opens in an expanded row of its line or thread ({@code expandedRow}); the table's
   * script also remembers expanded rows and sends them back, so they are forgotten here and the
   * bean alone decides which row, if any, is open.
   */
  private static void collapseRows() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return;
    }
    for (String id : new String[] {"review:lines", "review:threads"}) {
      if (faces.getViewRoot().findComponent(id) instanceof DataTable table) {
        table.setExpandedRowKeys(new HashSet<>());
      }
    }
  }

  public boolean isController() {
    return caller.seesAllOrgs();
  }

  public void startComment(String key) {
    collapseRows();
    lineKey = key;
    text = null;
    threadId = null;
  }

  public void startReply(long id) {
    collapseRows();
    threadId = id;
    lineKey = null;
    text = null;
  }

  public void cancel() {
    collapseRows();
    lineKey = null;
    threadId = null;
    text = null;
  }

  public void send() {
    boolean ok;
    if (threadId != null) {
      long id = threadId;
      ok = Faces.attempt(() -> comments.reply(id, text));
    } else if (lineKey != null) {
      String key = lineKey;
      ok = Faces.attempt(() -> comments.comment(period(), key, text));
    } else {
      ok = false;
    }
    if (ok) {
      Faces.info("review.sent");
      cancel();
    }
    load();
  }

  public void close(long id) {
    if (Faces.attempt(() -> comments.close(id))) {
      Faces.info("review.closedInfo");
    }
    load();
  }

  public void approve() {
    if (Faces.attempt(() -> approvals.approve(period()))) {
      Faces.info("review.approvedInfo", SwedishFormat.month(period()));
    }
    load();
  }

  public YearMonth period() {
    if (month == null || month.isBlank()) {
      month = notices.monthToReview().orElse(YearMonth.now()).toString();
    }
    YearMonth m = new Periods().parse(month);
    return m == null ? YearMonth.now() : m;
  }

  public void previousMonth() {
    month = period().minusMonths(1).toString();
    cancel();
    load();
  }

  public void nextMonth() {
    month = period().plusMonths(1).toString();
    cancel();
    load();
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getStatus() {
    if (status == null) {
      load();
    }
    return status;
  }

  public List<CommentThreads.ReviewLine> getLines() {
    if (lines == null) {
      load();
    }
    return lines;
  }

  public List<CommentThreads.Thread> getThreads() {
    if (threads == null) {
      load();
    }
    return threads;
  }

  /** Null when the month's figures are those of its inputs (or it is not computed). */
  public Staleness getStaleness() {
    if (status == null) {
      load();
    }
    return staleness;
  }

  public Approvals.OrgReview getReview() {
    if (status == null) {
      load();
    }
    return review;
  }

  public String getLineKey() {
    return lineKey;
  }

  public Long getThreadId() {
    return threadId;
  }

  /** What the comment box says it is for: the line commented on, or the thread answered. */
  public String getBoxTitle() {
    if (lineKey != null) {
      String label = getLines().stream().filter(l -> l.lineKey().equals(lineKey))
          .map(CommentThreads.ReviewLine::label).findFirst().orElse("");
      return Faces.text("review.commentOn", label);
    }
    if (threadId != null) {
      String label = getThreads().stream().filter(t -> t.id() == threadId)
          .map(CommentThreads.Thread::label).findFirst().orElse("");
      return Faces.text("review.answerOn", label);
    }
    return "";
  }

  public boolean isWriting() {
    return lineKey != null || threadId != null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
