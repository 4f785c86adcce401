package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed with SIGKILL at several points, then rerun, end with the same tables and CSVs, by
 * content, as one clean run; concurrent runs on one warehouse never corrupt or double it.
 */
class CrashRecoveryTest {
  private static SparkSession spark;
  private static Path corpus;
  private static PipelineConfig clean;

  @TempDir
  static Path dir;

  @BeforeAll
  static void cleanRun() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    try (var files = Files.list(SharedSpark.projectDir().resolve("data/sample"))) {
      for (Path file : files.sorted().limit(6).toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    spark = SharedSpark.start();
    clean = SharedSpark.config(dir.resolve("clean"), corpus.toString());
    PipelineJob.run(spark, clean, quiet());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void killedRunsRerunToTheSameTablesAndCsvs() throws Exception {
    PipelineConfig crashed = SharedSpark.config(dir.resolve("crashed"), corpus.toString());
    List<String> killedAfter = new ArrayList<>();
    // Kill during ingest, during extraction, while writing gold, while writing CSV; each rerun
    // starts from what the killed one left behind.
    for (String marker : List.of("run ", "[1/4]", "[2/4]", "[3/4]")) {
      killedAfter.add(runAndKill(crashed.warehouse, marker));
    }
    assertThat(killedAfter).as("where the runs were killed").containsExactly("run ", "[1/4]", "[2/4]", "[3/4]");
    PipelineJob.run(spark, crashed, quiet());

    assertThat(snapshot(crashed)).as("tables after kills and a rerun").isEqualTo(snapshot(clean));
    for (TableSpec spec : Tables.GOLD) {
      assertThat(Files.readAllBytes(Path.of(crashed.csvDir(), spec.name() + ".csv")))
          .as("%s.csv after kills and a rerun", spec.name())
          .isEqualTo(Files.readAllBytes(Path.of(clean.csvDir(), spec.name() + ".csv")));
    }
    try (var csvDir = Files.list(Path.of(crashed.csvDir()))) {
      assertThat(csvDir.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList())
          .as("no half-written CSV left behind").isEmpty();
    }
    List<Row> runs = new DeltaTableStore(spark, crashed.warehouse).read(Tables.RUNS).collectAsList();
    assertThat(runs.stream().map(r -> r.<String>getAs("status")).toList())
        .as("killed runs stay 'running', the last one succeeded").contains("succeeded").contains("running");
  }

  @Test
  void concurrentRunsNeitherCorruptNorDouble() throws Exception {
    PipelineConfig shared = SharedSpark.config(dir.resolve("concurrent"), corpus.toString());
    PipelineConfig other = SharedSpark.config(dir.resolve("concurrent"), corpus.toString());
    List<Throwable> failures = new ArrayList<>();
    Thread first = new Thread(() -> runCatching(shared, failures));
    Thread second = new Thread(() -> runCatching(other, failures));
    first.start();
    second.start();
    first.join();
    second.join();
    for (Throwable failure : failures) {
      assertThat(failure).as("a run that lost the race stops with a clear message")
          .hasMessageStartingWith("Cannot start a run on warehouse")
          .hasMessageContaining("is writing to it");
    }
    assertThat(failures).as("at most one of the two stops").hasSizeLessThan(2);
    assertThat(snapshot(shared)).as("tables after two concurrent runs").isEqualTo(snapshot(clean));
  }

  private static void runCatching(PipelineConfig config, List<Throwable> failures) {
    try {
      PipelineJob.run(spark, config, quiet());
    } catch (RuntimeException e) {
      synchronized (failures) {
        failures.add(e);
      }
    }
  }

  /** Starts the CLI in a child JVM and kills it with SIGKILL once it printed a line starting with marker. */
  private static String runAndKill(String warehouse, String marker) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.diplomacytrends.jobs.cli.DiplomacyTrendsCli", "run", "--input", corpus.toString(),
        "--warehouse", warehouse, "--master", "local[2]"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder printed = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        printed.append(line).append('\n');
        if (line.startsWith(marker)) {
          if (marker.equals("run ")) {
            Thread.sleep(1500); // into the ingest stage
          }
          process.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
          process.waitFor(30, TimeUnit.SECONDS);
          return marker;
        }
      }
    } finally {
      process.destroyForcibly();
    }
    throw new AssertionError("the run ended before printing '" + marker + "' (exit " + process.waitFor() + "):\n"
        + printed);
  }

  /** Every table's rows as sorted strings, without the run ids (which differ between warehouses). */
  private static Map<String, List<String>> snapshot(PipelineConfig config) {
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    Map<String, List<String>> tables = new TreeMap<>();
    for (TableSpec spec : Tables.ALL) {
      Dataset<Row> frame = store.read(spec);
      if (List.of(frame.columns()).contains("run_id")) {
        frame = frame.drop("run_id");
      }
      tables.put(spec.name(), frame.collectAsList().stream().map(Row::toString).sorted().toList());
    }
    return tables;
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
