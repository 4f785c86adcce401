package org.diplomacytrends.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;

/**
 * The whole pipeline: ingest (bronze) → extract (silver) → aggregate (gold) → export (CSV), with a
 * progress line per stage and a closing summary. This is the class to spark-submit.
 */
public final class PipelineJob {

  /**
   * What a run did.
   *
   * @param runId id stamped on the rows it wrote
   * @param ingest bronze figures
   * @param extract silver figures
   * @param aggregate gold row counts
   * @param export CSV files
   * @param elapsed wall time
   */
  public record Result(String runId, IngestJob.Result ingest, ExtractJob.Result extract,
      AggregateJob.Result aggregate, ExportJob.Result export, Duration elapsed) {}

  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private PipelineJob() {}

  public static void main(String[] args) {
    JobLauncher.launch("pipeline", args, PipelineJob::run);
  }

  /** Runs every stage, printing progress to standard output. */
  public static Result run(SparkSession spark, PipelineConfig config) {
    return run(spark, config, System.out);
  }

  /** Runs every stage, printing progress to {@code out}. */
  public static Result run(SparkSession spark, PipelineConfig config, PrintStream out) {
    if (config.runId == null) {
      config.runId = newRunId();
    }
    Instant start = Instant.now();
    try (WarehouseLock lock = WarehouseLock.acquire(spark.sparkContext().hadoopConfiguration(), config.warehouse,
        config.runId);
        RunLogFile logFile = RunLogFile.open(spark.sparkContext().hadoopConfiguration(), config.warehouse, config.runId)) {
      PrintStream both = logFile.tee(out);
      both.printf("run %s: input %s → warehouse %s (log: %s)%n", config.runId, config.input, config.warehouse,
          logFile.path());
      RunLog runLog = new RunLog(new DeltaTableStore(spark, config.warehouse), config, start);
      runLog.started();
      try (ProgressLine progress = ProgressLine.start(spark.sparkContext(), both)) {
        Result result = runStages(spark, config, both, start, progress);
        runLog.succeeded(result);
        return result;
      } catch (RuntimeException e) {
        both.printf("FAILED: %s%n", e.getMessage());
        runLog.failed(e);
        throw e;
      } finally {
        both.flush();
      }
    }
  }

  private static Result runStages(SparkSession spark, PipelineConfig config, PrintStream out, Instant start,
      ProgressLine progress) {

    Instant t = Instant.now();
    progress.stage("ingest");
    IngestJob.Result ingest = IngestJob.run(spark, config);
    out.printf("[1/4] ingest     %d files%s, %d inputs: %d articles (%d new, %d duplicate texts), %d rejected  %s%n",
        ingest.files(), ingest.unchangedFiles() == 0 ? ""
            : String.format(" (%d read before and unchanged: skipped)", ingest.unchangedFiles()),
        ingest.records(), ingest.accepted(), ingest.newArticles(), ingest.duplicates(), ingest.rejected(), since(t));

    t = Instant.now();
    progress.stage("extract");
    ExtractJob.Result extract = ExtractJob.run(spark, config);
    out.printf("[2/4] extract    %d articles extracted (%s): %d events, %d partner mentions%s  %s%n",
        extract.articles(), extract.reExtracted() == 0 ? "already extracted ones skipped"
            : extract.reExtracted() + " again, by extractor " + extract.extractorVersion(),
        extract.events(), extract.partnerMentions(),
        extract.failed() == 0 ? "" : String.format("; the extractor FAILED on %d (silver articles.extraction_error)",
            extract.failed()), since(t));

    t = Instant.now();
    progress.stage("aggregate");
    AggregateJob.Result aggregate = AggregateJob.run(spark, config);
    out.printf("[3/4] aggregate  %s  %s%n", aggregate.rows(), since(t));

    t = Instant.now();
    progress.stage("export");
    ExportJob.Result export = ExportJob.run(spark, config);
    out.printf("[4/4] export     %d CSV files  %s%n", export.files().size(), since(t));

    Duration elapsed = Duration.between(start, Instant.now());
    out.println();
    out.printf("done in %.1f s: %d inputs read, %d rejected, %d articles ingested, %d events extracted%n",
        elapsed.toMillis() / 1000.0, ingest.records(), ingest.rejected(), ingest.accepted(), extract.events());
    for (IngestJob.RejectedReason rejected : ingest.rejectedByReason()) {
      out.printf("  rejected %-18s %5d  %s%s%n", rejected.reason(), rejected.count(), String.join(", ", rejected.examples()),
          rejected.count() > rejected.examples().size() ? ", …" : "");
    }
    if (ingest.rejected() > 0) {
      out.printf("  (every rejected input, with what was wrong: %s)%n", Tables.REJECTED_INPUTS.path(config.warehouse));
    }
    out.println("tables:");
    for (TableSpec spec : Tables.ALL) {
      out.printf("  %-8s %-22s %s%n", spec.layer(), spec.name(), spec.path(config.warehouse));
    }
    out.println("csv:");
    export.files().forEach(f -> out.println("  " + f));
    return new Result(config.runId, ingest, extract, aggregate, export, elapsed);
  }

  static String newRunId() {
    return RUN_ID_TIME.format(Instant.now()) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
  }

  private static String since(Instant start) {
    return String.format("(%.1f s)", Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }
}
