package org.diplomacytrends.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomacytrends.common.gazetteer.Provinces;

/**
 * The outlines of China's 34 provincial-level divisions, read from the boundary file the project
 * ships ({@code map/china.json}: Apache ECharts 4.1.0, unchanged, see {@code map/NOTICE.txt}),
 * keyed by the ISO 3166-2:CN codes the gazetteer and the gold tables use.
 */
public final class ProvinceShapes {
  private ProvinceShapes() {}

  /** Where the boundary file lies on the class path. */
  static final String RESOURCE = "map/china.json";

  /** ECharts' quantisation: coordinates are stored as integers of 1/1024 degree. */
  private static final double ECHARTS_SCALE = 1024;

  /**
   * The file's GB/T 2260 codes (feature ids) to ISO 3166-2:CN, as in the gazetteer's
   * {@code cn_divisions.tsv}; an explicit table rather than a name match, so no outline can land
   * on the wrong province.
   */
  static final Map<String, String> GB_TO_ISO = Provinces.isoByGbCode();

  /**
   * One division's outline.
   *
   * @param isoCode ISO 3166-2:CN code ("CN-GD")
   * @param nameZh the file's name ("广东")
   * @param rings closed rings of (longitude, latitude) points; holes are rings too (drawn even-odd)
   */
  public record Shape(String isoCode, String nameZh, List<List<double[]>> rings) {
    /** Smallest and largest longitude and latitude: {minLon, minLat, maxLon, maxLat}. */
    public double[] bounds() {
      double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
      for (List<double[]> ring : rings) {
        for (double[] p : ring) {
          b[0] = Math.min(b[0], p[0]);
          b[1] = Math.min(b[1], p[1]);
          b[2] = Math.max(b[2], p[0]);
          b[3] = Math.max(b[3], p[1]);
        }
      }
      return b;
    }
  }

  private static volatile Map<String, Shape> loaded;

  /** Every division, by ISO code, in the file's order (read once). */
  public static Map<String, Shape> all() {
    Map<String, Shape> shapes = loaded;
    if (shapes == null) {
      try (InputStream in = ProvinceShapes.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("boundary file missing from the class path: " + RESOURCE);
        }
        shapes = parse(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      loaded = shapes;
    }
    return shapes;
  }

  /** The shapes of an ECharts GeoJSON feature collection (encoded or plain coordinates). */
  static Map<String, Shape> parse(JsonNode collection) {
    boolean encoded = collection.path("UTF8Encoding").asBoolean(false);
    double scale = collection.path("UTF8Scale").asDouble(ECHARTS_SCALE);
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (JsonNode feature : collection.path("features")) {
      String gb = feature.path("id").asText();
      String iso = GB_TO_ISO.get(gb);
      if (iso == null) {
        throw new IllegalStateException("boundary file: unknown division id " + gb);
      }
      JsonNode geometry = feature.path("geometry");
      JsonNode coordinates = geometry.path("coordinates");
      JsonNode offsets = geometry.path("encodeOffsets");
      List<List<double[]>> rings = new ArrayList<>();
      switch (geometry.path("type").asText()) {
        case "Polygon" -> addPolygon(rings, coordinates, offsets, encoded, scale);
        case "MultiPolygon" -> {
          for (int p = 0; p < coordinates.size(); p++) {
            addPolygon(rings, coordinates.get(p), offsets.path(p), encoded, scale);
          }
        }
        default -> throw new IllegalStateException("boundary file: " + gb + " is a " + geometry.path("type").asText());
      }
      shapes.put(iso, new Shape(iso, feature.path("properties").path("name").asText(), List.copyOf(rings)));
    }
    return Collections.unmodifiableMap(shapes);
  }

  private static void addPolygon(List<List<double[]>> rings, JsonNode polygon, JsonNode offsets, boolean encoded,
      double scale) {
    for (int r = 0; r < polygon.size(); r++) {
      JsonNode ring = polygon.get(r);
      if (encoded) {
        JsonNode offset = offsets.get(r);
        rings.add(decodeRing(ring.asText(), offset.get(0).asInt(), offset.get(1).asInt(), scale));
      } else {
        List<double[]> points = new ArrayList<>(ring.size());
        ring.forEach(p -> points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        rings.add(points);
      }
    }
  }

  /**
   * ECharts' ring decoding: each pair of characters is a zigzag-encoded delta (character code
   * minus 64) from the previous point, starting at the ring's offset, in units of 1/scale degree.
   */
  static List<double[]> decodeRing(String encoded, int offsetX, int offsetY, double scale) {
    List<double[]> points = new ArrayList<>(encoded.length() / 2);
    int prevX = offsetX;
    int prevY = offsetY;
    for (int i = 0; i + 1 < encoded.length(); i += 2) {
      int x = encoded.charAt(i) - 64;
      int y = encoded.charAt(i + 1) - 64;
      x = (x >> 1) ^ (-(x & 1));
      y = (y >> 1) ^ (-(y & 1));
      x += prevX;
      y += prevY;
      prevX = x;
      prevY = y;
      points.add(new double[] {x / scale, y / scale});
    }
    return points;
  }
}
