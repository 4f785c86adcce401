package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.MapPartitionsExec;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.execution.SerializeFromObjectExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.apache.spark.sql.execution.metric.SQLMetric;
import org.apache.spark.sql.util.QueryExecutionListener;
import org.diplomacytrends.common.generate.CorpusGenerator;
import org.diplomacytrends.common.generate.CorpusWriter;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pass and incremental runs, on a small generated corpus (300 documents, then 3 more): the
 * extractor runs exactly once per new article however many silver tables are derived from it,
 * a second run with 1% new documents extracts only those, and the gold tables after the
 * incremental run equal a full rebuild in a fresh warehouse.
 *
 * <p>Extractor calls are counted from Spark's own SQL metrics: every row that reaches the
 * extraction's {@code mapPartitions} is one call, so the counter sums the row count of the node
 * feeding it, over every physical plan executed (cached plans included, each plan object once).
 */
class OnePassIncrementalTest {
  private static final int FIRST = 300;
  private static final int ADDED = 3;

  private static SparkSession spark;
  private static ExtractorCalls calls;
  private static PipelineConfig incremental;
  private static long firstRunCalls;
  private static long secondRunCalls;
  private static PipelineJob.Result firstRun;
  private static PipelineJob.Result secondRun;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runTwice() throws IOException, java.util.concurrent.TimeoutException {
    spark = SharedSpark.start();
    calls = new ExtractorCalls();
    spark.listenerManager().register(calls);
    CorpusGenerator generator = new CorpusGenerator(42);
    Path base = CorpusWriter.write(generator, 0, FIRST, dir.resolve("base"), CorpusWriter.Format.TXT,
        CorpusWriter.DEFAULT_JSONL_FILE_BYTES).corpusDir();
    Path added = CorpusWriter.write(generator, FIRST, FIRST + ADDED, dir.resolve("added"), CorpusWriter.Format.JSONL,
        CorpusWriter.DEFAULT_JSONL_FILE_BYTES).corpusDir();

    PipelineConfig config = SharedSpark.config(dir, base.toString());
    firstRun = PipelineJob.run(spark, config, quiet());
    firstRunCalls = calls.drain();

    incremental = SharedSpark.config(dir, base.toString(), added.toString());
    secondRun = PipelineJob.run(spark, incremental, quiet());
    secondRunCalls = calls.drain();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theExtractorRunsOncePerNewArticle() {
    assertThat(firstRun.ingest().newArticles()).isEqualTo(FIRST);
    assertThat(firstRun.extract().articles()).isEqualTo(FIRST);
    assertThat(firstRunCalls).as("extractor calls in the first run").isEqualTo(FIRST);
  }

  @Test
  void anIncrementalRunExtractsOnlyTheNewArticles() {
    assertThat(secondRun.ingest().newArticles()).isEqualTo(ADDED);
    assertThat(secondRun.extract().articles()).isEqualTo(ADDED);
    assertThat(secondRunCalls).as("extractor calls in the incremental run").isEqualTo(ADDED);
  }

  @Test
  void anIncrementalRunReadsOnlyTheNewFiles() {
    assertThat(firstRun.ingest().unchangedFiles()).as("nothing read before the first run").isZero();
    assertThat(firstRun.ingest().records()).isEqualTo(FIRST);
    assertThat(secondRun.ingest().files()).as("files listed").isEqualTo(FIRST + 1);
    assertThat(secondRun.ingest().unchangedFiles()).as("files read by the first run, unchanged").isEqualTo(FIRST);
    assertThat(secondRun.ingest().records()).as("inputs read: the new JSON Lines file's lines").isEqualTo(ADDED);
    assertThat(new DeltaTableStore(spark, incremental.warehouse).read(Tables.INPUT_FILES).count())
        .as("meta/input_files").isEqualTo(FIRST + 1);
  }

  @Test
  void aChangedFileIsReadAgainAndRereadInputsReadsEverything() throws Exception {
    Path warehouse = dir.resolve("changed");
    Path corpus = CorpusWriter.write(new CorpusGenerator(43), 0, 5, dir.resolve("changed-corpus"),
        CorpusWriter.Format.TXT, CorpusWriter.DEFAULT_JSONL_FILE_BYTES).corpusDir();
    PipelineConfig config = SharedSpark.config(warehouse, corpus.toString());
    PipelineJob.run(spark, config, quiet());
    Path file;
    try (var files = java.nio.file.Files.walk(corpus)) {
      file = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    java.nio.file.Files.writeString(file, "Jiangsu Province signed two agreements with France on May 3, 2024.\n",
        java.nio.file.StandardOpenOption.APPEND);

    PipelineConfig again = SharedSpark.config(warehouse, corpus.toString());
    PipelineJob.Result changed = PipelineJob.run(spark, again, quiet());
    assertThat(changed.ingest().unchangedFiles()).as("the four files not touched").isEqualTo(4);
    assertThat(changed.ingest().records()).as("the changed file, read again").isEqualTo(1);
    assertThat(changed.ingest().newArticles()).as("its new text is a new article").isEqualTo(1);

    PipelineConfig reread = SharedSpark.config(warehouse, corpus.toString());
    reread.ingest.skipUnchangedFiles = false;
    PipelineJob.Result all = PipelineJob.run(spark, reread, quiet());
    assertThat(all.ingest().unchangedFiles()).isZero();
    assertThat(all.ingest().records()).as("every file read").isEqualTo(5);
    assertThat(all.ingest().newArticles()).as("nothing new").isZero();
  }

  @Test
  void goldAfterTheIncrementalRunEqualsAFullRebuild() throws java.util.concurrent.TimeoutException {
    PipelineConfig fresh = SharedSpark.config(dir.resolve("fresh"), incremental.input.toArray(new String[0]));
    calls.drain(); // (what other tests of this class extracted)
    PipelineJob.run(spark, fresh, quiet());
    long rebuildCalls = calls.drain();
    assertThat(rebuildCalls).isEqualTo(FIRST + ADDED);
    for (TableSpec spec : Tables.GOLD) {
      assertThat(sorted(incremental, spec)).as(spec.name()).isEqualTo(sorted(fresh, spec)).isNotEmpty();
    }
  }

  private static List<String> sorted(PipelineConfig config, TableSpec spec) {
    List<String> rows = new ArrayList<>();
    for (Row row : new DeltaTableStore(spark, config.warehouse).read(spec).collectAsList()) {
      rows.add(row.toString());
    }
    Collections.sort(rows);
    return rows;
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  /** Sums the rows fed to the extraction's mapPartitions over every executed plan. */
  static final class ExtractorCalls implements QueryExecutionListener {
    private final Set<SparkPlan> extractions = Collections.newSetFromMap(new IdentityHashMap<>());
    private long drained;

    @Override
    public synchronized void onSuccess(String funcName, QueryExecution qe, long durationNs) {
      collect(qe.executedPlan());
    }

    @Override
    public void onFailure(String funcName, QueryExecution qe, Exception exception) {}

    private void collect(SparkPlan plan) {
      if (plan instanceof AdaptiveSparkPlanExec adaptive) {
        collect(adaptive.executedPlan());
      } else if (plan instanceof QueryStageExec stage) {
        collect(stage.plan());
      } else if (plan instanceof InMemoryTableScanExec scan) {
        collect(scan.relation().cachedPlan());
      }
      // The extraction is the mapPartitions whose rows, once serialised, carry the nested events
      // (mapPartitions itself outputs one object column; the names appear on its serialiser).
      if (plan instanceof SerializeFromObjectExec serialize
          && serialize.output().exists(a -> a.name().equals("partner_mentions"))) {
        SparkPlan child = serialize.child() instanceof InputAdapter adapter ? adapter.child() : serialize.child();
        if (child instanceof MapPartitionsExec map) {
          extractions.add(map);
        }
      }
      scala.jdk.javaapi.CollectionConverters.asJava(plan.children()).forEach(this::collect);
    }

    /** Extractor calls since the last drain (listener events flushed first). */
    synchronized long drain() throws java.util.concurrent.TimeoutException {
      spark.sparkContext().listenerBus().waitUntilEmpty();
      long total = 0;
      for (SparkPlan extraction : extractions) {
        total += rowsInto(extraction.children().head());
      }
      long since = total - drained;
      drained = total;
      return since;
    }

    /** The row count of the first node at or below {@code plan} that counts its output rows. */
    private static long rowsInto(SparkPlan plan) {
      scala.Option<SQLMetric> rows = plan.metrics().get("numOutputRows");
      if (rows.isDefined()) {
        return rows.get().value();
      }
      if (plan instanceof AdaptiveSparkPlanExec adaptive) {
        return rowsInto(adaptive.executedPlan());
      }
      if (plan instanceof QueryStageExec stage) {
        return rowsInto(stage.plan());
      }
      if (plan.children().isEmpty()) {
        throw new IllegalStateException("no row count below the extraction in " + plan);
      }
      return rowsInto(plan.children().head());
    }
  }
}
