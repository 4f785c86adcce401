package org.diplomacytrends.notebooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provinces (left) linked to partner countries (right) as inline SVG: one curve per pair, as wide
 * as the visits and agreements between them; a pair that only names each other in articles is a
 * thin dotted line. Each curve and each place has a tooltip with its figures.
 */
public final class PartnerFlows {
  private PartnerFlows() {}

  /**
   * A province and a country over all years.
   *
   * @param provinceCode ISO 3166-2:CN
   * @param provinceName English name, or null
   * @param countryCode ISO 3166-1 alpha-3
   * @param countryName English name, or null
   * @param articles articles naming the country as the province's counterpart
   * @param visits visit facts between them, both directions
   * @param agreements agreements signed between them
   */
  public record Flow(String provinceCode, String provinceName, String countryCode, String countryName,
      long articles, long visits, long agreements) {
    /** What sets the width: visits plus agreements. */
    public long weight() {
      return visits + agreements;
    }
  }

  static final double WIDTH = 900;
  private static final double ROW = 30;
  private static final double TOP = 40;
  private static final double LEFT_X = 270;
  private static final double RIGHT_X = WIDTH - 270;
  /** Curves take the first Okabe–Ito colours: yellow and black read badly as thin translucent lines. */
  private static final int CURVE_COLOURS = 6;
  /** The widest curve, for the largest weight. */
  static final double MAX_STROKE = 16;

  /** The figure as an {@code <svg>} element, or null when there is no flow. */
  public static String svg(List<Flow> flows) {
    if (flows.isEmpty()) {
      return null;
    }
    Map<String, Totals> provinces = totals(flows, true);
    Map<String, Totals> countries = totals(flows, false);
    long maxWeight = Math.max(1, flows.stream().mapToLong(Flow::weight).max().orElse(1));
    double height = TOP + ROW * Math.max(provinces.size(), countries.size()) + 10;
    List<String> provinceOrder = new ArrayList<>(provinces.keySet());
    List<String> countryOrder = new ArrayList<>(countries.keySet());

    StringBuilder out = new StringBuilder(16 * 1024);
    out.append(Svg.open(WIDTH, height, "Provinces linked to partner countries by visits and agreements"));
    out.append(Svg.text(LEFT_X, 20, "end", 13, "Province (visits + agreements; articles)"))
        .append(Svg.text(RIGHT_X, 20, "start", 13, "Partner country"));
    out.append("<g fill=\"none\" stroke-linecap=\"round\">\n");
    // Thick curves first, so the thin ones stay visible on top.
    List<Flow> drawOrder = new ArrayList<>(flows);
    drawOrder.sort(Comparator.comparingLong(Flow::weight).reversed().thenComparing(Comparator.comparingLong(Flow::articles).reversed()));
    for (Flow f : drawOrder) {
      int row = provinceOrder.indexOf(f.provinceCode());
      double y1 = rowY(row);
      double y2 = rowY(countryOrder.indexOf(f.countryCode()));
      double mid = (LEFT_X + RIGHT_X) / 2;
      String colour = Svg.hex(ChartRenderer.PALETTE.get(row % CURVE_COLOURS));
      out.append("<path class=\"link\" d=\"M").append(Svg.num(LEFT_X + 6)).append(',').append(Svg.num(y1))
          .append("C").append(Svg.num(mid)).append(',').append(Svg.num(y1)).append(' ').append(Svg.num(mid)).append(',')
          .append(Svg.num(y2)).append(' ').append(Svg.num(RIGHT_X - 6)).append(',').append(Svg.num(y2)).append("\" ");
      if (f.weight() == 0) {
        out.append("stroke=\"#8c8c8c\" stroke-width=\"1\" stroke-dasharray=\"2 3\"");
      } else {
        out.append("stroke=\"").append(colour).append("\" stroke-opacity=\"0.6\" stroke-width=\"")
            .append(Svg.num(Math.max(1.5, MAX_STROKE * f.weight() / maxWeight))).append('"');
      }
      out.append(">").append(Svg.title(tooltip(f))).append("</path>\n");
    }
    out.append("</g>\n");
    for (int i = 0; i < provinceOrder.size(); i++) {
      Totals t = provinces.get(provinceOrder.get(i));
      node(out, LEFT_X, rowY(i), "end", t);
    }
    for (int i = 0; i < countryOrder.size(); i++) {
      Totals t = countries.get(countryOrder.get(i));
      node(out, RIGHT_X, rowY(i), "start", t);
    }
    out.append("</svg>");
    return out.toString();
  }

  /** "Heilongjiang 黑龙江 – Russia 俄罗斯: 4 visits, 2 agreements; 5 articles". */
  static String tooltip(Flow f) {
    return PlaceLabels.province(f.provinceCode(), f.provinceName()) + " – " + PlaceLabels.country(f.countryCode(), f.countryName())
        + ": " + f.visits() + " visits, " + f.agreements() + " agreements; " + f.articles() + " articles";
  }

  private static double rowY(int row) {
    return TOP + ROW * row + ROW / 2;
  }

  private static void node(StringBuilder out, double x, double y, String anchor, Totals t) {
    String label = t.label + " (" + t.weight + "; " + t.articles + ")";
    out.append("<g class=\"node\">").append(Svg.title(label + ": visits + agreements; articles"))
        .append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y)).append("\" r=\"5\" fill=\"#1b1f24\"/>")
        .append(Svg.text(anchor.equals("end") ? x - 10 : x + 10, y + 4, anchor, 12, label)).append("</g>\n");
  }

  /** Per province (or country): label and sums, the heaviest first (then most articles, then code). */
  private static Map<String, Totals> totals(List<Flow> flows, boolean province) {
    Map<String, Totals> sums = new LinkedHashMap<>();
    for (Flow f : flows) {
      String code = province ? f.provinceCode() : f.countryCode();
      Totals t = sums.computeIfAbsent(code, c -> new Totals(c,
          province ? PlaceLabels.province(c, f.provinceName()) : PlaceLabels.country(c, f.countryName())));
      t.weight += f.weight();
      t.articles += f.articles();
    }
    List<Totals> order = new ArrayList<>(sums.values());
    order.sort(Comparator.comparingLong((Totals t) -> -t.weight).thenComparingLong(t -> -t.articles)
        .thenComparing(t -> t.code));
    Map<String, Totals> sorted = new LinkedHashMap<>();
    order.forEach(t -> sorted.put(t.code, t));
    return sorted;
  }

  private static final class Totals {
    final String code;
    final String label;
    long weight;
    long articles;

    Totals(String code, String label) {
      this.code = code;
      this.label = label;
    }
  }
}
