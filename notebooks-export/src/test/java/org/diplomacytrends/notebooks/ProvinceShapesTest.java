package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped boundary file decodes to the right places under the gazetteer's codes. */
class ProvinceShapesTest {

  @Test
  void allThirtyFourDivisionsDecodeUnderTheGazetteersCodes() {
    Map<String, ProvinceShapes.Shape> shapes = ProvinceShapes.all();
    assertThat(shapes).as("divisions in map/china.json").hasSize(34);
    assertThat(shapes.keySet()).as("ISO 3166-2:CN codes, as in cn_divisions.tsv")
        .containsExactlyInAnyOrderElementsOf(ProvinceShapes.GB_TO_ISO.values());
    assertThat(shapes.values()).as("every division has rings of at least a triangle, inside China's extent")
        .allSatisfy(shape -> {
          assertThat(shape.rings()).as(shape.isoCode()).isNotEmpty().allSatisfy(r -> assertThat(r).hasSizeGreaterThanOrEqualTo(3));
          double[] b = shape.bounds();
          assertThat(b[0]).as("%s west", shape.isoCode()).isGreaterThan(73);
          assertThat(b[2]).as("%s east", shape.isoCode()).isLessThan(135.2);
          assertThat(b[1]).as("%s south", shape.isoCode()).isGreaterThan(17);
          assertThat(b[3]).as("%s north", shape.isoCode()).isLessThan(54);
        });
    assertThat(shapes.get("CN-GD").nameZh()).as("the file's name for 440000").isEqualTo("广东");
    assertThat(shapes.get("CN-HL").nameZh()).as("the file's name for 230000").isEqualTo("黑龙江");
  }

  @Test
  void knownCitiesLieInTheirProvince() {
    assertInside("CN-GD", 113.26, 23.13, "Guangzhou");
    assertInside("CN-BJ", 116.40, 39.90, "Beijing");
    assertInside("CN-HL", 126.63, 45.75, "Harbin");
    assertInside("CN-XJ", 87.62, 43.82, "Ürümqi");
    assertThat(contains(ProvinceShapes.all().get("CN-GX"), 113.26, 23.13)).as("Guangzhou is not in Guangxi").isFalse();
  }

  @Test
  void decodingFollowsEchartsZigzagDeltas() {
    // "@@" is a zero step: the first point is the offset itself; 'A' (65 → 1) zigzags to −1, 'B' (2) to +1.
    List<double[]> ring = ProvinceShapes.decodeRing("@@BA", 1024 * 100, 1024 * 30, 1024);
    assertThat(ring).as("points").hasSize(2);
    assertThat(ring.get(0)).as("first point: the offset / 1024").containsExactly(100.0, 30.0);
    assertThat(ring.get(1)).as("second point: +1 and −1 units of 1/1024 degree")
        .containsExactly(100 + 1 / 1024.0, 30 - 1 / 1024.0);
  }

  private static void assertInside(String code, double lon, double lat, String city) {
    ProvinceShapes.Shape shape = ProvinceShapes.all().get(code);
    double[] b = shape.bounds();
    assertThat(lon).as("%s longitude within the bounding box of %s", city, code).isBetween(b[0], b[2]);
    assertThat(lat).as("%s latitude within the bounding box of %s", city, code).isBetween(b[1], b[3]);
    assertThat(contains(shape, lon, lat)).as("%s inside the outline of %s", city, code).isTrue();
  }

  /** Even-odd ray casting over all rings. */
  private static boolean contains(ProvinceShapes.Shape shape, double x, double y) {
    boolean inside = false;
    for (List<double[]> ring : shape.rings()) {
      for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        double[] a = ring.get(i);
        double[] c = ring.get(j);
        if ((a[1] > y) != (c[1] > y) && x < (c[0] - a[0]) * (y - a[1]) / (c[1] - a[1]) + a[0]) {
          inside = !inside;
        }
      }
    }
    return inside;
  }
}
