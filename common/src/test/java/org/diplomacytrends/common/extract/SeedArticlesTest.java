package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacytrends.common.SharedData;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.Evidence;
import org.diplomacytrends.common.model.PartnerMention;
import org.junit.jupiter.api.Test;

/** The five real seed articles: subject, city, partners, counts, and evidence offsets into the original text. */
class SeedArticlesTest {
  private static ArticleExtraction extract(String prefix) throws IOException {
    Path dir = SharedData.dir("seeds");
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
    }
    assumeTrue(file != null, "skipped: seed " + prefix + " not found in " + dir);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    ArticleExtraction extraction = ArticleExtractor.shared().extract(ArticleInput.ofText(file.toString(), text));
    assertEvidenceOffsets(text, extraction);
    return extraction;
  }

  private static void assertEvidenceOffsets(String text, ArticleExtraction extraction) {
    for (Event event : extraction.events()) {
      assertSentence(text, event.evidence(), "evidence of " + event.kind());
    }
    for (PartnerMention mention : extraction.partnerMentions()) {
      assertSentence(text, mention.firstEvidence(), "first evidence of partner " + mention.countryCode());
    }
    if (extraction.provinceEvidence() != null) {
      assertSentence(text, extraction.provinceEvidence(), "province evidence");
    }
  }

  private static void assertSentence(String text, Evidence evidence, String what) {
    assertThat(evidence).as(what).isNotNull();
    assertThat(text.substring(evidence.start(), evidence.end())).as(what + " points at its sentence in the original text")
        .isEqualTo(evidence.sentence());
    assertThat(evidence.sentence()).as(what + " is trimmed and not empty").isNotBlank().isEqualTo(evidence.sentence().strip());
  }

  @Test
  void seed000JapaneseZhejiangJinhua() throws IOException {
    ArticleExtraction e = extract("000_");
    assertThat(e.provinceCode()).as("subject province").isEqualTo("CN-ZJ");
    assertThat(e.city()).as("city").isEqualToIgnoringCase("Jinhua");
    assertThat(e.publishDate()).as("publish date").hasToString("2024-01-15");
    assertThat(e.activityYear()).as("activity year").isEqualTo(2024);
  }

  @Test
  void seed001RussianJilinChangchun() throws IOException {
    ArticleExtraction e = extract("001_");
    assertThat(e.provinceCode()).as("subject province").isEqualTo("CN-JL");
    assertThat(e.city()).as("city").isEqualToIgnoringCase("Changchun");
    assertThat(e.publishDate()).as("publish date").hasToString("2018-05-04");
  }

  @Test
  void seed002ChongqingAnnualReport() throws IOException {
    ArticleExtraction e = extract("002_");
    assertThat(e.provinceCode()).as("subject province").isEqualTo("CN-CQ");
    assertThat(e.city()).as("a municipality has no city").isNull();
    assertThat(e.partnerCountries()).as("partner countries").contains("SGP", "VNM", "RUS").doesNotContain("CHN");
    assertThat(e.activityYear()).as("the report covers the year just ended").isEqualTo(2023);
    assertThat(e.agreementCount()).as("agreements").isBetween(1, 12);
  }

  @Test
  void seed003KoreanHeilongjiangHarbin() throws IOException {
    ArticleExtraction e = extract("003_");
    assertThat(e.provinceCode()).as("subject province").isEqualTo("CN-HL");
    assertThat(e.city()).as("city").isEqualToIgnoringCase("Harbin");
    assertThat(e.partnerCountries()).as("partner countries").contains("RUS");
    assertThat(e.publishDate()).as("publish date").hasToString("2024-05-21");
  }

  @Test
  void seed004JapaneseDalianWithGuizhouPartner() throws IOException {
    ArticleExtraction e = extract("004_");
    assertThat(e.provinceCode()).as("subject province").isEqualTo("CN-LN");
    assertThat(e.city()).as("city").isEqualToIgnoringCase("Dalian");
    assertThat(e.domesticPartners()).as("domestic partners").containsExactly("CN-GZ");
    assertThat(e.agreementCount()).as("agreements signed at the meeting").isBetween(11, 13);
    assertThat(e.publishDate()).as("publish date").hasToString("2018-09-13");
    List<String> directions = e.visitDirections().stream().map(d -> d.code()).toList();
    assertThat(directions).as("visit directions").contains("domestic");
  }
}
