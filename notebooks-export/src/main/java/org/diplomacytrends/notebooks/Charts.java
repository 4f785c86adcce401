package org.diplomacytrends.notebooks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The report's charts, built with JFreeChart from the bounded tables of {@link ReportData}. Each
 * method returns a styled chart, or {@code null} when there is nothing to draw.
 */
public final class Charts {
  private Charts() {}

  /** The visit series of a province-year chart: gold column and legend label. */
  public static final Map<String, String> VISIT_SERIES = orderedMap(
      "outbound_visits", "Outbound visits",
      "inbound_visits", "Inbound visits",
      "domestic_visits", "Domestic visits");

  /** The agreements series: drawn on an axis of its own, so 23 agreements flatten no visit bar. */
  public static final String AGREEMENTS_LABEL = "Agreements (right axis)";

  /** Fewer articles than this behind a year and its point is marked as resting on few articles. */
  public static final int FEW_ARTICLES = 5;

  /**
   * The label of a year on a province chart: the year, how many articles stand behind it, and a
   * mark when they are few ("2023 · n=3 · few").
   */
  public static String yearLabel(int year, long articles) {
    return year + " · n=" + articles + (articles < FEW_ARTICLES ? " · few" : "");
  }

  /**
   * One chart per province (small multiples): visits by direction per year as bars on one scale
   * shared by all panels, agreements as points on a right-hand axis of their own (also shared), and
   * under each year the number of articles behind it, marked when few.
   */
  public static Map<String, JFreeChart> provinceMultiples(DataTable provinceYear) {
    Set<Integer> years = new TreeSet<>();
    for (int i = 0; i < provinceYear.size(); i++) {
      years.add(((Number) provinceYear.get(i, "year")).intValue());
    }
    long topVisits = 1;
    long topAgreements = 1;
    Map<String, Map<Integer, Integer>> rowsByProvince = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (int i = 0; i < provinceYear.size(); i++) {
      String code = provinceYear.text(i, "province_code");
      titles.putIfAbsent(code, PlaceLabels.province(code, provinceYear.text(i, "province_name")) + " (" + code + ")");
      rowsByProvince.computeIfAbsent(code, c -> new java.util.TreeMap<>())
          .put(((Number) provinceYear.get(i, "year")).intValue(), i);
      for (String column : VISIT_SERIES.keySet()) {
        topVisits = Math.max(topVisits, provinceYear.number(i, column));
      }
      topAgreements = Math.max(topAgreements, provinceYear.number(i, "agreements"));
    }
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    for (var entry : rowsByProvince.entrySet()) {
      DefaultCategoryDataset visits = new DefaultCategoryDataset();
      DefaultCategoryDataset agreements = new DefaultCategoryDataset();
      for (Integer year : years) {
        Integer row = entry.getValue().get(year);
        String label = yearLabel(year, row == null ? 0 : provinceYear.number(row, "articles"));
        for (var series : VISIT_SERIES.entrySet()) {
          visits.addValue(row == null ? 0 : provinceYear.number(row, series.getKey()), series.getValue(), label);
        }
        agreements.addValue(row == null ? 0 : provinceYear.number(row, "agreements"), AGREEMENTS_LABEL, label);
      }
      JFreeChart chart = yearBars(titles.get(entry.getKey()), visits, agreements, false);
      ((NumberAxis) chart.getCategoryPlot().getRangeAxis(0)).setRange(0, topVisits * 1.08);
      ((NumberAxis) chart.getCategoryPlot().getRangeAxis(1)).setRange(0, topAgreements * 1.08);
      charts.put(entry.getKey(), chart);
    }
    return charts;
  }

  /** Visits by direction and agreements (on their own axis) per year for one province (the notebook's trend). */
  public static JFreeChart provinceTrend(DataTable trend, String title) {
    if (trend.size() == 0) {
      return null;
    }
    DefaultCategoryDataset visits = new DefaultCategoryDataset();
    DefaultCategoryDataset agreements = new DefaultCategoryDataset();
    for (int i = 0; i < trend.size(); i++) {
      int year = ((Number) trend.get(i, "year")).intValue();
      String label = trend.columns().contains("articles") ? yearLabel(year, trend.number(i, "articles")) : String.valueOf(year);
      for (var series : VISIT_SERIES.entrySet()) {
        visits.addValue(trend.number(i, series.getKey()), series.getValue(), label);
      }
      agreements.addValue(trend.number(i, "agreements"), AGREEMENTS_LABEL, label);
    }
    return yearBars(title, visits, agreements, true);
  }

  private static JFreeChart yearBars(String title, DefaultCategoryDataset visits, DefaultCategoryDataset agreements,
      boolean legend) {
    JFreeChart chart = ChartRenderer.style(
        ChartFactory.createBarChart(title, null, "visits", visits, PlotOrientation.VERTICAL, legend, false, false));
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setItemMargin(0.02);
    renderer.setMaximumBarWidth(0.07); // a single year must not turn into three slabs
    renderer.setDrawBarOutline(false);
    for (int s = 0; s < VISIT_SERIES.size(); s++) {
      renderer.setSeriesPaint(s, ChartRenderer.PALETTE.get(s));
    }
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    agreementsOnTheirOwnAxis(plot, agreements, AxisLocation.BOTTOM_OR_RIGHT);
    plot.getDomainAxis().setCategoryMargin(0.15);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    chart.getTitle().setFont(new Font(ChartRenderer.fontFamily(), Font.BOLD, 13));
    return chart;
  }

  /**
   * Agreements as points on an axis of their own ({@code location}): a signing of 23 documents is
   * one act, and on the axis of visits or articles it would flatten every other bar.
   */
  private static void agreementsOnTheirOwnAxis(CategoryPlot plot, DefaultCategoryDataset agreements,
      AxisLocation location) {
    NumberAxis axis = new NumberAxis("agreements");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setLabelFont(plot.getRangeAxis().getLabelFont());
    axis.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
    plot.setRangeAxis(1, axis);
    plot.setRangeAxisLocation(1, location);
    plot.setDataset(1, agreements);
    plot.mapDatasetToRangeAxis(1, 1);
    LineAndShapeRenderer points = new LineAndShapeRenderer(false, true);
    points.setSeriesPaint(0, ChartRenderer.PALETTE.get(VISIT_SERIES.size()));
    plot.setRenderer(1, points);
  }

  /** Articles per year with each leading partner country, one line per country. */
  public static JFreeChart partnersOverTime(DataTable partnerYear) {
    if (partnerYear.size() == 0) {
      return null;
    }
    Set<Integer> years = new TreeSet<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < partnerYear.size(); i++) {
      years.add(((Number) partnerYear.get(i, "year")).intValue());
      String code = partnerYear.text(i, "country_code");
      labels.putIfAbsent(code, PlaceLabels.country(code, partnerYear.text(i, "country_name")));
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String label : labels.values()) {
      for (Integer year : years) {
        data.addValue(0, label, year); // a year without a row is a year with no article
      }
    }
    for (int i = 0; i < partnerYear.size(); i++) {
      data.setValue(partnerYear.number(i, "articles"), labels.get(partnerYear.text(i, "country_code")),
          (Integer) ((Number) partnerYear.get(i, "year")).intValue());
    }
    JFreeChart chart = ChartRenderer.style(ChartFactory.createLineChart(
        "Top partner countries: articles per year", "year", "articles", data, PlotOrientation.VERTICAL, true, false, false));
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int s = 0; s < labels.size(); s++) {
      renderer.setSeriesPaint(s, ChartRenderer.PALETTE.get(s % ChartRenderer.PALETTE.size()));
      renderer.setSeriesStroke(s, new BasicStroke(2.2f));
    }
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    ((NumberAxis) plot.getRangeAxis()).setLowerBound(0);
    return chart;
  }

  /** Province × partner country: articles over all years, darker for more, with the count in each cell. */
  public static JFreeChart heatMap(DataTable heat) {
    if (heat.size() == 0) {
      return null;
    }
    Map<String, String> provinces = new LinkedHashMap<>();
    Map<String, String> countries = new LinkedHashMap<>();
    for (int i = 0; i < heat.size(); i++) {
      String p = heat.text(i, "province_code");
      String c = heat.text(i, "country_code");
      provinces.putIfAbsent(p, PlaceLabels.province(p, heat.text(i, "province_name")));
      countries.putIfAbsent(c, c + " " + nonNull(PlaceLabels.countryZh(c), ""));
    }
    List<String> countryOrder = heatCountries(heat);
    List<String> provinceOrder = new ArrayList<>(provinces.keySet());

    double[][] series = new double[3][heat.size()];
    long max = 1;
    XYPlot plot = new XYPlot();
    for (int i = 0; i < heat.size(); i++) {
      series[0][i] = countryOrder.indexOf(heat.text(i, "country_code"));
      series[1][i] = provinceOrder.indexOf(heat.text(i, "province_code"));
      series[2][i] = heat.number(i, "articles");
      max = Math.max(max, heat.number(i, "articles"));
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("articles", series);

    SymbolAxis x = new SymbolAxis(null, countryOrder.stream().map(countries::get).map(String::strip).toArray(String[]::new));
    x.setVerticalTickLabels(true);
    x.setGridBandsVisible(false);
    SymbolAxis y = new SymbolAxis(null, provinceOrder.stream().map(provinces::get).toArray(String[]::new));
    y.setInverted(true); // the busiest province on top
    y.setGridBandsVisible(false);
    BluePaintScale scale = new BluePaintScale(max);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    plot.setDataset(data);
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setRenderer(renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));

    JFreeChart chart = new JFreeChart("Articles by province and partner country", plot);
    chart.removeLegend();
    NumberAxis scaleAxis = new NumberAxis("articles");
    scaleAxis.setRange(0, max);
    scaleAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(new RectangleInsets(40, 8, 40, 8));
    legend.setFrame(new BlockBorder(Color.WHITE));
    chart.addSubtitle(legend);
    ChartRenderer.style(chart);
    x.setTickLabelFont(new Font(ChartRenderer.fontFamily(), Font.PLAIN, 11));
    y.setTickLabelFont(new Font(ChartRenderer.fontFamily(), Font.PLAIN, 11));
    // The counts go on after the theme, which would repaint every annotation in one colour.
    for (int i = 0; i < heat.size(); i++) {
      long value = heat.number(i, "articles");
      XYTextAnnotation label = new XYTextAnnotation(Long.toString(value), series[0][i], series[1][i]);
      label.setFont(new Font(ChartRenderer.fontFamily(), Font.PLAIN, 11));
      label.setPaint(value > max * 0.55 ? Color.WHITE : Color.BLACK);
      plot.addAnnotation(label);
    }
    return chart;
  }

  /** The heat map's countries, most articles first (ties by code): its columns, left to right. */
  public static List<String> heatCountries(DataTable heat) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (int i = 0; i < heat.size(); i++) {
      totals.merge(heat.text(i, "country_code"), heat.number(i, "articles"), Long::sum);
    }
    List<String> order = new ArrayList<>(totals.keySet());
    order.sort(Comparator.comparing((String c) -> -totals.get(c)).thenComparing(Comparator.naturalOrder()));
    return order;
  }

  /** Articles, domestic visits and agreements of the strongest domestic pairs, horizontal bars. */
  public static JFreeChart pairs(DataTable pairs) {
    if (pairs.size() == 0) {
      return null;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    DefaultCategoryDataset agreements = new DefaultCategoryDataset();
    Map<String, String> series = orderedMap("articles", "Articles", "domestic_visits", "Domestic visits");
    for (int i = 0; i < pairs.size(); i++) {
      String label = pairLabel(pairs.text(i, "province_a"), pairs.text(i, "province_b"));
      for (var s : series.entrySet()) {
        data.addValue(pairs.number(i, s.getKey()), s.getValue(), label);
      }
      agreements.addValue(pairs.number(i, "agreements"), AGREEMENTS_LABEL.replace("right", "top"), label);
    }
    JFreeChart chart = ChartRenderer.style(ChartFactory.createBarChart("Domestic cross-regional pairs (all years)",
        null, "count", data, PlotOrientation.HORIZONTAL, true, false, false));
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x555555));
    renderer.setSeriesPaint(1, ChartRenderer.PALETTE.get(2));
    renderer.setItemMargin(0.02);
    renderer.setMaximumBarWidth(0.08);
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    agreementsOnTheirOwnAxis(plot, agreements, AxisLocation.TOP_OR_LEFT);
    CategoryAxis domain = plot.getDomainAxis();
    domain.setMaximumCategoryLabelWidthRatio(0.45f);
    domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    return chart;
  }

  /** Provinces that deal with one partner country: articles and agreements, horizontal bars. */
  public static JFreeChart countryPartners(DataTable partners, String title) {
    if (partners.size() == 0) {
      return null;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    DefaultCategoryDataset agreements = new DefaultCategoryDataset();
    for (int i = 0; i < partners.size(); i++) {
      String label = PlaceLabels.province(partners.text(i, "province_code"), partners.text(i, "province_name"));
      data.addValue(partners.number(i, "articles"), "Articles", label);
      agreements.addValue(partners.number(i, "agreements"), AGREEMENTS_LABEL.replace("right", "top"), label);
    }
    JFreeChart chart = ChartRenderer.style(ChartFactory.createBarChart(title, null, "articles", data,
        PlotOrientation.HORIZONTAL, true, false, false));
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setSeriesPaint(0, new Color(0x555555));
    renderer.setMaximumBarWidth(0.1);
    chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    agreementsOnTheirOwnAxis(chart.getCategoryPlot(), agreements, AxisLocation.TOP_OR_LEFT);
    return chart;
  }

  /** The coverage chart's series: silver articles with an activity year, and those counted for a province. */
  public static final Map<String, String> COVERAGE_SERIES = orderedMap(
      "articles", "Articles with an activity year (silver)",
      "counted", "Of which counted for a province (gold)");

  /**
   * How many articles the corpus holds per activity year, one line per {@link #COVERAGE_SERIES}:
   * the yardstick against which a province's ups and downs are read.
   */
  public static JFreeChart coverage(DataTable coverage) {
    if (coverage.size() == 0) {
      return null;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < coverage.size(); i++) {
      for (var series : COVERAGE_SERIES.entrySet()) {
        data.addValue(coverage.number(i, series.getKey()), series.getValue(), (Integer) ((Number) coverage.get(i, "year")).intValue());
      }
    }
    JFreeChart chart = ChartRenderer.style(ChartFactory.createLineChart("Articles in the corpus per activity year",
        "activity year", "articles", data, PlotOrientation.VERTICAL, true, false, false));
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesPaint(0, new Color(0x555555));
    renderer.setSeriesPaint(1, ChartRenderer.PALETTE.get(0));
    renderer.setSeriesStroke(0, new BasicStroke(2.2f));
    renderer.setSeriesStroke(1, new BasicStroke(2.2f));
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    ((NumberAxis) plot.getRangeAxis()).setLowerBound(0);
    return chart;
  }

  /** "Heilongjiang 黑龙江 – Jilin 吉林" from two codes (gold pairs carry no names). */
  public static String pairLabel(String a, String b) {
    return shortProvince(a) + " – " + shortProvince(b);
  }

  private static String shortProvince(String code) {
    String zh = PlaceLabels.provinceZh(code);
    return zh == null ? code : code + " " + zh;
  }

  private static String nonNull(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** White (none) to dark blue (the most), linear in the count. */
  static final class BluePaintScale implements PaintScale, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Color LOW = new Color(0xEFF3FF);
    private static final Color HIGH = new Color(0x08306B);
    private final double upper;

    BluePaintScale(double upper) {
      this.upper = upper;
    }

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      if (value <= 0) {
        return Color.WHITE;
      }
      double t = Math.min(1, value / upper);
      return new Color(
          (int) Math.round(LOW.getRed() + t * (HIGH.getRed() - LOW.getRed())),
          (int) Math.round(LOW.getGreen() + t * (HIGH.getGreen() - LOW.getGreen())),
          (int) Math.round(LOW.getBlue() + t * (HIGH.getBlue() - LOW.getBlue())));
    }
  }

  static Set<String> distinct(DataTable table, String column) {
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < table.size(); i++) {
      values.add(table.text(i, column));
    }
    return values;
  }
}
