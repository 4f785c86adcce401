package org.diplomacytrends.jobs.cli;

import java.util.concurrent.Callable;
import org.diplomacytrends.jobs.JobLauncher;
import org.diplomacytrends.jobs.PipelineJob;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.spi.PipelineExtension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code run}: the whole pipeline, ingest to CSV. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs the whole pipeline: ingest (bronze) → extract (silver) → aggregate (gold) → CSV.",
        "With no options: the bundled sample corpus, local[*], ./warehouse."})
final class RunCommand implements Callable<Integer> {
  @Mixin
  RunOptions options;

  @Mixin
  DiplomacyTrendsCli.Verbosity verbosity;

  @Override
  public Integer call() {
    PipelineConfig config = options.toConfig();
    org.diplomacytrends.jobs.Preflight.check(config);
    JobLauncher.runInSession(config, (spark, c) -> {
      PipelineJob.Result result = PipelineJob.run(spark, c);
      for (PipelineExtension extension : PipelineExtension.installed()) {
        extension.afterRun(spark, c, result, System.out);
      }
      return result;
    });
    return 0;
  }
}
