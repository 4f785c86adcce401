package org.diplomacytrends.jobs.spi;

import java.io.PrintStream;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.PipelineJob;
import org.diplomacytrends.jobs.config.PipelineConfig;

/**
 * A module that builds on the pipeline (for example {@code notebooks-export}) plugs in here,
 * found with {@link ServiceLoader} ({@code META-INF/services}), so {@code jobs} never depends on
 * it: it may add CLI subcommands and a step after each successful {@code run}.
 */
public interface PipelineExtension {

  /** Picocli command objects to add to {@code bin/diplomacy-trends}. */
  default List<Object> subcommands() {
    return List.of();
  }

  /** Runs after a successful pipeline run, in the same session; prints its own progress lines. */
  default void afterRun(SparkSession spark, PipelineConfig config, PipelineJob.Result result, PrintStream out) {}

  /** Every extension on the classpath. */
  static List<PipelineExtension> installed() {
    return ServiceLoader.load(PipelineExtension.class).stream().map(ServiceLoader.Provider::get).toList();
  }
}
