package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The choropleth: every province drawn, shaded by class, named and escaped, small enough to inline. */
class ProvinceMapTest {

  private static final List<ProvinceMap.Province> FIGURES = List.of(
      new ProvinceMap.Province("CN-HL", "Heilongjiang", 9, 20, 23),
      new ProvinceMap.Province("CN-GD", "Guang<dong> & \"Co\"", 4, 3, 1),
      new ProvinceMap.Province("CN-YN", "Yunnan", 5, 2, 0),
      new ProvinceMap.Province("CN-SC", "Sichuan", 2, 0, 0));

  @Test
  void everyDivisionIsAPathWithItsFiguresInATooltip() {
    String svg = ProvinceMap.svg(FIGURES);
    Document doc = SvgAssertions.parse(svg);
    NodeList paths = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      codes.add(path.getAttribute("data-code"));
      assertThat(path.getAttribute("d")).as("outline of %s", path.getAttribute("data-code")).startsWith("M").contains("z");
    }
    assertThat(codes).as("one path per division of the boundary file").hasSize(34).doesNotHaveDuplicates()
        .contains("CN-MO", "CN-HK", "CN-TW");
    assertThat(tooltipOf(doc, "CN-GD")).as("name read back from the XML: escaped on the way in, intact on the way out")
        .isEqualTo("Guang<dong> & \"Co\" 广东 (CN-GD): 3 visits, 1 agreements; 4 articles");
    assertThat(svg).as("markup in a name never reaches the page").doesNotContain("<dong>");
    assertThat(tooltipOf(doc, "CN-QH")).as("a province without rows").isEqualTo("CN-QH 青海: no article counted");
    assertThat(svg.length()).as("simplified outlines keep the page small").isLessThan(90_000);
  }

  @Test
  void fillsFollowTheClassesAndTheLegendNamesNoDataAndZero() {
    Document doc = SvgAssertions.parse(ProvinceMap.svg(FIGURES));
    assertThat(fillOf(doc, "CN-HL")).as("the most active: darkest class").isEqualTo(Svg.hex(ProvinceMap.BLUES.get(4)));
    assertThat(fillOf(doc, "CN-SC")).as("articles but no visit or agreement").isEqualTo(Svg.hex(ProvinceMap.ZERO));
    assertThat(fillOf(doc, "CN-QH")).as("no counted article").isEqualTo(Svg.hex(ProvinceMap.NO_DATA));
    assertThat(fillOf(doc, "CN-YN")).as("the least active of three: lightest class").isEqualTo(Svg.hex(ProvinceMap.BLUES.get(0)));
    String legend = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").item(1).getTextContent();
    assertThat(legend).as("legend: class bounds, zero and no data")
        .contains("Visits + agreements, all years", "2", "3–4", "5–43", "0 (articles, but no visit or agreement)", "no article counted");
  }

  @Test
  void classBoundsAreQuantilesMergedWhereValuesRepeat() {
    assertThat(ProvinceMap.classBounds(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)))
        .as("ten values, five classes of two").containsExactly(2L, 4L, 6L, 8L, 10L);
    assertThat(ProvinceMap.classBounds(List.of(5L, 5L, 5L, 40L))).as("two distinct values: two classes").containsExactly(5L, 40L);
    assertThat(ProvinceMap.classBounds(List.of(0L))).as("nothing positive: no class").isEmpty();
    assertThat(ProvinceMap.classColours(2)).as("two classes: the lightest and the darkest blue")
        .containsExactly(ProvinceMap.BLUES.get(0), ProvinceMap.BLUES.get(4));
  }

  @Test
  void simplificationDropsPointsWithinHalfAPixelOfTheLineButKeepsCornersAndEnds() {
    List<double[]> line = List.of(new double[] {0, 0}, new double[] {1, 0.3}, new double[] {2, 0},
        new double[] {3, 0.2}, new double[] {4, 0}, new double[] {4, 3}, new double[] {4.4, 6});
    assertThat(ProvinceMap.simplify(line)).as("kept points: the wobbles under 0.5 go, the corner stays")
        .extracting(p -> p[0] + "," + p[1])
        .containsExactly("0.0,0.0", "4.0,0.0", "4.4,6.0");
  }

  private static Element pathOf(Document doc, String code) {
    NodeList paths = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      if (path.getAttribute("data-code").equals(code)) {
        return path;
      }
    }
    throw new AssertionError("no path for " + code);
  }

  @Test
  void divisionsTooSmallToSeeGetAMarkerInTheirFillWithTheirTooltip() {
    List<ProvinceMap.Province> figures = new ArrayList<>(FIGURES);
    figures.add(new ProvinceMap.Province("CN-HK", "Hong Kong", 3, 2, 0));
    Document doc = SvgAssertions.parse(ProvinceMap.svg(figures));
    NodeList circles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
    List<String> marked = new ArrayList<>();
    for (int i = 0; i < circles.getLength(); i++) {
      Element circle = (Element) circles.item(i);
      String code = circle.getAttribute("data-code");
      marked.add(code);
      assertThat(circle.getAttribute("fill")).as("marker of %s in the division's fill", code).isEqualTo(fillOf(doc, code));
      assertThat(circle.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
          .as("marker of %s with the division's tooltip", code).isEqualTo(tooltipOf(doc, code));
    }
    assertThat(marked).as("Hong Kong and Macao are marked; provinces one can see are not")
        .contains("CN-HK", "CN-MO").doesNotContain("CN-GD", "CN-HL", "CN-BJ");
    assertThat(tooltipOf(doc, "CN-HK")).as("Hong Kong's figures").contains("2 visits");
  }

  private static String tooltipOf(Document doc, String code) {
    return pathOf(doc, code).getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
  }

  private static String fillOf(Document doc, String code) {
    return pathOf(doc, code).getAttribute("fill");
  }
}
