package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.error.DiplomacyTrendsException;
import org.diplomacytrends.common.model.RankClass;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the bundled sample corpus, in one shared local session. */
class PipelineJobTest {
  private static SparkSession spark;
  private static PipelineConfig config;
  private static PipelineJob.Result first;
  private static Map<String, List<String>> tablesAfterFirstRun;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runOnTheSample() {
    spark = SharedSpark.start();
    config = SharedSpark.config(dir, SharedSpark.projectDir().resolve("data/sample").toString());
    first = PipelineJob.run(spark, config, quiet());
    tablesAfterFirstRun = snapshot();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyInputIsAccountedFor() {
    IngestJob.Result ingest = first.ingest();
    assertThat(ingest.records()).as("inputs = accepted + rejected").isEqualTo(ingest.accepted() + ingest.rejected());
    assertThat(ingest.accepted()).as("articles: 17 text files + 8 JSON lines").isEqualTo(25);
    assertThat(rows(Tables.ARTICLES_RAW)).as("articles_raw rows").hasSize(25);
    Map<String, String> reasons = store().read(Tables.REJECTED_INPUTS).collectAsList().stream()
        .collect(Collectors.toMap(r -> fileName(r.getAs("source")), r -> r.getAs("reason")));
    assertThat(reasons).as("quarantined inputs and why")
        .containsExactlyInAnyOrderEntriesOf(Map.of("empty_page.txt", "empty", "photo_0412.txt", "binary"));
    assertThat(ingest.rejectedByReason()).as("the run summary's rejected inputs by reason")
        .extracting(IngestJob.RejectedReason::reason, IngestJob.RejectedReason::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("binary", 1L), org.assertj.core.groups.Tuple.tuple("empty", 1L));
    assertThat(ingest.rejectedByReason().get(0).examples()).as("the rejected file named")
        .singleElement().asString().endsWith("photo_0412.txt");
  }

  @Test
  void eachRunWritesItsOwnLogUnderTheWarehouse() throws java.io.IOException {
    Path log = Path.of(config.warehouse, RunLogFile.LOG_DIR, first.runId() + ".log");
    assertThat(log).as("the run's log file").isRegularFile();
    String text = java.nio.file.Files.readString(log);
    assertThat(text).as("the progress lines and the summary, as printed").contains("[1/4] ingest", "[4/4] export", "done in")
        .contains("rejected binary");
  }

  @Test
  void legacyEncodingsAreDetected() {
    Map<String, String> encodings = new HashMap<>();
    for (Row row : store().read(Tables.ARTICLES_RAW).select("source", "encoding").collectAsList()) {
      encodings.put(fileName(row.getString(0)), row.getString(1));
    }
    assertThat(encodings).as("encoding per sample file")
        .containsEntry("2022_heilongjiang_khabarovsk_video_zh_gb18030.txt", "GB18030")
        .containsEntry("2024_guangxi_hongkong_zht_big5.txt", "Big5")
        .containsEntry("2024_jilin_tottori_ja_sjis.txt", "Shift_JIS")
        .containsEntry("2023_shandong_gyeonggi_ko_euckr.txt", "EUC-KR")
        .containsEntry("2023_heilongjiang_amur_ru_cp1251.txt", "windows-1251")
        .containsEntry("2022_yunnan_kunming_laos_zh.txt", "UTF-8");
  }

  @Test
  void evidenceOffsetsPointIntoTheStoredText() {
    List<Row> checks = store().read(Tables.EVENTS).join(store().read(Tables.ARTICLES_RAW), "article_id")
        .selectExpr("evidence", "substring(text, evidence_start + 1, evidence_end - evidence_start) AS quoted")
        .collectAsList();
    assertThat(checks).as("events extracted from the sample").isNotEmpty();
    for (Row row : checks) {
      assertThat(row.getString(1)).as("text at the evidence offsets").isEqualTo(row.getString(0));
    }
  }

  @Test
  void provinceYearEqualsAnIndependentCountOfSilver() {
    Map<String, long[]> expected = new TreeMap<>();
    for (Row a : store().read(Tables.ARTICLES).collectAsList()) {
      if (a.getAs("province_code") == null || a.getAs("activity_year") == null) {
        continue;
      }
      long[] sums = expected.computeIfAbsent(a.getAs("province_code") + "/" + a.getAs("activity_year"), k -> new long[2]);
      sums[0]++;
      sums[1] += (Integer) a.getAs("agreement_count");
    }
    Map<String, long[]> actual = new TreeMap<>();
    for (Row g : store().read(Tables.PROVINCE_YEAR).collectAsList()) {
      actual.put(g.getAs("province_code") + "/" + g.getAs("year"), new long[] {g.getAs("articles"), g.getAs("agreements")});
    }
    assertThat(actual.keySet()).as("province-years").isEqualTo(expected.keySet()).isNotEmpty();
    expected.forEach((key, sums) ->
        assertThat(actual.get(key)).as("articles and agreements of %s", key).containsExactly(sums));
  }

  @Test
  void provinceYearReconcilesWithItsPartnerRows() {
    // visits and agreements of a province-year = those with partner countries + with other
    // provinces (silver: the pair table has no direction) + the unattributed ones.
    Map<String, long[]> parts = new TreeMap<>();
    for (Row p : store().read(Tables.PROVINCE_PARTNER_YEAR).collectAsList()) {
      long[] sums = parts.computeIfAbsent(p.getAs("province_code") + "/" + p.getAs("year"), k -> new long[2]);
      sums[0] += (Long) p.getAs("outbound_visits") + (Long) p.getAs("inbound_visits");
      sums[1] += (Long) p.getAs("agreements");
    }
    for (Row e : store().read(Tables.EVENTS).where("counterpart_type = 'province' AND province_code IS NOT NULL AND activity_year IS NOT NULL")
        .collectAsList()) {
      long[] sums = parts.computeIfAbsent(e.getAs("province_code") + "/" + e.getAs("activity_year"), k -> new long[2]);
      String kind = e.getAs("kind");
      sums[kind.startsWith("visit_") ? 0 : 1] += kind.equals("meeting") ? 0 : (Integer) e.getAs("count");
    }
    int unattributed = 0;
    for (Row g : store().read(Tables.PROVINCE_YEAR).collectAsList()) {
      String key = g.getAs("province_code") + "/" + g.getAs("year");
      long[] sums = parts.getOrDefault(key, new long[2]);
      long visits = (Long) g.getAs("outbound_visits") + (Long) g.getAs("inbound_visits") + (Long) g.getAs("domestic_visits");
      assertThat(visits).as("visits of %s", key).isEqualTo(sums[0] + (Long) g.getAs("unattributed_visits"));
      assertThat((Long) g.getAs("agreements")).as("agreements of %s", key)
          .isEqualTo(sums[1] + (Long) g.getAs("unattributed_agreements"));
      unattributed += (Long) g.getAs("unattributed_visits") > 0 || (Long) g.getAs("unattributed_agreements") > 0 ? 1 : 0;
    }
    assertThat(unattributed).as("province-years with unattributed facts on the sample").isPositive();
  }

  @Test
  void rankMixCountsEachVisitOnceByTheRankOfItsChineseLead() {
    // An independent count from silver: each visit event by the highest Chinese rank among its actors.
    Map<String, long[]> expected = new TreeMap<>();
    for (Row e : store().read(Tables.EVENTS)
        .where("kind LIKE 'visit_%' AND province_code IS NOT NULL AND activity_year IS NOT NULL").collectAsList()) {
      RankClass lead = null;
      for (Row actor : e.<Row>getList(e.fieldIndex("actors"))) {
        RankClass rank = RankClass.ofCode(actor.getAs("rank_class"));
        if ("chinese".equals(actor.getAs("side")) && (lead == null || rank.compareTo(lead) < 0)) {
          lead = rank;
        }
      }
      assertThat((String) e.getAs("chinese_rank")).as("chinese_rank of %s", (Object) e.getAs("evidence"))
          .isEqualTo(lead == null ? null : lead.code());
      long[] mix = expected.computeIfAbsent(e.getAs("province_code") + "/" + e.getAs("activity_year"), k -> new long[3]);
      mix[lead == null ? 2 : lead.topProvincialLeader() ? 0 : 1] += (Integer) e.getAs("count");
    }
    Map<String, long[]> actual = new TreeMap<>();
    long top = 0;
    long lower = 0;
    for (Row g : store().read(Tables.PROVINCE_YEAR).collectAsList()) {
      long[] mix = {g.getAs("visits_top_leader"), g.getAs("visits_other_rank"), g.getAs("visits_rank_unnamed")};
      long visits = (Long) g.getAs("outbound_visits") + (Long) g.getAs("inbound_visits") + (Long) g.getAs("domestic_visits");
      String key = g.getAs("province_code") + "/" + g.getAs("year");
      assertThat(mix[0] + mix[1] + mix[2]).as("the rank mix of %s adds up to its visits", key).isEqualTo(visits);
      if (visits > 0) {
        actual.put(key, mix);
      }
      top += mix[0];
      lower += mix[1];
    }
    assertThat(actual.keySet()).as("province-years with visits").isEqualTo(expected.keySet());
    expected.forEach((key, mix) -> assertThat(actual.get(key)).as("rank mix of %s", key).containsExactly(mix));
    assertThat(top).as("visits led by a party secretary or governor on the sample").isPositive();
    assertThat(lower).as("visits led at a lower rank on the sample").isPositive();
  }

  @Test
  void csvFilesMirrorTheGoldTables() throws IOException {
    for (TableSpec spec : Tables.GOLD) {
      Path csv = Path.of(config.csvDir(), spec.name() + ".csv");
      byte[] bytes = Files.readAllBytes(csv);
      assertThat(bytes).as("%s starts with a UTF-8 BOM", csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
      assertThat(lines.get(0)).as("%s header", spec.name()).isEqualTo(String.join(",", spec.columns()));
      assertThat(lines).as("%s: header + one line per row", spec.name()).hasSize(1 + rows(spec).size());
    }
    List<String> provinceYear = Files.readAllLines(Path.of(config.csvDir(), "province_year.csv"), StandardCharsets.UTF_8);
    List<String> keys = provinceYear.subList(1, provinceYear.size()).stream()
        .map(line -> line.split(",")[0] + "/" + line.split(",")[2]).toList();
    assertThat(keys).as("rows in key order").isSortedAccordingTo(String::compareTo);
    assertThat(provinceYear.size()).as("the sample spans several province-years").isGreaterThan(8);
  }

  @Test
  void rerunLeavesEveryTableUnchanged() {
    PipelineConfig again = SharedSpark.config(dir, config.input.toArray(new String[0]));
    PipelineJob.Result second = PipelineJob.run(spark, again, quiet());
    assertThat(second.ingest().newArticles()).as("new articles on rerun").isZero();
    assertThat(second.extract().articles()).as("articles re-extracted on rerun").isZero();
    assertThat(second.ingest().rejectedByReason())
        .as("the empty file, never recorded as read, is rejected again and named in the summary, though its row exists")
        .extracting(IngestJob.RejectedReason::reason, IngestJob.RejectedReason::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("empty", 1L));
    assertThat(snapshot()).as("every table after the rerun").isEqualTo(tablesAfterFirstRun);
  }

  @Test
  void missingInputIsAClearError() {
    PipelineConfig bad = SharedSpark.config(dir, dir.resolve("no-such-corpus").toString());
    assertThatThrownBy(() -> IngestJob.run(spark, bad))
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessageStartingWith("Cannot read input '" + dir.resolve("no-such-corpus"))
        .hasMessageContaining("no file or folder matches it");
  }

  private static DeltaTableStore store() {
    return new DeltaTableStore(spark, config.warehouse);
  }

  /** Every table's rows as sorted strings; run ids stay in, since a rerun must not rewrite rows. */
  private static Map<String, List<String>> snapshot() {
    Map<String, List<String>> tables = new TreeMap<>();
    for (TableSpec spec : Tables.ALL) {
      tables.put(spec.name(), rows(spec));
    }
    return tables;
  }

  private static List<String> rows(TableSpec spec) {
    var frame = store().read(spec);
    List<String> rows = new ArrayList<>();
    frame.collectAsList().forEach(r -> rows.add(r.toString()));
    rows.sort(String::compareTo);
    return rows;
  }

  private static String fileName(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
