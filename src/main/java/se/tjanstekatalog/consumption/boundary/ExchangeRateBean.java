package se.tjanstekatalog.consumption.boundary;

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
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.consumption.control.ExchangeRateService;
import se.tjanstekatalog.consumption.control.ExchangeRateService.RateInput;
import se.tjanstekatalog.consumption.control.ExchangeRateService.RateView;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The exchange-rates page: IT_CONTROLLER lists the monthly rates, adds or changes one in a
 * dialog, or imports a file of them (all or nothing).
 */
@Named
@ViewScoped
public class ExchangeRateBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExchangeRateService service;

  private List<RateView> rates;
  private transient Part upload;
  private Long id;
  private long version;
  private String currency;
  private String month;
  private String rate;
  private String source;

  public void load() {
    rates = service.list(null);
  }

  public void startCreate() {
    id = null;
    version = 0;
    currency = "EUR";
    month = null;
    rate = null;
    source = null;
  }

  public void startEdit(RateView r) {
    id = r.id();
    version = r.version();
    currency = r.currency();
    month = SwedishFormat.month(r.month());
    rate = r.rate().toPlainString();
    source = r.source();
  }

  public void save() {
    Faces.attempt(() -> {
      RateView saved = service.save(new RateInput(id, version, currency, month, rate, source));
      Faces.info("rates.saved", saved.currency(), SwedishFormat.month(saved.month()));
      PrimeFaces.current().executeScript("PF('rateDialog').hide()");
      rates = service.list(null);
    });
  }

  public void delete(RateView r) {
    Faces.attempt(() -> {
      service.delete(r.id(), r.version());
      Faces.info("rates.deleted", r.currency(), SwedishFormat.month(r.month()));
    });
    rates = service.list(null);
  }

  /** The upload form's action: import the file at once, all or nothing. */
  public void importFile() {
    if (upload == null || upload.getSize() == 0) {
      Faces.error(null, Faces.text("rates.upload.missing"));
      return;
    }
    Path temp;
    try (InputStream in = upload.getInputStream()) {
      temp = Files.createTempFile("tk-rates-", ".csv");
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the uploaded rates file", e);
    }
    String name = FocusBean.baseName(upload.getSubmittedFileName());
    upload = null;
    try {
      int[] stored = new int[1];
      if (Faces.attempt(() -> stored[0] = service.importFile(temp, name))) {
        Faces.info("rates.imported", stored[0], name);
      }
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        temp.toFile().deleteOnExit();
      }
    }
    rates = service.list(null);
  }

  public List<RateView> getRates() {
    return rates;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public Long getId() {
    return id;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getRate() {
    return rate;
  }

  public void setRate(String rate) {
    this.rate = rate;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
