package org.diplomacytrends.notebooks;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.diplomacytrends.jobs.JobLauncher;
import org.diplomacytrends.jobs.cli.DiplomacyTrendsCli;
import org.diplomacytrends.jobs.config.ConfigLoader;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.config.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the offline HTML report and the notebooks, from an existing warehouse. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the offline HTML report (index.html: charts, data tables, evidence sentences) and the "
        + "Jupyter and Databricks notebooks, from the tables of an earlier run.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "warehouse",
      description = "Warehouse written by `run` (default: ${DEFAULT-VALUE}).")
  String warehouse;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: <warehouse>/report).")
  String out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: spark-submit's, else local[*].")
  String master;

  @Mixin
  DiplomacyTrendsCli.Verbosity verbosity;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PipelineConfig config = ConfigLoader.defaults();
    config.warehouse = warehouse;
    if (master != null) {
      config.master = master;
    }
    config.validate();
    String target = out != null ? out : ReportWriter.defaultOut(warehouse);
    Instant start = Instant.now();
    ReportWriter.Result result = JobLauncher.runInSession(config,
        (spark, c) -> ReportWriter.write(spark, c.warehouse, Warehouse.child(c.warehouse, "csv"), target));
    print(result, start, new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
    return 0;
  }

  /** The lines the command and the after-run step print: the page first, then the notebooks. */
  static void print(ReportWriter.Result result, Instant start, PrintStream out) {
    out.printf("report   %s  (%.1f s)%n", result.index(), Duration.between(start, Instant.now()).toMillis() / 1000.0);
    result.notebooks().forEach(f -> out.println("  notebook   " + f));
    result.databricks().forEach(f -> out.println("  databricks " + f));
  }
}
