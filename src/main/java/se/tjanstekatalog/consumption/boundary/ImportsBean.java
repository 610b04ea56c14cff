package se.tjanstekatalog.consumption.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.shared.imports.ImportChannel;
import se.tjanstekatalog.consumption.control.ImportHistory;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.consumption.control.ImportProgress;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.consumption.control.ImportService;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.TkException;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The import page: upload a file, see the preview (totals and every problem), confirm or
 * cancel, and the history. Files over {@value #ASYNC_BYTES} bytes are checked and saved on a
 * container thread while a progress bar polls; smaller ones within the request.
 */
@Named
@ViewScoped
public class ImportsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final long ASYNC_BYTES = 2_000_000;
  private static final Logger LOG = Logger.getLogger(ImportsBean.class.getName());

  @Inject ImportService imports;
  @Inject Tenancy tenancy;

  private ImportKind kind = ImportKind.CONSUMPTION;
  private String source;
  private UploadedFile file;
  private ImportReport preview;
  private List<YearMonth> underReview;
  private ImportReport stored;
  private ImportReport rejected;
  private ImportProgress progress;
  private transient Future<ImportReport> running;
  private boolean storing;
  private List<ImportHistory.Entry> history;

  public void upload(FileUploadEvent event) {
    String previousName = file == null ? null : file.getName();
    reset();
    try (InputStream in = event.getFile().getInputStream()) {
      file = UploadedFile.save(event.getFile().getFileName(), in);
    } catch (IOException e) {
      LOG.warning(() -> "Upload failed: " + e);
      Faces.error(null, Faces.text("import.uploadFailed"));
      return;
    }
    if (source == null || source.isBlank() || source.equals(previousName)) {
      source = file.getName();
    }
    start(false);
  }

  /** Saves the previewed file (checked again on the way in). */
  public void confirm() {
    if (file == null || preview == null || !preview.valid()) {
      Faces.error(null, Faces.text("import.nothingToSave"));
      return;
    }
    start(true);
  }

  public void cancel() {
    reset();
    Faces.info("import.cancelled");
  }

  private void start(boolean store) {
    TabularFile rows;
    try {
      rows = TabularFile.open(file.path());
    } catch (IOException e) {
      LOG.warning(() -> "Could not open the uploaded file: " + e);
      Faces.error(null, Faces.text("import.problem.unreadable.short"));
      return;
    }
    ImportSource from = new ImportSource(kind, ImportChannel.FILE, source, file.getName(),
        file.getChecksum(), null, null);
    progress = new ImportProgress(file.getSize());
    storing = store;
    if (file.getSize() > ASYNC_BYTES) {
      running = store ? imports.storeAsync(tenancy.current(), rows, from, progress)
          : imports.previewAsync(tenancy.current(), rows, from, progress);
      return;
    }
    try {
      done(store ? imports.store(rows, from, progress) : imports.preview(rows, from, progress));
    } catch (ImportRejected e) {
      rejectedWith(e.report());
    } catch (TkException e) {
      Faces.show(e);
    }
  }

  /** Called by the progress bar when the running check or save has finished. */
  public void collect() {
    if (running == null) {
      return;
    }
    try {
      done(running.get());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof ImportRejected r) {
        rejectedWith(r.report());
      } else if (cause instanceof TkException tk) {
        Faces.show(tk);
      } else {
        throw new IllegalStateException(cause);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = null;
    }
  }

  private void done(ImportReport report) {
    if (storing) {
      stored = report;
      preview = null;
      discardFile();
      history = null;
      Faces.info("import.saved", report.storedBatchId(), report.rows());
    } else {
      preview = report;
      underReview = imports.monthsUnderReview(report.periodFrom(), report.periodTo());
    }
  }

  private void rejectedWith(ImportReport report) {
    rejected = report;
    preview = report;
    Faces.error(null, Faces.text("import.rejected", report.problemCount()));
  }

  private void reset() {
    discardFile();
    preview = null;
    stored = null;
    rejected = null;
    running = null;
    progress = null;
  }

  private void discardFile() {
    if (file != null) {
      file.delete();
      file = null;
    }
  }

  @PreDestroy
  void cleanUp() {
    discardFile();
  }

  public boolean isRunning() {
    return running != null;
  }

  public int getProgress() {
    if (running != null && running.isDone()) {
      return 100;
    }
    return progress == null ? 0 : progress.percent();
  }

  public List<ImportHistory.Entry> getHistory() {
    if (history == null) {
      history = imports.history(500);
    }
    return history;
  }

  public ImportKind[] getKinds() {
    return ImportKind.values();
  }

  public ImportKind getKind() {
    return kind;
  }

  public void setKind(ImportKind kind) {
    this.kind = kind;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public UploadedFile getFile() {
    return file;
  }

  /**
   * What saving the previewed import does to months under review, in words for the page and
   * the confirmation; null when it touches none.
   */
  public String getReviewWarning() {
    return underReview == null || underReview.isEmpty() ? null
        : Faces.text("import.preliminaryWarning", underReview.stream()
            .map(SwedishFormat::month).collect(Collectors.joining(", ")));
  }

  /**
   * The save confirmation: how many rows of which kind for which month(s), whether it replaces
   * an earlier import, and what it does to a month under review.
   */
  public String getConfirmMessage() {
    if (preview == null || preview.periodFrom() == null) {
      return "";
    }
    String months = SwedishFormat.month(preview.periodFrom())
        + (preview.periodTo().equals(preview.periodFrom()) ? ""
            : " – " + SwedishFormat.month(preview.periodTo()));
    String text = Faces.text(preview.replacing() ? "import.confirmReplaceRows"
        : "import.confirmSaveRows", preview.rows(), months);
    String warning = getReviewWarning();
    return warning == null ? text : text + " " + warning;
  }

  /** Why a checked file cannot be saved, in one sentence for the banner above its problems. */
  public String getCannotSaveDetail() {
    return preview == null ? "" : Faces.text("import.cannotSave.detail", preview.problemCount());
  }

  public ImportReport getPreview() {
    return preview;
  }

  public ImportReport getStored() {
    return stored;
  }

  public boolean isStoring() {
    return storing;
  }

  public ImportReport getRejected() {
    return rejected;
  }
}
