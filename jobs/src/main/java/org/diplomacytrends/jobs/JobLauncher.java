package org.diplomacytrends.jobs;

import java.util.function.BiFunction;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.cli.DiplomacyTrendsCli;
import org.diplomacytrends.jobs.cli.RunOptions;
import org.diplomacytrends.jobs.config.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code main} of every job: parse the options, build the session, call {@code run}, and exit
 * non-zero with a one-line reason on any failure.
 */
public final class JobLauncher {
  private JobLauncher() {}

  /** Parses {@code args}, runs {@code job} and exits the JVM with its status. */
  public static void launch(String name, String[] args, BiFunction<SparkSession, PipelineConfig, ?> job) {
    JobCommand command = new JobCommand(job);
    CommandLine cli = DiplomacyTrendsCli.configure(new CommandLine(command).setCommandName(name));
    System.exit(cli.execute(args));
  }

  /** Runs {@code job} in a session built for {@code config}; the session is stopped afterwards. */
  public static <R> R runInSession(PipelineConfig config, BiFunction<SparkSession, PipelineConfig, R> job) {
    SparkSession spark = SparkSessionFactory.create(config);
    try {
      return job.apply(spark, config);
    } finally {
      spark.stop();
    }
  }

  @Command(mixinStandardHelpOptions = true, description = "Runs one job of the diplomacy-trends pipeline.")
  static final class JobCommand implements java.util.concurrent.Callable<Integer> {
    private final BiFunction<SparkSession, PipelineConfig, ?> job;

    @Mixin
    RunOptions options;

    @Mixin
    DiplomacyTrendsCli.Verbosity verbosity;

    JobCommand(BiFunction<SparkSession, PipelineConfig, ?> job) {
      this.job = job;
    }

    @Override
    public Integer call() {
      PipelineConfig config = options.toConfig();
      Preflight.check(config);
      if (config.runId == null) {
        config.runId = PipelineJob.newRunId();
      }
      Object result = runInSession(config, job);
      if (!(result instanceof PipelineJob.Result)) {
        System.out.println(result); // the pipeline prints its own progress and summary
      }
      return 0;
    }
  }
}
