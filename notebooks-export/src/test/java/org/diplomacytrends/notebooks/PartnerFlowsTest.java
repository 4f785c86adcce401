package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The province × country flows: one curve per pair, width by visits + agreements, escaped tooltips. */
class PartnerFlowsTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private static final List<PartnerFlows.Flow> FLOWS = List.of(
      new PartnerFlows.Flow("CN-HL", "Heilongjiang", "RUS", "Russia", 6, 4, 12),
      new PartnerFlows.Flow("CN-YN", "Yunnan", "LAO", "Laos", 3, 2, 0),
      new PartnerFlows.Flow("CN-YN", "Yunnan", "VNM", "Viet <Nam>", 2, 0, 0),
      new PartnerFlows.Flow("CN-GX", "Guangxi", "VNM", "Viet <Nam>", 4, 5, 1));

  @Test
  void eachPairIsACurveAsWideAsItsVisitsAndAgreements() {
    String svg = PartnerFlows.svg(FLOWS);
    Document doc = SvgAssertions.parse(svg);
    List<Element> links = links(doc);
    assertThat(links).as("one curve per province-country pair").hasSize(4);
    Element russia = link(links, "Heilongjiang 黑龙江 – Russia 俄罗斯: 4 visits, 12 agreements; 6 articles");
    Element laos = link(links, "Yunnan 云南 – Laos 老挝: 2 visits, 0 agreements; 3 articles");
    assertThat(Double.parseDouble(russia.getAttribute("stroke-width"))).as("the heaviest pair: the widest curve")
        .isEqualTo(PartnerFlows.MAX_STROKE);
    assertThat(Double.parseDouble(laos.getAttribute("stroke-width"))).as("2 of 16: an eighth of the width")
        .isEqualTo(2.0);
    Element namedOnly = link(links, "Yunnan 云南 – Viet <Nam> 越南: 0 visits, 0 agreements; 2 articles");
    assertThat(namedOnly.getAttribute("stroke-dasharray")).as("named in articles only: dotted").isNotEmpty();
    assertThat(svg).as("names escaped").doesNotContain("<Nam>").contains("Viet &lt;Nam&gt;");
  }

  @Test
  void placesAreOrderedByWeightWithTheirTotals() {
    Document doc = SvgAssertions.parse(PartnerFlows.svg(FLOWS));
    NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "g");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element g = (Element) nodes.item(i);
      if (g.getAttribute("class").equals("node")) {
        labels.add(g.getElementsByTagNameNS(SVG_NS, "text").item(0).getTextContent());
      }
    }
    assertThat(labels).as("provinces then countries, heaviest first: (visits + agreements; articles)").containsExactly(
        "Heilongjiang 黑龙江 (16; 6)", "Guangxi 广西 (6; 4)", "Yunnan 云南 (2; 5)",
        "Russia 俄罗斯 (16; 6)", "Viet <Nam> 越南 (6; 6)", "Laos 老挝 (2; 3)");
  }

  @Test
  void noFlowNoFigure() {
    assertThat(PartnerFlows.svg(List.of())).as("nothing to draw").isNull();
  }

  private static List<Element> links(Document doc) {
    NodeList paths = doc.getElementsByTagNameNS(SVG_NS, "path");
    List<Element> links = new ArrayList<>();
    for (int i = 0; i < paths.getLength(); i++) {
      links.add((Element) paths.item(i));
    }
    return links;
  }

  private static Element link(List<Element> links, String tooltip) {
    return links.stream().filter(l -> l.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent().equals(tooltip))
        .findFirst().orElseThrow(() -> new AssertionError("no link titled " + tooltip + " in "
            + links.stream().map(l -> l.getTextContent()).toList()));
  }
}
