package org.diplomacytrends.notebooks;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A choropleth of China's provinces as inline SVG, drawn here rather than by a script: activity
 * (visits of every direction plus agreements, over all years) in up to five classes of blue; a
 * province no counted article is about is grey and the legend says so. Each outline carries a
 * tooltip with the province's figures.
 */
public final class ProvinceMap {
  private ProvinceMap() {}

  /**
   * One province's figures over all years.
   *
   * @param code ISO 3166-2:CN
   * @param name English name, or null
   * @param articles articles counted for the province
   * @param visits visit facts of every direction
   * @param agreements agreements signed
   */
  public record Province(String code, String name, long articles, long visits, long agreements) {
    /** What the map shades: visits plus agreements. */
    public long activity() {
      return visits + agreements;
    }
  }

  /** Width of the view box; the height follows China's shape. */
  static final double WIDTH = 820;
  private static final double MARGIN = 10;
  /** Points of an outline closer than this (view-box units, about pixels) to the simplified line are dropped. */
  static final double MIN_STEP = 0.5;
  /** A division narrower or shorter than this (view-box units) gets a marker: it cannot be seen or pointed at. */
  static final double TINY = 10;
  private static final double MARKER_RADIUS = 4.5;
  /** The projection: longitudes shrunk by the cosine of a latitude near China's middle. */
  private static final double LON_SCALE = Math.cos(Math.toRadians(35));

  /** ColorBrewer "Blues" (5 classes): sequential and readable with colour-vision deficiency. */
  static final List<Color> BLUES = List.of(
      new Color(0xEFF3FF), new Color(0xBDD7E7), new Color(0x6BAED6), new Color(0x3182BD), new Color(0x08519C));
  /** Articles, but no visit and no agreement (the grey borders set it off from the page). */
  static final Color ZERO = Color.WHITE;
  /** No counted article at all. */
  static final Color NO_DATA = new Color(0xCCCCCC);
  static final int MAX_CLASSES = BLUES.size();

  /**
   * Class upper bounds for the positive values: quantiles, so each class holds about as many
   * provinces, merged where values repeat; at most {@link #MAX_CLASSES}.
   */
  static List<Long> classBounds(Collection<Long> values) {
    List<Long> positive = values.stream().filter(v -> v > 0).sorted().toList();
    List<Long> bounds = new ArrayList<>();
    if (positive.isEmpty()) {
      return bounds;
    }
    int classes = (int) Math.min(MAX_CLASSES, positive.stream().distinct().count());
    for (int i = 1; i <= classes; i++) {
      long bound = positive.get((int) Math.ceil(i * positive.size() / (double) classes) - 1);
      if (bounds.isEmpty() || bound > bounds.get(bounds.size() - 1)) {
        bounds.add(bound);
      }
    }
    return bounds;
  }

  /** The fill of each class, light to dark, spread over the palette when there are fewer than five. */
  static List<Color> classColours(int classes) {
    List<Color> colours = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      colours.add(classes == 1 ? BLUES.get(3) : BLUES.get((int) Math.round(i * (BLUES.size() - 1) / (double) (classes - 1))));
    }
    return colours;
  }

  /** The map as an {@code <svg>} element: every division of the boundary file, shaded by {@code provinces}. */
  public static String svg(Collection<Province> provinces) {
    Map<String, Province> byCode = provinces.stream().collect(Collectors.toMap(Province::code, Function.identity(), (a, b) -> a));
    List<Long> bounds = classBounds(provinces.stream().map(Province::activity).toList());
    List<Color> colours = classColours(bounds.size());

    Map<String, ProvinceShapes.Shape> shapes = ProvinceShapes.all();
    double[] box = projectedBounds(shapes.values());
    double scale = (WIDTH - 2 * MARGIN) / (box[2] - box[0]);
    double height = (box[3] - box[1]) * scale + 2 * MARGIN;
    Projection projection = (lon, lat) -> new double[] {
        MARGIN + (lon * LON_SCALE - box[0]) * scale, MARGIN + (-lat - box[1]) * scale};

    StringBuilder out = new StringBuilder(64 * 1024);
    out.append(Svg.open(WIDTH, height, "Map of China's provinces shaded by visits and agreements"));
    out.append("<g stroke=\"#8c8c8c\" stroke-width=\"0.5\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n");
    for (ProvinceShapes.Shape shape : shapes.values()) {
      Province p = byCode.get(shape.isoCode());
      Color fill = fill(p, bounds, colours);
      out.append("<path class=\"province\" data-code=\"").append(Html.escape(shape.isoCode())).append("\" fill=\"")
          .append(Svg.hex(fill)).append("\" d=\"").append(path(shape, projection)).append("\">")
          .append(Svg.title(tooltip(shape.isoCode(), p))).append("</path>\n");
    }
    markTinyDivisions(out, shapes.values(), byCode, bounds, colours, projection);
    out.append("</g>\n");
    legend(out, bounds, colours, height);
    out.append("</svg>");
    return out.toString();
  }

  /**
   * A circle over each division too small to see or point at on the map (Hong Kong, Macao), in its
   * fill and with its tooltip, so their figures are not lost to their size.
   */
  private static void markTinyDivisions(StringBuilder out, Collection<ProvinceShapes.Shape> shapes,
      Map<String, Province> byCode, List<Long> bounds, List<Color> colours, Projection projection) {
    for (ProvinceShapes.Shape shape : shapes) {
      double[] b = shape.bounds();
      double[] min = projection.apply(b[0], b[3]);
      double[] max = projection.apply(b[2], b[1]);
      if (max[0] - min[0] >= TINY && max[1] - min[1] >= TINY) {
        continue;
      }
      Province p = byCode.get(shape.isoCode());
      Color fill = fill(p, bounds, colours);
      out.append("<circle class=\"province-marker\" stroke=\"#333333\" stroke-width=\"0.8\" data-code=\"").append(Html.escape(shape.isoCode()))
          .append("\" cx=\"").append(Svg.num((min[0] + max[0]) / 2)).append("\" cy=\"").append(Svg.num((min[1] + max[1]) / 2))
          .append("\" r=\"").append(Svg.num(MARKER_RADIUS)).append("\" fill=\"").append(Svg.hex(fill)).append("\">")
          .append(Svg.title(tooltip(shape.isoCode(), p))).append("</circle>\n");
    }
  }

  /** Grey without a counted article, white without a visit or agreement, else its class's blue. */
  private static Color fill(Province p, List<Long> bounds, List<Color> colours) {
    return p == null ? NO_DATA : p.activity() == 0 ? ZERO : colours.get(classOf(p.activity(), bounds));
  }

  /** "Guangdong 广东 (CN-GD): 12 visits, 3 agreements; 20 articles". */
  static String tooltip(String code, Province p) {
    if (p == null) {
      return PlaceLabels.province(code, null) + ": no article counted";
    }
    return PlaceLabels.province(code, p.name()) + " (" + code + "): " + p.visits() + " visits, " + p.agreements()
        + " agreements; " + p.articles() + " articles";
  }

  private static int classOf(long value, List<Long> bounds) {
    for (int i = 0; i < bounds.size(); i++) {
      if (value <= bounds.get(i)) {
        return i;
      }
    }
    return bounds.size() - 1;
  }

  /** Bottom left, where the map has India and no Chinese province. */
  private static void legend(StringBuilder out, List<Long> bounds, List<Color> colours, double height) {
    List<String> labels = new ArrayList<>();
    List<Color> fills = new ArrayList<>();
    long lower = 1;
    for (int i = 0; i < bounds.size(); i++) {
      labels.add(lower == bounds.get(i) ? Long.toString(lower) : lower + "–" + bounds.get(i));
      fills.add(colours.get(i));
      lower = bounds.get(i) + 1;
    }
    labels.add("0 (articles, but no visit or agreement)");
    fills.add(ZERO);
    labels.add("no article counted");
    fills.add(NO_DATA);
    double row = 18;
    double top = height - MARGIN - row * (labels.size() + 1);
    out.append("<g class=\"legend\">\n").append(Svg.text(MARGIN, top + 12, "start", 12, "Visits + agreements, all years"));
    for (int i = 0; i < labels.size(); i++) {
      double y = top + row * (i + 1);
      out.append("<rect x=\"").append(Svg.num(MARGIN)).append("\" y=\"").append(Svg.num(y + 3)).append("\" width=\"14\" height=\"12\" fill=\"")
          .append(Svg.hex(fills.get(i))).append("\" stroke=\"#999999\" stroke-width=\"0.5\"/>\n")
          .append(Svg.text(MARGIN + 20, y + 13, "start", 12, labels.get(i)));
    }
    out.append("</g>\n");
  }

  /** Longitude/latitude to view-box x/y. */
  private interface Projection {
    double[] apply(double lon, double lat);
  }

  /** {minX, minY, maxX, maxY} of all outlines, in projected degrees (y grows southwards). */
  private static double[] projectedBounds(Collection<ProvinceShapes.Shape> shapes) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (ProvinceShapes.Shape shape : shapes) {
      double[] b = shape.bounds();
      box[0] = Math.min(box[0], b[0] * LON_SCALE);
      box[1] = Math.min(box[1], -b[3]);
      box[2] = Math.max(box[2], b[2] * LON_SCALE);
      box[3] = Math.max(box[3], -b[1]);
    }
    return box;
  }

  /**
   * The outline as path data, points closer than {@link #MIN_STEP} to the simplified line dropped and
   * rings that shrink below a triangle left out; a division whose every ring would vanish (Macao)
   * keeps its longest ring whole, so no province disappears from the map.
   */
  private static String path(ProvinceShapes.Shape shape, Projection projection) {
    StringBuilder d = new StringBuilder();
    List<double[]> longest = null;
    for (List<double[]> ring : shape.rings()) {
      List<double[]> projected = ring.stream().map(p -> projection.apply(p[0], p[1])).toList();
      if (longest == null || projected.size() > longest.size()) {
        longest = projected;
      }
      List<double[]> kept = simplify(projected);
      if (kept.size() >= 3) {
        appendRing(d, kept);
      }
    }
    if (d.length() == 0 && longest != null) {
      appendRing(d, longest);
    }
    return d.toString();
  }

  /**
   * Douglas–Peucker: keeps the ends and, recursively, the point farthest from the chord while it
   * lies at least {@link #MIN_STEP} from it; a closed ring (both ends the same point) measures from
   * that point.
   */
  static List<double[]> simplify(List<double[]> ring) {
    if (ring.size() < 3) {
      return ring;
    }
    boolean[] keep = new boolean[ring.size()];
    keep[0] = true;
    keep[ring.size() - 1] = true;
    java.util.ArrayDeque<int[]> spans = new java.util.ArrayDeque<>();
    spans.push(new int[] {0, ring.size() - 1});
    while (!spans.isEmpty()) {
      int[] span = spans.pop();
      int farthest = -1;
      double distance = MIN_STEP;
      for (int i = span[0] + 1; i < span[1]; i++) {
        double d = distanceToChord(ring.get(i), ring.get(span[0]), ring.get(span[1]));
        if (d >= distance) {
          distance = d;
          farthest = i;
        }
      }
      if (farthest > 0) {
        keep[farthest] = true;
        spans.push(new int[] {span[0], farthest});
        spans.push(new int[] {farthest, span[1]});
      }
    }
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      if (keep[i]) {
        kept.add(ring.get(i));
      }
    }
    return kept;
  }

  private static double distanceToChord(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double length = Math.hypot(dx, dy);
    if (length == 0) {
      return Math.hypot(p[0] - a[0], p[1] - a[1]);
    }
    return Math.abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / length;
  }

  /**
   * A ring as an absolute move, then relative steps between points rounded to a tenth: the steps
   * are short numbers, and taken between rounded points they add up exactly, with no drift.
   */
  private static void appendRing(StringBuilder d, List<double[]> ring) {
    long x = Math.round(ring.get(0)[0] * 10);
    long y = Math.round(ring.get(0)[1] * 10);
    d.append('M').append(Svg.num(x / 10.0)).append(',').append(Svg.num(y / 10.0)).append('l');
    for (int i = 1; i < ring.size(); i++) {
      long nx = Math.round(ring.get(i)[0] * 10);
      long ny = Math.round(ring.get(i)[1] * 10);
      if (i > 1) {
        d.append(' ');
      }
      d.append(Svg.num((nx - x) / 10.0)).append(',').append(Svg.num((ny - y) / 10.0));
      x = nx;
      y = ny;
    }
    d.append('z');
  }
}
