package org.diplomacytrends.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.config.PipelineConfig;

/**
 * Builds the session for a run. What spark-submit or {@code -Dspark.*} passed always wins: the
 * project's defaults ({@code conf/spark-defaults.conf}, bundled) are applied with
 * {@code setIfMissing}. Only an explicit {@code --master} overrides a submitted master.
 */
public final class SparkSessionFactory {
  /** Classpath location of the Spark defaults (copied from {@code conf/} at build time). */
  public static final String SPARK_DEFAULTS_RESOURCE = "/spark-defaults.conf";
  /** Master used when neither the flag, the config nor spark-submit gives one. */
  public static final String MASTER_DEFAULT = "local[*]";

  private SparkSessionFactory() {}

  public static SparkSession create(PipelineConfig config) {
    SparkConf conf = new SparkConf(); // loads spark.* system properties set by spark-submit
    for (var entry : projectDefaults().entrySet()) {
      conf.setIfMissing(entry.getKey().toString(), entry.getValue().toString());
    }
    if (config.master != null && !config.master.isBlank()) {
      conf.setMaster(config.master);
    } else {
      conf.setIfMissing("spark.master", MASTER_DEFAULT);
    }
    conf.setIfMissing("spark.app.name", config.appName == null ? "diplomacy-trends" : config.appName);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  static Properties projectDefaults() {
    Properties properties = new Properties();
    try (InputStream in = SparkSessionFactory.class.getResourceAsStream(SPARK_DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw Errors.unreadableConfig("classpath:" + SPARK_DEFAULTS_RESOURCE, "it is missing from the jar", null);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw Errors.unreadableConfig("classpath:" + SPARK_DEFAULTS_RESOURCE, e.getMessage(), e);
    }
    return properties;
  }
}
