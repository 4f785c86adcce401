package org.diplomacytrends.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.common.generate.CorpusGenerator;
import org.diplomacytrends.common.generate.CorpusWriter;
import org.diplomacytrends.common.generate.TruthCheck;
import org.diplomacytrends.jobs.config.ConfigLoader;
import org.diplomacytrends.jobs.config.PipelineConfig;

/**
 * End-to-end benchmark on a generated corpus, in one session: (1) the floor job, which reads the
 * corpus and writes it to one Delta table with no decoding or extraction, the least any pipeline
 * over these files costs; (2) the full pipeline ({@link PipelineJob#run}) into a fresh warehouse;
 * (3) an incremental run after adding 1% new documents; then the generated-corpus correctness
 * check (gold CSVs against the generator's truth). Prints times, documents/s, the ratio to the
 * floor, Spark task counts and the driver's heap.
 *
 * <p>Heap: a daemon thread samples {@link MemoryMXBean} heap-used every 50 ms and keeps the
 * maximum (garbage included: what the JVM needed at its peak), and after each phase a full GC is
 * requested and heap-used read again (what the driver retains, the figure that must not grow with
 * the corpus). In local mode the executors run in the driver JVM, so both include task memory.
 */
public final class BenchJob {
  /**
   * What the bench is asked to do.
   *
   * @param docs documents in the corpus
   * @param format txt or jsonl
   * @param seed generator seed
   * @param work folder for the corpus (kept and reused across runs) and the warehouses (replaced)
   * @param incrementalPercent new documents added for the incremental run, in percent; 0 skips it
   * @param jsonlFileBytes size of each JSON Lines file
   */
  public record Options(long docs, CorpusWriter.Format format, long seed, Path work, double incrementalPercent,
      long jsonlFileBytes) {}

  /**
   * The measured figures.
   *
   * @param floor floor job wall time
   * @param pipeline full pipeline wall time
   * @param incremental incremental run wall time (null when skipped)
   * @param correctness differences between the gold CSVs and the truth, per table
   */
  public record Result(Duration floor, Duration pipeline, Duration incremental, List<TruthCheck.Result> correctness) {}

  private BenchJob() {}

  /** Runs the bench in {@code spark}, printing to {@code out}. */
  public static Result run(SparkSession spark, Options options, PrintStream out) {
    HeapSampler heap = new HeapSampler();
    TaskCounter tasks = new TaskCounter();
    spark.sparkContext().addSparkListener(tasks);
    try {
      String master = spark.sparkContext().master();
      Path corpusRoot = options.work().resolve(String.format("corpus-%s-%d-seed%d",
          options.format().name().toLowerCase(java.util.Locale.ROOT), options.docs(), options.seed()));
      CorpusWriter.Summary corpus = generate(corpusRoot, 0, options.docs(), options, out);
      out.printf("bench: %d documents (%s, seed %d), %.1f MB, %.1f M chars, %d files; master %s, %d cores, JVM %s, max heap %.1f GB%n",
          corpus.documents(), options.format().name().toLowerCase(java.util.Locale.ROOT), options.seed(),
          corpus.bytes() / 1e6, corpus.chars() / 1e6, corpus.files(), master,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
          Runtime.getRuntime().maxMemory() / 1e9);

      // 1. The floor: list, read and write the same files into one Delta table, nothing else.
      Path floorTable = options.work().resolve("floor-table");
      deleteTree(floorTable);
      tasks.reset();
      heap.resetPeak();
      Instant t = Instant.now();
      Dataset<Row> raw = options.format() == CorpusWriter.Format.TXT
          ? spark.read().option("wholetext", "true").option("recursiveFileLookup", "true").text(corpus.corpusDir().toString())
          : spark.read().option("recursiveFileLookup", "true").text(corpus.corpusDir().toString());
      raw.write().format("delta").mode("overwrite").save(floorTable.toString());
      Duration floor = Duration.between(t, Instant.now());
      out.printf("[floor]     read + write one Delta table: %.1f s, %.0f documents/s, %d tasks; heap peak %s, after GC %s%n",
          seconds(floor), options.docs() / seconds(floor), tasks.count(), mb(heap.peak()), mb(heap.afterGc()));

      // 2. The full pipeline into a fresh warehouse.
      Path warehouse = options.work().resolve("warehouse");
      deleteTree(warehouse);
      PipelineConfig config = config(corpus.corpusDir().toString(), warehouse);
      tasks.reset();
      heap.resetPeak();
      t = Instant.now();
      String log = runPipeline(spark, config, out);
      Duration pipeline = Duration.between(t, Instant.now());
      double extractFull = stageSeconds(log, "extract");
      out.printf("[pipeline]  %.1f s, %.0f documents/s, %.2f ms/document, %d tasks; heap peak %s, after GC %s%n",
          seconds(pipeline), options.docs() / seconds(pipeline), seconds(pipeline) * 1000 / options.docs(),
          tasks.count(), mb(heap.peak()), mb(heap.afterGc()));
      out.printf("pipeline/floor = %.2f (target: at most 2)%n", seconds(pipeline) / seconds(floor));

      List<TruthCheck.Result> check;
      try {
        check = TruthCheck.check(corpusRoot.resolve("truth"), warehouse.resolve("csv"));
      } catch (IOException e) {
        throw Errors.cannotWrite("the correctness check", warehouse.resolve("csv").toString(), e.getMessage(), e);
      }
      for (TruthCheck.Result r : check) {
        out.printf("correctness %-14s %s: %d truth rows, %d pipeline rows, %d differences%n", r.table(),
            r.matches() ? "EQUAL" : "DIFFERS", r.truthRows(), r.goldRows(), r.differences().size());
        r.differences().stream().limit(8).forEach(d -> out.println("    " + d));
      }

      // 3. Incremental: 1% new documents beside the processed corpus.
      Duration incremental = null;
      long added = Math.round(options.docs() * options.incrementalPercent() / 100);
      if (added > 0) {
        Path addRoot = options.work().resolve(String.format("added-%s-%d-%d-seed%d",
            options.format().name().toLowerCase(java.util.Locale.ROOT), options.docs(), added, options.seed()));
        CorpusWriter.Summary more = generate(addRoot, options.docs(), options.docs() + added, options, out);
        PipelineConfig again = config(corpus.corpusDir().toString(), warehouse);
        again.input = List.of(corpus.corpusDir().toString(), more.corpusDir().toString());
        tasks.reset();
        heap.resetPeak();
        t = Instant.now();
        String incrementalLog = runPipeline(spark, again, out);
        incremental = Duration.between(t, Instant.now());
        double extractIncremental = stageSeconds(incrementalLog, "extract");
        out.printf("[+%s%%]       %d new documents: %.1f s in all (%.0f%% of the full run), extract stage %.1f s (%.1f%% of the full run's %.1f s), %d tasks; heap after GC %s%n",
            trim(options.incrementalPercent()), added, seconds(incremental),
            100 * seconds(incremental) / seconds(pipeline), extractIncremental,
            100 * extractIncremental / extractFull, extractFull, tasks.count(), mb(heap.afterGc()));
      }
      out.printf("driver heap: peak sampled %s over the whole bench, retained after GC %s, max %s%n",
          mb(heap.overallPeak()), mb(heap.afterGc()), mb(Runtime.getRuntime().maxMemory()));
      return new Result(floor, pipeline, incremental, check);
    } finally {
      spark.sparkContext().removeSparkListener(tasks);
      heap.stop();
    }
  }

  /** Generates documents [from, to) under {@code root}, or reuses them when a previous bench completed them. */
  private static CorpusWriter.Summary generate(Path root, long from, long to, Options options, PrintStream out) {
    Path done = root.resolve("generated.properties");
    CorpusWriter.Format format = options.format();
    Path corpusDir = root.resolve(format == CorpusWriter.Format.TXT ? "txt" : "jsonl");
    try {
      if (Files.exists(done)) {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(done)) {
          p.load(in);
        }
        out.printf("reusing generated documents %d..%d in %s%n", from, to - 1, root);
        return new CorpusWriter.Summary(Long.parseLong(p.getProperty("documents")), Long.parseLong(p.getProperty("bytes")),
            Long.parseLong(p.getProperty("chars")), Long.parseLong(p.getProperty("files")), java.util.Map.of(),
            java.util.Map.of(), Long.parseLong(p.getProperty("diplomatic")), corpusDir);
      }
      Instant t = Instant.now();
      deleteTree(root);
      CorpusWriter.Summary summary = CorpusWriter.write(new CorpusGenerator(options.seed()), from, to, root,
          format, options.jsonlFileBytes());
      out.printf("generated documents %d..%d in %.1f s into %s%n", from, to - 1,
          Duration.between(t, Instant.now()).toMillis() / 1000.0, root);
      java.util.Properties p = new java.util.Properties();
      p.setProperty("documents", Long.toString(summary.documents()));
      p.setProperty("bytes", Long.toString(summary.bytes()));
      p.setProperty("chars", Long.toString(summary.chars()));
      p.setProperty("files", Long.toString(summary.files()));
      p.setProperty("diplomatic", Long.toString(summary.diplomatic()));
      try (var w = Files.newBufferedWriter(done)) {
        p.store(w, "written last: the corpus beside it is complete");
      }
      return summary;
    } catch (IOException e) {
      throw Errors.cannotWrite("the generated corpus", root.toString(), e.getMessage(), e);
    }
  }

  private static PipelineConfig config(String input, Path warehouse) {
    PipelineConfig config = ConfigLoader.defaults();
    config.input = List.of(input);
    config.warehouse = warehouse.toString();
    config.runId = PipelineJob.newRunId();
    return config.validate();
  }

  /** Runs the pipeline, echoing its stage lines to {@code out} and returning them for parsing. */
  private static String runPipeline(SparkSession spark, PipelineConfig config, PrintStream out) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream tee = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        captured.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        captured.write(b, off, len);
      }
    }, true, StandardCharsets.UTF_8);
    PipelineJob.run(spark, config, tee);
    String log = captured.toString(StandardCharsets.UTF_8);
    log.lines().filter(l -> l.startsWith("[")).forEach(l -> out.println("    " + l));
    return log;
  }

  private static final Pattern STAGE_TIME = Pattern.compile("\\((\\d+(?:\\.\\d+)?) s\\)\\s*$");

  /** The time the pipeline printed for one stage ("[2/4] extract ... (12.3 s)"). */
  static double stageSeconds(String log, String stage) {
    for (String line : log.lines().toList()) {
      if (line.matches("\\[\\d/\\d\\] " + stage + "\\b.*")) {
        Matcher m = STAGE_TIME.matcher(line);
        if (m.find()) {
          return Double.parseDouble(m.group(1));
        }
      }
    }
    return Double.NaN;
  }

  private static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  private static String trim(double percent) {
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }

  private static String mb(long bytes) {
    return String.format("%.0f MB", bytes / 1e6);
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      List<Path> all = new ArrayList<>(paths.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw Errors.cannotWrite("the bench work folder", root.toString(), e.getMessage(), e);
    }
  }

  /** Counts finished Spark tasks (the task count shows how files were packed into splits). */
  static final class TaskCounter extends SparkListener {
    private final AtomicLong tasks = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      tasks.incrementAndGet();
    }

    void reset() {
      tasks.set(0);
    }

    long count() {
      return tasks.get();
    }
  }

  /** Samples heap-used on a daemon thread; see the class comment for what each figure means. */
  static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong overallPeak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
      thread = new Thread(() -> {
        while (running) {
          long used = memory.getHeapMemoryUsage().getUsed();
          peak.accumulateAndGet(used, Math::max);
          overallPeak.accumulateAndGet(used, Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }, "bench-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void resetPeak() {
      peak.set(0);
    }

    long peak() {
      return peak.get();
    }

    long overallPeak() {
      return overallPeak.get();
    }

    /** Heap used right after a requested full GC: what is still referenced. */
    long afterGc() {
      memory.gc();
      return memory.getHeapMemoryUsage().getUsed();
    }

    void stop() {
      running = false;
      thread.interrupt();
    }
  }
}
