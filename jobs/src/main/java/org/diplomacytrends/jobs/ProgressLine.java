package org.diplomacytrends.jobs;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A line while a stage runs, at most every {@link #INTERVAL_NANOS}: the stage, the records its
 * finished tasks have read and the rate ("  … extract: 120,000 records read, 4,100/s, 29 s").
 * Spark's own console progress bar is off (it draws over the pipeline's lines); this one prints
 * whole lines, so it reads in a terminal and in a CI log alike.
 */
final class ProgressLine extends SparkListener implements AutoCloseable {
  /** Shortest time between two lines. */
  static final long INTERVAL_NANOS = 10_000_000_000L;

  private final SparkContext context;
  private final PrintStream out;
  private final AtomicLong records = new AtomicLong();
  private volatile String stage = "";
  private volatile long stageStart = System.nanoTime();
  private volatile long lastLine = System.nanoTime();

  private ProgressLine(SparkContext context, PrintStream out) {
    this.context = context;
    this.out = out;
  }

  /** Starts reporting on {@code out} the tasks of {@code context}. */
  static ProgressLine start(SparkContext context, PrintStream out) {
    ProgressLine line = new ProgressLine(context, out);
    context.addSparkListener(line);
    return line;
  }

  /** A new stage of the pipeline begins: its count starts at zero. */
  void stage(String name) {
    records.set(0);
    stage = name;
    stageStart = System.nanoTime();
    lastLine = stageStart;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    TaskMetrics metrics = taskEnd.taskMetrics();
    if (metrics != null) {
      records.addAndGet(metrics.inputMetrics().recordsRead());
    }
    long now = System.nanoTime();
    if (now - lastLine >= INTERVAL_NANOS) {
      lastLine = now;
      out.println(format(stage, records.get(), now - stageStart));
    }
  }

  /** The line for a stage that has read {@code read} records in {@code elapsedNanos}. */
  static String format(String stage, long read, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    return String.format("  … %s: %,d records read, %,.0f/s, %.0f s", stage, read, read / seconds, seconds);
  }

  @Override
  public void close() {
    context.removeSparkListener(this);
  }
}
