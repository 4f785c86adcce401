package org.diplomacytrends.notebooks;

import static org.diplomacytrends.notebooks.Html.escape;

import java.awt.Color;
import java.util.Locale;

/**
 * Markup for the report's hand-drawn SVG figures (the map, the flows): the root element, text in
 * the page's CJK font stack (as JFreeSVG writes it for the charts), numbers with one decimal.
 * Every text passed in is escaped, so the output is well-formed XML and data never becomes markup.
 */
final class Svg {
  private Svg() {}

  /** The opening {@code <svg>} tag: scalable view box, an accessible label. */
  static String open(double width, double height, String label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(width) + " " + num(height)
        + "\" role=\"img\" aria-label=\"" + escape(label) + "\">\n";
  }

  /** A text element; {@code anchor} is start, middle or end. */
  static String text(double x, double y, String anchor, int size, String content) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" style=\"font-family: "
        + ChartRenderer.CSS_FONT_STACK + "; font-size: " + size + "px\" fill=\"#1b1f24\">" + escape(content) + "</text>\n";
  }

  /** A tooltip: the first child of the element it explains. */
  static String title(String content) {
    return "<title>" + escape(content) + "</title>";
  }

  /** One decimal, no trailing ".0", never a locale's comma. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  /** "#rrggbb". */
  static String hex(Color colour) {
    return String.format("#%06x", colour.getRGB() & 0xFFFFFF);
  }
}
