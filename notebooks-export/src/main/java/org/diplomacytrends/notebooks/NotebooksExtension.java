package org.diplomacytrends.notebooks;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.PipelineJob;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.spi.PipelineExtension;

/**
 * Plugs the report into {@code bin/diplomacy-trends}: adds the {@code report} command, and after
 * every successful {@code run} writes the report to {@code <warehouse>/report/} and prints its path.
 */
public final class NotebooksExtension implements PipelineExtension {

  @Override
  public List<Object> subcommands() {
    return List.of(new ReportCommand());
  }

  @Override
  public void afterRun(SparkSession spark, PipelineConfig config, PipelineJob.Result result, PrintStream out) {
    Instant start = Instant.now();
    ReportWriter.Result report =
        ReportWriter.write(spark, config.warehouse, config.csvDir(), ReportWriter.defaultOut(config.warehouse));
    ReportCommand.print(report, start, out);
  }
}
