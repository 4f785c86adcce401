package org.diplomacytrends.notebooks;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws JFreeChart charts as inline SVG (the report) or PNG bytes (the notebooks), in one visual
 * style, with a font that has Chinese, Japanese, Korean and Cyrillic glyphs when one is installed.
 */
public final class ChartRenderer {
  static {
    // Charts are drawn on servers and in CI without a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /**
   * CSS font stack for SVG text and the page: CJK-capable fonts first, then any sans-serif. The
   * names are unquoted on purpose (valid CSS for names made of words): JFreeSVG writes it inside a
   * quoted style attribute, where a quote of either kind could end the attribute.
   */
  public static final String CSS_FONT_STACK = "Noto Sans CJK SC, Noto Sans CJK JP, Noto Sans CJK KR, "
      + "Noto Sans CJK TC, Source Han Sans SC, PingFang SC, Microsoft YaHei, DejaVu Sans, sans-serif";

  /** Java fonts tried in order for chart text; the first installed one wins. */
  static final List<String> CJK_FAMILIES = List.of(
      "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei");

  /** Colour per series, Okabe–Ito (readable with colour-vision deficiency). */
  public static final List<Color> PALETTE = List.of(
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000));

  private static final String FONT_FAMILY = pickFontFamily();

  private ChartRenderer() {}

  /** The Java font family chart text is measured and drawn with. */
  public static String fontFamily() {
    return FONT_FAMILY;
  }

  private static String pickFontFamily() {
    Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
  }

  /** Applies the report's theme (fonts, white background, flat bars) to a chart. */
  public static JFreeChart style(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("diplomacy-trends");
    theme.setExtraLargeFont(new Font(FONT_FAMILY, Font.BOLD, 15));
    theme.setLargeFont(new Font(FONT_FAMILY, Font.BOLD, 13));
    theme.setRegularFont(new Font(FONT_FAMILY, Font.PLAIN, 12));
    theme.setSmallFont(new Font(FONT_FAMILY, Font.PLAIN, 11));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDDDDDD));
    theme.setRangeGridlinePaint(new Color(0xDDDDDD));
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }

  /**
   * The chart as an {@code <svg>} element to inline in HTML, scalable (view box) and with ids
   * prefixed by {@code idPrefix}, so several charts on one page never share a clip-path id.
   */
  public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(idPrefix + "-");
    g2.setFontFunction(family -> CSS_FONT_STACK);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGElement(idPrefix, true, new ViewBox(0, 0, width, height), null, null);
  }

  /** The chart as PNG bytes. */
  public static byte[] png(JFreeChart chart, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory stream: cannot happen
    }
    return out.toByteArray();
  }
}
