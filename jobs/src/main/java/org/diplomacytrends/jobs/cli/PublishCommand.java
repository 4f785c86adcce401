package org.diplomacytrends.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.JobLauncher;
import org.diplomacytrends.jobs.PublishJob;
import org.diplomacytrends.jobs.config.ConfigLoader;
import org.diplomacytrends.jobs.config.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publish}: the gold tables and silver articles and events into PostgreSQL, for BI tools. */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Copies the gold tables and silver articles and events into PostgreSQL for BI tools, replacing the "
        + "published tables in one transaction (readers never see a half-loaded table).",
        "Example: publish --jdbc-url jdbc:postgresql://localhost:5432/analytics --user bi --password-env DT_PG_PASSWORD"})
public final class PublishCommand implements Callable<Integer> {
  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "PostgreSQL database: jdbc:postgresql://HOST:PORT/DATABASE. Default: publish.jdbc-url of the configuration.")
  String jdbcUrl;

  @Option(names = "--user", paramLabel = "USER", description = "Database user. Default: publish.user, else the OS user.")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Name of the environment variable holding the password (the password never goes on the command line).")
  String passwordEnv;

  @Option(names = "--schema", paramLabel = "SCHEMA", description = "Schema to publish into (created when missing). Default: public.")
  String schema;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse a run wrote. Default: ./warehouse.")
  String warehouse;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--conf", paramLabel = "FILE", description = "YAML file over the defaults in conf/diplomacy-trends.yaml.")
  Path conf;

  @Mixin
  DiplomacyTrendsCli.Verbosity verbosity;

  /** Defaults, then the --conf file, then these flags; validated. */
  public PipelineConfig toConfig() {
    PipelineConfig config = ConfigLoader.load(conf);
    if (jdbcUrl != null) {
      config.publish.jdbcUrl = jdbcUrl;
    }
    if (user != null) {
      config.publish.user = user;
    }
    if (passwordEnv != null) {
      config.publish.passwordEnv = passwordEnv;
    }
    if (schema != null) {
      config.publish.schema = schema;
    }
    if (warehouse != null) {
      config.warehouse = warehouse;
    }
    if (master != null) {
      config.master = master;
    }
    config.validate();
    config.publish.validate();
    if (config.publish.passwordEnv != null && System.getenv(config.publish.passwordEnv) == null) {
      throw Errors.passwordEnvMissing(config.publish.passwordEnv); // before a Spark session starts
    }
    return config;
  }

  @Override
  public Integer call() {
    PipelineConfig config = toConfig();
    JobLauncher.runInSession(config, PublishJob::run);
    return 0;
  }
}
