package se.tjanstekatalog.annualreport.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.annualreport.domain.KeyFigures;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.boundary.ChartPalette;

/**
 * The årsberättelse's charts as PNG images for the PDF and the Word document (JFreeChart),
 * with the page's colours ({@link ChartPalette}): each area's cost under both models and the
 * binding one, and each org's binding IT cost per employee. An image that cannot be drawn (a
 * server without fonts) is left out and logged; the tables carry the same figures.
 */
public final class AnnualCharts {
  private static final Logger LOG = Logger.getLogger(AnnualCharts.class.getName());
  static final int WIDTH = 900;
  static final int HEIGHT = 420;

  private AnnualCharts() {}

  /** Each area's cost per model and the binding cost, in kronor. */
  public static Optional<byte[]> costByArea(AnnualReport r) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String cb = Messages.sv("annual.model.CHARGEBACK");
    String al = Messages.sv("annual.model.ALLOCATION");
    String bi = Messages.sv("annual.model.BINDING");
    for (AnnualReport.AreaSection a : r.areas()) {
      data.addValue(a.costs().chargeback().value(), cb, a.name());
      data.addValue(a.costs().allocation().value(), al, a.name());
      data.addValue(a.costs().binding().value(), bi, a.name());
    }
    return png(AnnualReportLayout.msg("chart.costByArea", r.year()), Messages.sv("annual.chart.kr"),
        data, PlotOrientation.HORIZONTAL, ChartPalette.CHARGEBACK, ChartPalette.ALLOCATION,
        ChartPalette.BINDING);
  }

  /** Each org's binding IT cost per employee, in kronor; orgs without headcount left out. */
  public static Optional<byte[]> perEmployee(AnnualReport r) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = Messages.sv("annual.keyFigures.perEmployee");
    for (KeyFigures.OrgFigure o : r.whole().keyFigures().all()) {
      if (o.perEmployee() != null) {
        data.addValue(o.perEmployee().value(), series, o.code());
      }
    }
    return png(AnnualReportLayout.msg("chart.perEmployee", r.year()),
        Messages.sv("annual.chart.kr"), data, PlotOrientation.VERTICAL, ChartPalette.BINDING);
  }

  private static Optional<byte[]> png(String title, String axis, DefaultCategoryDataset data,
      PlotOrientation orientation, String... colours) {
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    try {
      JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, orientation,
          colours.length > 1, false, false);
      chart.setBackgroundPaint(Color.WHITE);
      CategoryPlot plot = chart.getCategoryPlot();
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
      BarRenderer renderer = (BarRenderer) plot.getRenderer();
      renderer.setBarPainter(new StandardBarPainter());
      renderer.setShadowVisible(false);
      for (int i = 0; i < colours.length; i++) {
        renderer.setSeriesPaint(i, Color.decode(colours[i]));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
      return Optional.of(out.toByteArray());
    } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
      LOG.log(Level.WARNING, "Could not draw the chart " + title, e);
      return Optional.empty();
    }
  }
}
