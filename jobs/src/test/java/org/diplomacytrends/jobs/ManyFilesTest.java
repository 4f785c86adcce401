package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of 100,000 small files: every one accounted for, packed into few tasks, not one task per file. */
class ManyFilesTest {
  private static final int FILES = 100_000;
  private static final String[] PROVINCES = {"黑龙江省", "吉林省", "辽宁省", "云南省", "广西壮族自治区", "浙江省"};
  private static final String[] COUNTRIES = {"俄罗斯", "日本", "韩国", "老挝", "越南", "德国"};

  private static SparkSession spark;
  private static PipelineJob.Result result;
  private static PipelineConfig config;
  private static long largestIngestStageTasks;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runOnAHundredThousandFiles() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < FILES; i++) {
      String text = "2024-03-" + String.format("%02d", 1 + i % 28) + "\n" + PROVINCES[i % PROVINCES.length]
          + "代表团第" + i + "次访问" + COUNTRIES[(i / 7) % COUNTRIES.length] + "，双方签署" + (1 + i % 3) + "项合作协议。";
      Files.writeString(corpus.resolve("a" + i + ".txt"), text, StandardCharsets.UTF_8);
    }
    Files.write(corpus.resolve("z-empty.txt"), new byte[0]);
    spark = SharedSpark.start();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onStageCompleted(SparkListenerStageCompleted stage) {
        synchronized (ManyFilesTest.class) {
          largestIngestStageTasks = Math.max(largestIngestStageTasks, stage.stageInfo().numTasks());
        }
      }
    });
    config = SharedSpark.config(dir, corpus.toString());
    result = PipelineJob.run(spark, config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyFileIsAccountedFor() {
    assertThat(result.ingest().files()).as("files listed").isEqualTo(FILES + 1);
    assertThat(result.ingest().records()).as("inputs").isEqualTo(FILES + 1);
    assertThat(result.ingest().accepted()).as("articles").isEqualTo(FILES);
    assertThat(result.ingest().rejected()).as("the empty file").isEqualTo(1);
    Row run = new DeltaTableStore(spark, config.warehouse).read(Tables.RUNS).first();
    assertThat(run.<Long>getAs("inputs")).isEqualTo(run.<Long>getAs("accepted") + run.<Long>getAs("rejected")
        + run.<Long>getAs("duplicates"));
    assertThat(result.extract().articles()).as("articles extracted").isEqualTo(FILES);
  }

  @Test
  void smallFilesArePackedIntoFewTasks() {
    // 295 tasks were measured for 100,000 files with the shipped defaults (32 KB open cost, 32 MB splits).
    assertThat(largestIngestStageTasks).as("tasks of the largest stage (not one per file)").isLessThan(FILES / 300);
  }
}
