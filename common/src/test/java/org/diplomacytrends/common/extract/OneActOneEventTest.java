package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.junit.jupiter.api.Test;

/**
 * An extracted event is one real act with all its evidence: restatements (headline and body, a
 * translation in the same page, a summary) merge, page furniture reports nothing, and a tour of
 * several countries is one visit per country. Made-up articles written for these rules.
 */
class OneActOneEventTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.shared();

  private static ArticleExtraction extract(String text) {
    return EXTRACTOR.extract(ArticleInput.ofText("test", text));
  }

  private static List<Event> visits(ArticleExtraction x, EventKind kind) {
    return x.events().stream().filter(e -> e.kind() == kind).toList();
  }

  @Test
  void headlineAndBodyAreOneVisitWithBothSentences() {
    ArticleExtraction x = extract("云南省代表团访问老挝\n2024-03-12\n"
        + "3月10日,云南省副省长率云南省政府代表团访问老挝,会见了老挝国家副主席。"
        + "访问期间,代表团还考察了中老铁路沿线项目。");
    List<Event> outbound = visits(x, EventKind.VISIT_OUTBOUND);
    assertThat(outbound).as("one trip told in the headline and twice in the body").hasSize(1);
    assertThat(outbound.get(0).counterpartCode()).isEqualTo("LAO");
    assertThat(outbound.get(0).allEvidence()).as("every sentence that tells it is kept").hasSizeGreaterThanOrEqualTo(2);
    assertThat(outbound.get(0).evidence().sentence()).as("the first report is the evidence").startsWith("云南省代表团访问老挝");
  }

  @Test
  void aTranslationInTheSamePageAddsNoVisit() {
    ArticleExtraction x = extract("四川省代表团访问匈牙利\n2024-05-20\n"
        + "5月18日,四川省省长率四川省政府代表团访问匈牙利,双方签署了3项合作协议。\n\n"
        + "On May 18, the Governor of Sichuan Province led a Sichuan government delegation to Hungary, "
        + "and the two sides signed 3 cooperation agreements.");
    assertThat(visits(x, EventKind.VISIT_OUTBOUND)).as("the English paragraph translates the Chinese one").hasSize(1);
    assertThat(x.agreementCount()).as("three agreements, told in two languages").isEqualTo(3);
  }

  @Test
  void aSummaryListsActsWithTheirOwnFiguresApart() {
    ArticleExtraction x = extract("湖北省外事工作综述\n2024-01-10\n"
        + "湖北与法国在汽车领域的合作不断深化。全年共有36批外国政府代表团来湖北访问。全年有120名外国记者来湖北采访。");
    assertThat(visits(x, EventKind.VISIT_INBOUND)).as("36 delegations and 120 journalists are two acts")
        .hasSize(2);
  }

  @Test
  void aTourOfSeveralCountriesIsOneVisitPerCountry() {
    ArticleExtraction x = extract("广西代表团访问越南、老挝和柬埔寨\n2024-06-30\n"
        + "6月20日至28日,广西壮族自治区主席率广西代表团访问越南、老挝和柬埔寨。");
    assertThat(visits(x, EventKind.VISIT_OUTBOUND)).extracting(Event::counterpartCode)
        .as("one visit per destination country").containsExactlyInAnyOrder("VNM", "LAO", "KHM");

    ArticleExtraction en = extract("Guangxi delegation tours Southeast Asia\n2024-06-30\n"
        + "A Guangxi government delegation led by the chairman visited Vietnam, Laos and Cambodia from June 20 to 28.");
    assertThat(visits(en, EventKind.VISIT_OUTBOUND)).extracting(Event::counterpartCode)
        .as("an English list").containsExactlyInAnyOrder("VNM", "LAO", "KHM");
  }

  @Test
  void pageFurnitureReportsNothing() {
    String article = "吉林省代表团访问俄罗斯\n2024-08-02\n"
        + "7月30日,吉林省副省长率吉林省政府代表团访问俄罗斯滨海边疆区,与滨海边疆区政府签署了友好合作备忘录,"
        + "双方表示将进一步扩大在农业、物流和旅游领域的合作,推动图们江区域合作不断深化。\n\n";
    ArticleExtraction plain = extract(article);
    ArticleExtraction withFurniture = extract(article
        + "相关新闻\n日本代表团来访吉林\n韩国客人访问长春\n\n"
        + "部分文章来自网络,内容仅供参考,如有侵权请联系删除!\n版权所有 吉林省人民政府外事办公室 吉ICP备05002021号");
    assertThat(withFurniture.events()).as("related links and a disclaimer add no fact")
        .hasSameSizeAs(plain.events());
    assertThat(withFurniture.visitDirections()).as("directions").isEqualTo(plain.visitDirections());
    assertThat(withFurniture.partnerCountries()).as("no partner from the related links").containsExactly("RUS");
  }

  @Test
  void agreementsWithAListOfCountriesAreAttributedAsTheTextSays() {
    ArticleExtraction each = extract("云南省与老挝、越南签署合作备忘录\n2024-04-02\n"
        + "4月1日,云南省政府代表团访问期间,云南省分别与老挝和越南签署了2份合作备忘录。");
    assertThat(each.events()).filteredOn(e -> e.kind() == EventKind.AGREEMENT).extracting(Event::counterpartCode)
        .as("two memoranda, one with each").containsExactlyInAnyOrder("LAO", "VNM");
    ArticleExtraction unattributed = extract("云南省与老挝、越南签署合作协议\n2024-04-02\n"
        + "4月1日,云南省与老挝和越南签署了5项合作协议。");
    assertThat(unattributed.events()).filteredOn(e -> e.kind() == EventKind.AGREEMENT)
        .as("five agreements, the text does not say with whom each").singleElement()
        .satisfies(e -> assertThat(e.counterpartCode()).isNull())
        .satisfies(e -> assertThat(e.count()).isEqualTo(5));
    assertThat(unattributed.agreementCount()).isEqualTo(5);
  }
}
