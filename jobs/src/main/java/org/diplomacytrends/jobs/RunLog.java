package org.diplomacytrends.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;

/**
 * Keeps the {@code meta/runs} row of one run: written as {@code running} when the run starts and
 * completed when it ends, so a killed run is visible as one that never finished.
 */
final class RunLog {
  private final DeltaTableStore store;
  private final PipelineConfig config;
  private final Instant start;

  RunLog(DeltaTableStore store, PipelineConfig config, Instant start) {
    this.store = store;
    this.config = config;
    this.start = start;
  }

  void started() {
    write(null, "running", null, null);
  }

  void succeeded(PipelineJob.Result result) {
    write(Instant.now(), "succeeded", result, null);
  }

  /** Best effort: the failure being reported matters more than a failure to record it. */
  void failed(RuntimeException error) {
    try {
      write(Instant.now(), "failed", null, org.diplomacytrends.jobs.cli.DiplomacyTrendsCli.oneLine(error));
    } catch (RuntimeException recordingFailed) {
      error.addSuppressed(recordingFailed);
    }
  }

  private void write(Instant end, String status, PipelineJob.Result result, String error) {
    IngestJob.Result ingest = result == null ? null : result.ingest();
    ExtractJob.Result extract = result == null ? null : result.extract();
    Row row = RowFactory.create(
        config.runId,
        Timestamp.from(start),
        end == null ? null : Timestamp.from(end),
        status,
        String.join(",", config.input),
        ingest == null ? null : ingest.records(),
        ingest == null ? null : ingest.accepted() - ingest.duplicates(),
        ingest == null ? null : ingest.rejected(),
        ingest == null ? null : ingest.duplicates(),
        ingest == null ? null : ingest.newArticles(),
        extract == null ? null : extract.articles(),
        extract == null ? null : extract.events(),
        error,
        extract == null ? null : extract.failed(),
        extract == null ? null : extract.extractorVersion());
    var rows = store.spark().createDataFrame(List.of(row), Tables.RUNS.schema());
    store.merge(Tables.RUNS, rows, merge -> merge.whenMatched().updateAll().whenNotMatched().insertAll());
  }
}
