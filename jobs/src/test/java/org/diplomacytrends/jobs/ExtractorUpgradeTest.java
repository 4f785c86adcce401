package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.tables.DeltaTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.diplomacytrends.common.extract.ExtractorVersion;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades: a warehouse written before silver had {@code extractor_version} (and the other columns
 * added since) is read and extended; articles an older extractor version extracted are extracted
 * again, their old facts replaced, not added to; {@code extract.re-extract} extracts everything
 * again; and a run with nothing new and nothing stale extracts nothing.
 */
class ExtractorUpgradeTest {
  private static SparkSession spark;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    spark = SharedSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void olderWarehousesAndOlderExtractionsAreBroughtUpToDate() {
    String sample = SharedSpark.projectDir().resolve("data/sample").toString();
    PipelineConfig first = SharedSpark.config(dir, sample);
    DeltaTableStore store = new DeltaTableStore(spark, first.warehouse);
    // The silver tables as an older version created them: without the columns added since.
    createWithout(store, Tables.ARTICLES, List.of("extraction_error", "extractor_version"));
    createWithout(store, Tables.EVENTS, List.of("more_evidence", "actors", "chinese_rank", "foreign_rank"));
    createWithout(store, Tables.RUNS, List.of("extraction_errors", "extractor_version"));

    PipelineJob.Result upgraded = PipelineJob.run(spark, first, quiet());
    assertThat(upgraded.extract().articles()).as("every article extracted into the old tables").isEqualTo(25);
    assertThat(store.read(Tables.ARTICLES).columns()).as("columns added to the old table")
        .contains("extraction_error", "extractor_version");
    assertThat(store.read(Tables.EVENTS).columns()).as("columns added to the old events table, an array of structs among them")
        .contains("more_evidence", "actors", "chinese_rank", "foreign_rank");
    assertThat(store.read(Tables.EVENTS).where("chinese_rank IS NOT NULL").count())
        .as("the new columns filled by the extraction into the old table").isPositive();
    assertThat(store.read(Tables.ARTICLES).where("extractor_version = '" + ExtractorVersion.current() + "'").count())
        .as("rows stamped with the running version").isEqualTo(25);
    List<Row> eventsBefore = sortedEvents(store);
    List<Row> goldBefore = store.read(Tables.PROVINCE_YEAR).orderBy("province_code", "year").collectAsList();

    // An older extractor read every article, and one of them had a fact the current one does not find.
    spark.sql("UPDATE delta.`" + store.path(Tables.ARTICLES) + "` SET extractor_version = 'x-older'");
    String article = eventsBefore.get(0).getAs("article_id");
    spark.sql("INSERT INTO delta.`" + store.path(Tables.EVENTS) + "` SELECT article_id, province_code, activity_year, 999,"
        + " 'meeting', null, null, null, null, 1, 0.5, 'an older rule', 0, 1,"
        + " CAST(array() AS ARRAY<STRUCT<sentence: STRING, start: INT, end: INT>>),"
        + " CAST(array() AS ARRAY<STRUCT<side: STRING, rank_class: STRING, title: STRING, name: STRING,"
        + " normalised_name: STRING>>), null, null"
        + " FROM (SELECT article_id, province_code, activity_year FROM delta.`" + store.path(Tables.ARTICLES)
        + "` WHERE article_id = '" + article + "')");
    spark.sql("UPDATE delta.`" + store.path(Tables.PROVINCE_YEAR) + "` SET meetings = meetings + 100");

    PipelineJob.Result afterUpgrade = PipelineJob.run(spark, SharedSpark.config(dir, sample), quiet());
    assertThat(afterUpgrade.extract().reExtracted()).as("articles of the older version extracted again").isEqualTo(25);
    assertThat(sortedEvents(store)).as("the older extraction's facts replaced, not added to").isEqualTo(eventsBefore);
    assertThat(store.read(Tables.PROVINCE_YEAR).orderBy("province_code", "year").collectAsList())
        .as("gold follows the new extraction").isEqualTo(goldBefore);

    // The extract stage alone from here: ingest and gold have been checked above.
    ExtractJob.Result idle = ExtractJob.run(spark, SharedSpark.config(dir, sample));
    assertThat(idle.articles()).as("nothing new, nothing stale: nothing extracted").isZero();

    PipelineConfig again = SharedSpark.config(dir, sample);
    again.extract.reExtract = true;
    ExtractJob.Result forced = ExtractJob.run(spark, again);
    assertThat(forced.reExtracted()).as("re-extract takes every article").isEqualTo(25);
    assertThat(forced.failed()).as("no extraction failed").isZero();
    assertThat(sortedEvents(store)).as("same facts after a forced re-extraction").isEqualTo(eventsBefore);
  }

  private static void createWithout(DeltaTableStore store, TableSpec spec, List<String> newer) {
    StructType older = new StructType();
    for (StructField field : spec.schema().fields()) {
      if (!newer.contains(field.name())) {
        older = older.add(field);
      }
    }
    DeltaTable.createIfNotExists(spark).location(store.path(spec)).addColumns(older).execute();
  }

  private static List<Row> sortedEvents(DeltaTableStore store) {
    return store.read(Tables.EVENTS).drop("run_id").orderBy("article_id", "event_index").collectAsList();
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
