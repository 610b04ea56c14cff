package se.tjanstekatalog.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import se.tjanstekatalog.organisation.control.KeyValueGrid;
import se.tjanstekatalog.organisation.control.KeyValueService;
import se.tjanstekatalog.organisation.entity.KeyMeasure;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The key value grid: one row per org, one column per month of the chosen year, one measure
 * at a time. IT_CONTROLLER edits and saves the whole grid at once; others read.
 */
@Named
@ViewScoped
public class KeyValuesBean implements Serializable {
  @Inject KeyValueService service;

  private int year = YearMonth.now().getYear();
  private KeyMeasure measure = KeyMeasure.HEADCOUNT;
  private KeyValueGrid grid;

  public void load() {
    grid = service.grid(Year.of(year), measure);
  }

  public void save() {
    Faces.attempt(() -> {
      int written = service.save(grid);
      Faces.info("keyValue.saved", written);
      load();
    });
  }

  public List<Integer> getYears() {
    int now = YearMonth.now().getYear();
    return IntStream.rangeClosed(now - 3, now + 1).boxed().toList();
  }

  public List<Integer> getMonths() {
    return IntStream.rangeClosed(1, 12).boxed().toList();
  }

  public KeyMeasure[] getMeasures() {
    return KeyMeasure.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public KeyMeasure getMeasure() {
    return measure;
  }

  public void setMeasure(KeyMeasure measure) {
    this.measure = measure;
  }

  public KeyValueGrid getGrid() {
    return grid;
  }
}
