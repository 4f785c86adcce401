package org.diplomacytrends.common.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplomacytrends.common.SharedData;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;

/** Runs the evaluator on the shared dev set and checks the project's targets overall and per language. */
class DevSetAccuracyTest {
  @Test
  void devSetMeetsTargets() throws IOException {
    Path dir = SharedData.dir("eval");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "skipped: no .jsonl files in " + dir);
    List<GoldDocument> documents = new ArrayList<>();
    for (Path file : files) {
      documents.addAll(GoldDocument.readJsonl(file));
    }
    EvalReport report = Evaluator.evaluate(documents, ArticleExtractor.shared());
    System.out.println(report.toText());
    System.out.println(report.toJson());

    Scores overall = report.overall();
    assertThat(overall.provinceAccuracy()).as("province accuracy overall").isGreaterThanOrEqualTo(0.95);
    assertThat(overall.yearAccuracy()).as("year accuracy overall").isGreaterThanOrEqualTo(0.90);
    assertThat(overall.publishDateAccuracy()).as("publish date accuracy overall").isGreaterThanOrEqualTo(0.95);
    assertThat(overall.partnerCountries().f1()).as("partner countries F1 overall").isGreaterThanOrEqualTo(0.90);
    assertThat(overall.domesticPartners().f1()).as("domestic partners F1 overall").isGreaterThanOrEqualTo(0.80);
    assertThat(overall.visits().f1()).as("visits F1 overall").isGreaterThanOrEqualTo(0.85);
    assertThat(overall.agreementsInRange()).as("agreements in range overall").isGreaterThanOrEqualTo(0.80);
    for (Map.Entry<String, Scores> entry : report.byLanguage().entrySet()) {
      String lang = entry.getKey();
      Scores scores = entry.getValue();
      assertThat(scores.provinceAccuracy()).as("province accuracy for " + lang)
          .isGreaterThanOrEqualTo(0.8 * overall.provinceAccuracy());
      assertThat(scores.yearAccuracy()).as("year accuracy for " + lang).isGreaterThanOrEqualTo(0.8 * overall.yearAccuracy());
      assertThat(scores.publishDateAccuracy()).as("publish date accuracy for " + lang)
          .isGreaterThanOrEqualTo(0.8 * overall.publishDateAccuracy());
      assertThat(scores.partnerCountries().f1()).as("partner countries F1 for " + lang)
          .isGreaterThanOrEqualTo(0.8 * overall.partnerCountries().f1());
      assertThat(scores.domesticPartners().f1()).as("domestic partners F1 for " + lang)
          .isGreaterThanOrEqualTo(0.8 * overall.domesticPartners().f1());
      assertThat(scores.visits().f1()).as("visits F1 for " + lang).isGreaterThanOrEqualTo(0.8 * overall.visits().f1());
      assertThat(scores.agreementsInRange()).as("agreements in range for " + lang)
          .isGreaterThanOrEqualTo(0.8 * overall.agreementsInRange());
    }
  }
}
