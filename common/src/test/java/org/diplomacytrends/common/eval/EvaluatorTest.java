package org.diplomacytrends.common.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  @Test
  void precisionRecallAndF1Conventions() {
    assertThat(Scores.Prf.of(0, 0, 0)).as("nothing to find and nothing found").isEqualTo(new Scores.Prf(1.0, 1.0, 1.0));
    assertThat(Scores.Prf.of(0, 0, 3).precision()).as("nothing predicted: precision 1").isEqualTo(1.0);
    assertThat(Scores.Prf.of(0, 0, 3).recall()).as("nothing predicted: recall 0").isEqualTo(0.0);
    assertThat(Scores.Prf.of(0, 2, 0).f1()).as("p + r = 0 gives f1 0 only when both are 0").isEqualTo(0.0);
    assertThat(Scores.Prf.of(1, 1, 1).f1()).as("p = r = 0.5").isEqualTo(0.5);
  }

  @Test
  void reportHasExactlyTheSchemaStructure() throws Exception {
    GoldDocument.Gold gold = new GoldDocument.Gold(LocalDate.of(2019, 6, 5), "CN-YN", null, 2019, List.of("LAO"),
        List.of(), List.of("outbound"), 0, 0);
    GoldDocument doc = new GoldDocument("t-1", "zh", "test",
        "阮成发率云南省政府代表团访问老挝\n\n05.06.2019  11:52\n\n5月26日至6月4日,省长阮成发率云南省政府代表团访问老挝。", gold);
    EvalReport report = Evaluator.evaluate(new ArrayList<>(List.of(doc)), ArticleExtractor.shared());
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(json.fieldNames()).toIterable().as("top level").containsExactly("documents", "overall", "by_lang");
    assertThat(json.get("documents").asInt()).as("documents").isEqualTo(1);
    assertThat(json.get("overall").fieldNames()).toIterable().as("metrics").containsExactly("province_accuracy",
        "city_accuracy", "year_accuracy", "publish_date_accuracy", "partner_countries", "domestic_partners", "visits",
        "agreements_in_range", "visit_event_documents", "visit_events_in_range");
    assertThat(json.get("overall").get("visits").fieldNames()).toIterable().as("pair metrics")
        .containsExactly("precision", "recall", "f1");
    assertThat(json.get("by_lang").fieldNames()).toIterable().as("languages").containsExactly("zh");
    assertThat(report.overall().provinceAccuracy()).as("province right").isEqualTo(1.0);
    assertThat(report.overall().partnerCountries().f1()).as("partners right").isEqualTo(1.0);
    assertThat(report.toText()).as("readable table").contains("province_accuracy").contains("overall");
  }

  @Test
  void visitEventsAreCountedPerDirectionOnlyWhereLabelled() throws Exception {
    String text = "云南省政府代表团访问老挝和越南\n\n2019年6月5日\n\n5月26日至6月4日,省长阮成发率云南省政府代表团访问老挝和越南。";
    GoldDocument.Range none = new GoldDocument.Range(0, 0);
    GoldDocument.Gold twoTrips = new GoldDocument.Gold(LocalDate.of(2019, 6, 5), "CN-YN", null, 2019,
        List.of("LAO", "VNM"), List.of(), List.of("outbound"), 0, 0,
        java.util.Map.of("outbound", new GoldDocument.Range(2, 2), "inbound", none, "domestic", none));
    GoldDocument.Gold oneTrip = new GoldDocument.Gold(LocalDate.of(2019, 6, 5), "CN-YN", null, 2019,
        List.of("LAO", "VNM"), List.of(), List.of("outbound"), 0, 0,
        java.util.Map.of("outbound", new GoldDocument.Range(1, 1), "inbound", none, "domestic", none));
    GoldDocument.Gold unlabelled = new GoldDocument.Gold(LocalDate.of(2019, 6, 5), "CN-YN", null, 2019,
        List.of("LAO", "VNM"), List.of(), List.of("outbound"), 0, 0);
    EvalReport report = Evaluator.evaluate(List.of(new GoldDocument("two", "zh", "t", text, twoTrips),
        new GoldDocument("one", "zh", "t", text, oneTrip), new GoldDocument("none", "zh", "t", text, unlabelled)),
        ArticleExtractor.shared());
    assertThat(report.overall().visitEventDocuments()).as("only labelled documents are scored").isEqualTo(2);
    assertThat(report.overall().visitEventsInRange()).as("one trip to two countries is two visits").isEqualTo(0.5);
    assertThat(report.mistakes().get(1).fields()).as("the mistake names the counts")
        .anySatisfy(m -> assertThat(m.field() + " " + m.got()).isEqualTo("visit_events {domestic=0, inbound=0, outbound=2}"));
  }

  @Test
  void splitIsFixedByIdAndCoversBothParts() {
    assertThat(EvalSplit.partOf("dev-ja-001")).as("the same id always falls in the same part")
        .isEqualTo(EvalSplit.partOf("dev-ja-001"));
    List<GoldDocument> docs = new ArrayList<>();
    GoldDocument.Gold gold = new GoldDocument.Gold(null, null, null, null, List.of(), List.of(), List.of(), 0, 0);
    for (int i = 0; i < 300; i++) {
      docs.add(new GoldDocument("doc-" + i, "en", "t", "x", gold));
    }
    int checking = EvalSplit.CHECKING.select(docs).size();
    int tuning = EvalSplit.TUNING.select(docs).size();
    assertThat(checking + tuning).as("every document in exactly one part").isEqualTo(300);
    assertThat(checking).as("about a third is held back for checking").isBetween(70, 130);
    assertThat(EvalSplit.ALL.select(docs)).as("all").hasSize(300);
  }
}
