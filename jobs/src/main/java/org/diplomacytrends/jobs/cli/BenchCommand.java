package org.diplomacytrends.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.BenchJob;
import org.diplomacytrends.jobs.JobLauncher;
import org.diplomacytrends.jobs.config.ConfigLoader;
import org.diplomacytrends.jobs.config.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: the floor job against the full pipeline on a generated corpus, plus a 1% incremental run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generates a corpus (or reuses the one in --work), then times the floor job (read the corpus, "
        + "write one Delta table), the full pipeline and an incremental run with 1%% new documents; checks the gold "
        + "CSVs against the generator's truth and prints documents/s, ratios, task counts and driver heap."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--docs", paramLabel = "N", required = true, description = "Documents in the generated corpus.")
  long docs;

  @Option(names = "--format", paramLabel = "txt|jsonl", defaultValue = "txt",
      description = "Input shape (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work",
      description = "Folder for the corpus and the warehouses (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--incremental-percent", paramLabel = "P", defaultValue = "1",
      description = "New documents for the incremental run, in percent of --docs; 0 skips it (default: ${DEFAULT-VALUE}).")
  double incrementalPercent;

  @Option(names = "--jsonl-file-mb", paramLabel = "MB", defaultValue = "50",
      description = "Size of each generated JSON Lines file (default: ${DEFAULT-VALUE}).")
  long jsonlFileMb;

  @Mixin
  DiplomacyTrendsCli.Verbosity verbosity;

  @Override
  public Integer call() {
    if (docs < 1) {
      throw Errors.invalidOption("--docs", docs, "at least 1 document");
    }
    BenchJob.Options options = new BenchJob.Options(docs, GenerateCommand.parseFormat(format), seed,
        work.toAbsolutePath().normalize(), incrementalPercent, jsonlFileMb << 20);
    PipelineConfig session = ConfigLoader.defaults();
    session.master = master;
    session.appName = "diplomacy-trends-bench";
    JobLauncher.runInSession(session, (spark, c) -> BenchJob.run(spark, options, System.out));
    return 0;
  }
}
