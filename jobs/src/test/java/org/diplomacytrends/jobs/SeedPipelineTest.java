package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five real seed articles from ../shared/seeds through the whole pipeline. */
class SeedPipelineTest {
  private static SparkSession spark;
  private static Map<String, Row> articlesBySeed;
  private static List<Row> events;
  private static List<Row> provinceYears;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runOnTheSeeds() {
    Path seeds = SharedSpark.sharedDir().resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is absent (CI puts ../shared beside the checkout)");
    spark = SharedSpark.start();
    PipelineConfig config = SharedSpark.config(dir, seeds.toString());
    PipelineJob.run(spark, config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    articlesBySeed = new DeltaTableStore(spark, config.warehouse).read(Tables.ARTICLES).collectAsList().stream()
        .collect(Collectors.toMap(r -> seedNumber(r.getAs("source")), r -> r));
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    events = store.read(Tables.EVENTS).collectAsList();
    provinceYears = store.read(Tables.PROVINCE_YEAR).collectAsList();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everySeedIsExtracted() {
    assertThat(articlesBySeed.keySet()).as("seeds in silver articles").containsExactlyInAnyOrder("000", "001", "002", "003", "004");
    assertThat(province("000")).as("seed 000 (ja, Jinhua)").isEqualTo("CN-ZJ");
    assertThat(province("001")).as("seed 001 (ru, Changchun)").isEqualTo("CN-JL");
  }

  @Test
  void seed002ChongqingAnnualReport() {
    Row seed = articlesBySeed.get("002");
    assertThat(province("002")).as("seed 002 province").isEqualTo("CN-CQ");
    assertThat(seed.<Integer>getAs("activity_year")).as("report published 2024 about 2023").isEqualTo(2023);
    assertThat(seed.getList(seed.fieldIndex("partner_countries"))).as("seed 002 partners")
        .contains("SGP", "VNM", "RUS");
  }

  @Test
  void seed003HeilongjiangWithRussia() {
    Row seed = articlesBySeed.get("003");
    assertThat(province("003")).as("seed 003 province").isEqualTo("CN-HL");
    assertThat(seed.<String>getAs("city")).as("seed 003 city").isEqualTo("Harbin");
    assertThat(seed.getList(seed.fieldIndex("partner_countries"))).as("seed 003 partners").contains("RUS");
  }

  @Test
  void seed004DalianPairedWithGuizhou() {
    Row seed = articlesBySeed.get("004");
    assertThat(province("004")).as("seed 004 province").isEqualTo("CN-LN");
    assertThat(seed.getList(seed.fieldIndex("domestic_partners"))).as("seed 004 domestic partners").contains("CN-GZ");
    assertThat(seed.<Integer>getAs("agreement_count")).as("seed 004 agreements").isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyActIsCountedOnce() {
    assertThat(kinds("000")).as("seed 000: one trip to Jinhua, told in the headline and the body")
        .containsExactly("visit_domestic");
    assertThat(kinds("003")).as("seed 003: one research trip in Harbin, headline and body").containsExactly("visit_domestic");
    assertThat(kinds("004").stream().filter(k -> k.startsWith("visit"))).as("seed 004: one visit from Liupanshui, "
        + "its signing sentence no second visit").containsExactly("visit_domestic");
    List<Row> seed002 = eventsOf("002");
    assertThat(seed002.stream().filter(e -> e.<String>getAs("kind").startsWith("visit") && e.getAs("counterpart_code") != null)
        .map(e -> e.<String>getAs("kind") + " " + e.<String>getAs("counterpart_code")))
        .as("seed 002: each trip once, though told in Chinese and again in English").doesNotHaveDuplicates()
        .contains("visit_outbound SGP");
    assertThat(seed002).extracting(e -> e.<String>getAs("evidence")).as("the site's disclaimer footer reports nothing")
        .noneMatch(sentence -> sentence.contains("仅供学习参考"));
    Row jinhua2024 = provinceYears.stream()
        .filter(r -> "CN-ZJ".equals(r.getAs("province_code")) && Integer.valueOf(2024).equals(r.getAs("year")))
        .findFirst().orElseThrow();
    assertThat(jinhua2024.<Long>getAs("domestic_visits")).as("gold: Zhejiang's domestic visits in 2024").isEqualTo(1L);
  }

  private static List<Row> eventsOf(String seed) {
    String id = articlesBySeed.get(seed).getAs("article_id");
    return events.stream().filter(e -> id.equals(e.getAs("article_id"))).toList();
  }

  private static List<String> kinds(String seed) {
    return eventsOf(seed).stream().map(e -> e.<String>getAs("kind")).toList();
  }

  private static String province(String seed) {
    return articlesBySeed.get(seed).getAs("province_code");
  }

  private static String seedNumber(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    return name.substring(0, 3);
  }
}
