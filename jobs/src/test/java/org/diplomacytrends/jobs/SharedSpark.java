package org.diplomacytrends.jobs;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.config.ConfigLoader;
import org.diplomacytrends.jobs.config.PipelineConfig;

/** Test helpers: one local session per test class, configs pointing at temporary warehouses. */
final class SharedSpark {
  private SharedSpark() {}

  /** A two-core local session with the project's Spark defaults (Delta on). */
  static SparkSession start() {
    PipelineConfig config = ConfigLoader.defaults();
    config.master = "local[2]";
    config.appName = "diplomacy-trends-test";
    System.setProperty("spark.ui.enabled", "false");
    return SparkSessionFactory.create(config);
  }

  /** The defaults with {@code input} and a warehouse below {@code dir}. */
  static PipelineConfig config(Path dir, String... input) {
    PipelineConfig config = ConfigLoader.defaults();
    config.input = java.util.List.of(input);
    config.warehouse = dir.resolve("warehouse").toString();
    config.runId = PipelineJob.newRunId();
    return config.validate();
  }

  /** The project checkout (Surefire sets the property; tests run from the module folder otherwise). */
  static Path projectDir() {
    return Path.of(System.getProperty("diplomacytrends.project.dir", "..")).toAbsolutePath().normalize();
  }

  /** ../shared beside the checkout, where CI puts the seeds and the labelled set. */
  static Path sharedDir() {
    return Path.of(System.getProperty("diplomacytrends.shared.dir", "../../shared")).toAbsolutePath().normalize();
  }
}
