package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.diplomacytrends.common.model.VisitDirection;
import org.junit.jupiter.api.Test;

/** Small made-up articles: counts, directions, counterparts, robustness. */
class ArticleExtractorTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.shared();

  private static ArticleExtraction extract(String text) {
    return EXTRACTOR.extract(ArticleInput.ofText("test", text));
  }

  @Test
  void countsAgreementsWrittenWithNumbers() {
    assertThat(extract("浙江省代表团访问日本\n2024-03-01\n浙江省与日本静冈县签署12项合作协议。").agreementCount())
        .as("签署12项").isEqualTo(12);
    assertThat(extract("Yunnan signs MoUs with Sarawak\n2017-03-22\nYunnan Province and Sarawak signed four MoUs in Kunming.")
        .agreementCount()).as("four MoUs").isEqualTo(4);
    assertThat(extract("山東省と山口県が交流\n2012-04-19\n山東省外事弁公室は山口県と協定2件に調印した。").agreementCount())
        .as("2件").isEqualTo(2);
    assertThat(extract("하이난성, 제주도와 협약\n2015-11-27\n하이난성과 한국 제주도는 교류 협력 협약 3건을 체결했다.").agreementCount())
        .as("3건").isEqualTo(3);
    assertThat(extract("Провинция Хэйлунцзян и Амурская область\n2024-05-01\nПровинция Хэйлунцзян и Россия подписали три соглашения.")
        .agreementCount()).as("три соглашения").isEqualTo(3);
  }

  @Test
  void theSameSigningReportedTwiceCountsOnce() {
    String text = "Yunnan and Sarawak sign four MoUs\n2017-03-22\n"
        + "The signing of four memorandums of understanding (MoUs) strengthened ties between Sarawak and Yunnan Province.\n"
        + "Sarawak and the Yunnan governor signed an MoU on friendship.\n"
        + "The state government also inked three other MoUs with the Yunnan provincial government.\n"
        + "The signing of the four MoUs was a historic day for Sarawak and Yunnan Province.";
    assertThat(extract(text).agreementCount()).as("a summary with its parts").isEqualTo(4);
  }

  @Test
  void visitDirectionsFromTheSubjectsPointOfView() {
    ArticleExtraction outbound = extract("阮成发率云南省政府代表团访问老挝\n2019-06-05\n省长阮成发率云南省政府代表团访问老挝。");
    assertThat(outbound.provinceCode()).as("subject").isEqualTo("CN-YN");
    assertThat(outbound.visitDirections()).as("a delegation going abroad").containsExactly(VisitDirection.OUTBOUND);
    assertThat(outbound.partnerCountries()).as("partner").containsExactly("LAO");

    ArticleExtraction inbound = extract("山口県知事らが山東省を訪問\n2012-04-18\n山口県の知事一行が山東省を訪問し、済南で会談した。");
    assertThat(inbound.provinceCode()).as("subject of a foreign text").isEqualTo("CN-SD");
    assertThat(inbound.visitDirections()).as("foreign guests coming").containsExactly(VisitDirection.INBOUND);

    ArticleExtraction domestic = extract("忻州市外办赴舟山调研\n2023-06-01\n忻州市外办主任一行赴舟山市开展外事工作学习调研。");
    assertThat(domestic.provinceCode()).as("the travellers' province").isEqualTo("CN-SX");
    assertThat(domestic.domesticPartners()).as("the province visited").containsExactly("CN-ZJ");
    assertThat(domestic.visitDirections()).as("a study trip inside China").containsExactly(VisitDirection.DOMESTIC);
  }

  @Test
  void eventsTakeTheirCounterpartFromTheirOwnSentence() {
    ArticleExtraction e = extract("云南省代表团出访\n2019-06-05\n省长率云南省代表团访问老挝。代表团随后访问越南。");
    List<Event> visits = e.events().stream().filter(v -> v.kind() == EventKind.VISIT_OUTBOUND).toList();
    assertThat(visits).as("one visit per sentence").extracting(Event::counterpartCode).contains("LAO", "VNM");
    for (Event event : e.events()) {
      String text = "云南省代表团出访\n2019-06-05\n省长率云南省代表团访问老挝。代表团随后访问越南。";
      assertThat(text.substring(event.evidence().start(), event.evidence().end())).as("evidence offsets")
          .isEqualTo(event.evidence().sentence());
    }
  }

  @Test
  void aTextWithoutAChineseProvinceHasNoSubjectAndNoFacts() {
    ArticleExtraction e = extract("Татарстан и Беларусь подписали в Минске 4 соглашения о сотрудничестве.");
    assertThat(e.provinceCode()).as("no Chinese province").isNull();
    assertThat(e.partnerCountries()).as("no partners without a subject").isEmpty();
    assertThat(e.agreementCount()).as("no agreements without a subject").isZero();
  }

  @Test
  void neverThrowsOnAnyText() {
    StringBuilder garbage = new StringBuilder();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      garbage.append((char) random.nextInt(0x10000));
    }
    String longLine = "浙江省代表团访问日本。".repeat(100_000);
    for (String text : List.of("", " ", "\n\n\n", garbage.toString(), longLine, "\uD800\uDC00\uD800", "2024-13-45")) {
      assertThatCode(() -> extract(text)).as("text of length " + text.length()).doesNotThrowAnyException();
    }
    ArticleExtraction empty = extract("");
    assertThat(empty.partnerCountries()).as("lists are never null").isEmpty();
  }

  @Test
  void metadataWinsWhenItParses() {
    ArticleInput input = new ArticleInput("id", "src", "Meta title", "浙江省代表团访问日本\n2024-03-01\n正文。", "2024-03-02", "zh");
    ArticleExtraction e = EXTRACTOR.extract(input);
    assertThat(e.title()).as("metadata title").isEqualTo("Meta title");
    assertThat(e.publishDate()).as("metadata date").isEqualTo("2024-03-02");
  }

  @Test
  void isThreadSafeAndDeterministic() throws Exception {
    String text = "彭清华率广西代表团访问越南\n09.11.2015  09:26\n彭清华与越南广宁省委书记阮文读签署友好交流协议。";
    ArticleExtraction expected = extract(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ArticleExtraction>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> extract(text)));
      }
      for (Future<ArticleExtraction> result : results) {
        assertThat(result.get()).as("same result on every thread").isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
