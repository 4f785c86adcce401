package org.diplomacytrends.common.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldDocumentTest {
  @TempDir
  Path dir;

  @Test
  void readsTheSchemaFormat() throws Exception {
    Path file = dir.resolve("dev.jsonl");
    Files.writeString(file, "{\"id\":\"dev-ja-003\",\"lang\":\"ja\",\"source\":\"https://x\",\"text\":\"本文\",\"gold\":{"
        + "\"publish_date\":\"2024-01-15\",\"province\":\"CN-ZJ\",\"city\":\"Jinhua\",\"year\":2024,"
        + "\"partner_countries\":[\"KOR\",\"JPN\"],\"domestic_partners\":[],\"visits\":[\"domestic\"],"
        + "\"agreements_min\":0,\"agreements_max\":2}}\n\n", StandardCharsets.UTF_8);
    List<GoldDocument> documents = GoldDocument.readJsonl(file);
    assertThat(documents).as("one document, blank lines skipped").hasSize(1);
    GoldDocument.Gold gold = documents.get(0).gold();
    assertThat(gold.publishDate()).as("date").isEqualTo("2024-01-15");
    assertThat(gold.partnerCountries()).as("sorted partners").containsExactly("JPN", "KOR");
    assertThat(gold.agreementsMax()).as("max").isEqualTo(2);
  }

  @Test
  void namesFileLineAndProblemForBadInput() throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"text\":\"t\",\"gold\":{}}\n{not json\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldDocument.readJsonl(file)).as("broken JSON on line 2")
        .isInstanceOf(GoldDocument.FormatException.class)
        .hasMessageContaining("bad.jsonl:2").hasMessageContaining("not valid JSON");
    Files.writeString(file, "{\"id\":\"a\",\"text\":\"t\",\"gold\":{\"publish_date\":\"2024-13-45\"}}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldDocument.readJsonl(file)).as("impossible date")
        .hasMessageContaining("bad.jsonl:1").hasMessageContaining("publish_date");
    Files.writeString(file, "{\"id\":\"a\",\"gold\":{}}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldDocument.readJsonl(file)).as("missing text").hasMessageContaining("\"text\"");
  }
}
