package org.diplomacytrends.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * A run's own log, {@code <warehouse>/_logs/<run id>.log}: the progress and summary lines the run
 * prints, and every warning or error logged while it runs (the console shows Spark's too, mixed
 * with other runs' on a shared driver host). Written through Hadoop's file system, so it lands
 * beside the tables wherever the warehouse is.
 */
final class RunLogFile implements AutoCloseable {
  /** The folder of run logs under the warehouse. */
  static final String LOG_DIR = "_logs";

  private final Path path;
  private final Writer writer;
  private final WriterAppender appender;

  private RunLogFile(Path path, OutputStream stream, String runId) {
    this.path = path;
    this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.appender = WriterAppender.newBuilder()
        .setName("run-log-" + runId)
        .setTarget(writer)
        .setLayout(PatternLayout.newBuilder().withPattern("%d{HH:mm:ss} %level %c{1}: %msg%n").build())
        .build();
    appender.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().addAppender(appender, Level.WARN, null);
    context.updateLoggers();
  }

  /** Opens the log of run {@code runId} under {@code warehouse}. */
  static RunLogFile open(Configuration hadoop, String warehouse, String runId) {
    Path path = new Path(new Path(warehouse, LOG_DIR), runId + ".log");
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      return new RunLogFile(path, fs.create(path, true), runId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the run log " + path, e);
    }
  }

  /** Where the log is written. */
  Path path() {
    return path;
  }

  /** A stream that prints to {@code out} and into the log. */
  PrintStream tee(PrintStream out) {
    OutputStream both = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        synchronized (writer) {
          writer.write(b);
        }
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        synchronized (writer) {
          writer.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }
      }

      @Override
      public void flush() throws IOException {
        out.flush();
        synchronized (writer) {
          writer.flush();
        }
      }
    };
    return new PrintStream(both, true, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().removeAppender(appender.getName());
    context.updateLoggers();
    appender.stop();
    try {
      synchronized (writer) {
        writer.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the run log " + path, e);
    }
  }
}
