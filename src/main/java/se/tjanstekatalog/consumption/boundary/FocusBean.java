package se.tjanstekatalog.consumption.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.consumption.control.FocusImportService;
import se.tjanstekatalog.consumption.control.FocusImportService.FocusPreview;
import se.tjanstekatalog.consumption.control.FocusImportService.FocusStored;
import se.tjanstekatalog.consumption.control.FocusMappingService;
import se.tjanstekatalog.consumption.control.FocusMappingService.Choices;
import se.tjanstekatalog.consumption.control.FocusMappingService.MappingInput;
import se.tjanstekatalog.consumption.control.FocusMappingService.MappingView;
import se.tjanstekatalog.consumption.control.FocusRule;
import se.tjanstekatalog.consumption.entity.FocusCostColumn;
import se.tjanstekatalog.consumption.entity.FocusMappingTarget;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The FOCUS page: IT_CONTROLLER keeps the mapping table, uploads a bill, sees what it gives
 * (consumption per org, pool costs) and what it leaves out (unmapped rows and their cost),
 * and stores it after confirming the unmapped remainder. The uploaded file is kept in a
 * temporary file for the life of the view, so the preview can be repeated after a mapping
 * is added and the stored import is the previewed file.
 *
 * <p>The upload is a plain {@code h:inputFile} in a multipart form, not {@code p:fileUpload}:
 * PrimeFaces 15 renders the simple mode's file input with {@code aria-hidden="true"}, which
 * hides the page's one upload control from screen readers.
 */
@Named
@ViewScoped
public class FocusBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FocusBean.class.getName());

  @Inject FocusMappingService mappingService;
  @Inject FocusImportService importService;

  private List<MappingView> mappings;
  private Choices choices;
  private MappingForm form = new MappingForm();
  private transient Part upload;
  private String file;
  private String fileName;
  private FocusPreview preview;
  private FocusStored stored;
  private boolean acceptUnmapped;

  /** The mapping dialog's fields; {@code id == null} while creating. */
  public static class MappingForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private long version;
    private FocusMappingTarget target = FocusMappingTarget.COST;
    private String field = FocusRule.SERVICE_NAME;
    private String value;
    private Long orgId;
    private Long levelId;
    private Long poolId;
    private FocusCostColumn costColumn = FocusCostColumn.EFFECTIVE;

    static MappingForm of(MappingView m) {
      MappingForm f = new MappingForm();
      f.id = m.id();
      f.version = m.version();
      f.target = m.target();
      f.field = m.field();
      f.value = m.value();
      f.orgId = m.orgId();
      f.levelId = m.levelId();
      f.poolId = m.poolId();
      f.costColumn = m.costColumn();
      return f;
    }

    MappingInput toInput() {
      return new MappingInput(id, version, target, field, value, orgId, levelId, poolId,
          costColumn);
    }

    public Long getId() {
      return id;
    }

    public FocusMappingTarget getTarget() {
      return target;
    }

    public void setTarget(FocusMappingTarget target) {
      this.target = target;
    }

    public String getField() {
      return field;
    }

    public void setField(String field) {
      this.field = field;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public Long getOrgId() {
      return orgId;
    }

    public void setOrgId(Long orgId) {
      this.orgId = orgId;
    }

    public Long getLevelId() {
      return levelId;
    }

    public void setLevelId(Long levelId) {
      this.levelId = levelId;
    }

    public Long getPoolId() {
      return poolId;
    }

    public void setPoolId(Long poolId) {
      this.poolId = poolId;
    }

    public FocusCostColumn getCostColumn() {
      return costColumn;
    }

    public void setCostColumn(FocusCostColumn costColumn) {
      this.costColumn = costColumn;
    }
  }

  public void load() {
    mappings = mappingService.all();
    choices = mappingService.choices();
  }

  public void startCreate() {
    form = new MappingForm();
  }

  public void startEdit(MappingView mapping) {
    form = MappingForm.of(mapping);
  }

  /** A new target suggests its usual field (the dialog's target switch). */
  public void targetChanged() {
    form.field = form.target == FocusMappingTarget.ORG ? FocusRule.SUB_ACCOUNT_ID
        : FocusRule.SERVICE_NAME;
  }

  public void saveMapping() {
    Faces.attempt(() -> {
      MappingView saved = mappingService.save(form.toInput());
      Faces.info(form.id == null ? "focus.mapping.created" : "focus.mapping.saved",
          saved.field(), saved.value());
      PrimeFaces.current().executeScript("PF('mappingDialog').hide()");
      mappings = mappingService.all();
    });
  }

  public void deleteMapping(MappingView mapping) {
    Faces.attempt(() -> {
      mappingService.delete(mapping.id(), mapping.version());
      Faces.info("focus.mapping.deleted", mapping.field(), mapping.value());
    });
    mappings = mappingService.all();
  }

  /** The upload form's action: keep the file, then preview it. */
  public void readFile() {
    if (upload == null || upload.getSize() == 0) {
      Faces.error(null, Faces.text("focus.upload.missing"));
      return;
    }
    discardFile();
    try (InputStream in = upload.getInputStream()) {
      Path temp = Files.createTempFile("tk-focus-", ".csv");
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      file = temp.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the uploaded FOCUS file", e);
    }
    fileName = baseName(upload.getSubmittedFileName());
    upload = null;
    stored = null;
    runPreview();
  }

  /** Previews the kept file again, e.g. after a mapping was added. */
  public void previewAgain() {
    if (file != null) {
      runPreview();
    }
  }

  public void store() {
    if (preview == null || file == null) {
      return;
    }
    if (preview.focus().hasUnmapped() && !acceptUnmapped) {
      Faces.error("confirm:accept", Faces.text("focus.store.acceptFirst"));
      return;
    }
    boolean ok = Faces.attempt(() -> stored = importService.store(Path.of(file), fileName,
        preview.focus().unmappedRows(), preview.focus().unmappedCost()));
    if (ok) {
      Faces.info("focus.stored", fileName);
      preview = null;
      discardFile();
    }
  }

  private void runPreview() {
    acceptUnmapped = false;
    preview = null;
    Faces.attempt(() -> preview = importService.preview(Path.of(file), fileName));
  }

  @PreDestroy
  void discardFile() {
    if (file != null) {
      try {
        Files.deleteIfExists(Path.of(file));
      } catch (IOException e) {
        LOG.warning(() -> "Could not delete " + file + ": " + e);
      }
      file = null;
    }
  }

  /** Browsers may send a path ("C:\fakepath\bill.csv"); keep the name. */
  static String baseName(String name) {
    if (name == null || name.isBlank()) {
      return "focus.csv";
    }
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  public FocusMappingTarget[] getTargets() {
    return FocusMappingTarget.values();
  }

  public FocusCostColumn[] getCostColumns() {
    return FocusCostColumn.values();
  }

  /** Whether a row stopped for want of an exchange rate: the page links to the rates page. */
  public boolean isRateMissing() {
    return preview != null && preview.focus().problems().stream()
        .anyMatch(p -> "focus.problem.rateMissing".equals(p.key()));
  }

  /** The field box's suggestions for the dialog's target, narrowed by what is typed. */
  public List<String> fieldSuggestions(String query) {
    List<String> fields = form.target == FocusMappingTarget.ORG
        ? List.of(FocusRule.SUB_ACCOUNT_ID, FocusRule.TAG_PREFIX + "forvaltning")
        : FocusMappingService.COST_FIELDS;
    String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
    return fields.stream().filter(f -> f.toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
  }

  public List<MappingView> getMappings() {
    return mappings;
  }

  public Choices getChoices() {
    return choices;
  }

  public MappingForm getForm() {
    return form;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public String getFileName() {
    return fileName;
  }

  public FocusPreview getPreview() {
    return preview;
  }

  public FocusStored getStored() {
    return stored;
  }

  public boolean isAcceptUnmapped() {
    return acceptUnmapped;
  }

  public void setAcceptUnmapped(boolean acceptUnmapped) {
    this.acceptUnmapped = acceptUnmapped;
  }
}
