package org.diplomacytrends.notebooks;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.config.Warehouse;

/**
 * Writes the report folder: {@code index.html}, {@code notebooks/*.ipynb} and
 * {@code databricks/*.py}. Files go through the Hadoop FileSystem (local folders and cluster
 * storage alike), each to a temporary name first and renamed, so a reader never sees half a file.
 */
public final class ReportWriter {
  /** The report folder's name below the warehouse, when no other is given. */
  public static final String DEFAULT_FOLDER = "report";

  /**
   * What was written.
   *
   * @param index the HTML page
   * @param notebooks the Jupyter notebooks
   * @param databricks the Databricks source notebooks
   */
  public record Result(String index, List<String> notebooks, List<String> databricks) {}

  private ReportWriter() {}

  /** {@code <warehouse>/report}. */
  public static String defaultOut(String warehouse) {
    return Warehouse.child(warehouse, DEFAULT_FOLDER);
  }

  /**
   * Reads the warehouse and writes the report to {@code out}.
   *
   * @param csvDir where the run wrote its CSV summaries (the pandas cells read them)
   */
  public static Result write(SparkSession spark, String warehouse, String csvDir, String out) {
    Instant now = Instant.now();
    ReportData data = ReportData.load(spark, warehouse);
    Notebooks.Paths paths = new Notebooks.Paths(
        relative(Warehouse.child(out, "notebooks"), warehouse),
        relative(Warehouse.child(out, "notebooks"), csvDir),
        absolute(warehouse));
    Map<String, Notebook> notebooks = new Notebooks(spark, warehouse, paths,
        DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(now)).build(data);

    Map<String, String> links = new LinkedHashMap<>();
    for (var entry : notebooks.entrySet()) {
      links.put(title(entry.getValue()) + " (Jupyter)", "notebooks/" + entry.getKey() + ".ipynb");
      links.put(title(entry.getValue()) + " (Databricks source)", "databricks/" + entry.getKey() + ".py");
    }
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String index = Warehouse.child(out, "index.html");
    writeText(hadoop, index, HtmlReport.render(data, now, links));
    List<String> ipynb = new ArrayList<>();
    List<String> py = new ArrayList<>();
    for (var entry : notebooks.entrySet()) {
      String nb = Warehouse.child(Warehouse.child(out, "notebooks"), entry.getKey() + ".ipynb");
      writeText(hadoop, nb, entry.getValue().toIpynb());
      ipynb.add(nb);
      String source = Warehouse.child(Warehouse.child(out, "databricks"), entry.getKey() + ".py");
      writeText(hadoop, source, entry.getValue().toDatabricksSource());
      py.add(source);
    }
    return new Result(index, ipynb, py);
  }

  private static String title(Notebook notebook) {
    Notebook.Cell first = notebook.cells().get(0);
    String heading = first instanceof Notebook.Markdown md ? md.source().lines().findFirst().orElse("") : "";
    return heading.replaceFirst("^#+\\s*", "");
  }

  /**
   * {@code target} as the notebook code should name it: relative to {@code from} when both are
   * local paths (the report folder can move with its warehouse), else as given.
   */
  static String relative(String from, String target) {
    if (!isLocal(from) || !isLocal(target)) {
      return target;
    }
    java.nio.file.Path base = localPath(from);
    java.nio.file.Path path = localPath(target);
    String relative = base.relativize(path).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  /** The path as an absolute URI or path, for a notebook that runs elsewhere (Databricks). */
  static String absolute(String path) {
    return isLocal(path) ? localPath(path).toString() : path;
  }

  private static boolean isLocal(String path) {
    URI uri = new Path(path).toUri();
    return uri.getScheme() == null || "file".equals(uri.getScheme());
  }

  private static java.nio.file.Path localPath(String path) {
    return java.nio.file.Path.of(new Path(path).toUri().getPath()).toAbsolutePath().normalize();
  }

  private static void writeText(Configuration hadoop, String file, String text) {
    Path target = new Path(file);
    Path temp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try {
      FileSystem fs = target.getFileSystem(hadoop);
      if (fs instanceof ChecksumFileSystem checksummed) {
        fs = checksummed.getRawFileSystem(); // no .crc files beside the files people open
      }
      fs.mkdirs(target.getParent());
      try (Writer out = new OutputStreamWriter(fs.create(temp, true), StandardCharsets.UTF_8)) {
        out.write(text);
      }
      FileContext.getFileContext(fs.getUri(), hadoop).rename(temp, target, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw Errors.cannotWrite("the report", file, e.getMessage(), e);
    }
  }
}
