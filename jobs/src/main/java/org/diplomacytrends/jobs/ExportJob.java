package org.diplomacytrends.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.config.Warehouse;
import org.diplomacytrends.jobs.export.CsvWriter;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;

/**
 * CSV: one file per gold table, rows in key order, written through the Hadoop FileSystem to a
 * temporary file and renamed over the old one, so a reader never sees half a file. Rows stream to
 * the driver one partition at a time ({@code toLocalIterator}), never all at once.
 */
public final class ExportJob {

  /** The CSV files written, one per gold table. */
  public record Result(List<String> files) {}

  private ExportJob() {}

  public static void main(String[] args) {
    JobLauncher.launch("export", args, ExportJob::run);
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>();
    for (TableSpec spec : Tables.GOLD) {
      Path target = new Path(Warehouse.child(config.csvDir(), spec.name() + ".csv"));
      Column[] order = spec.keys().stream().map(k -> col(k).asc_nulls_first()).toArray(Column[]::new);
      Iterator<Row> rows = store.read(spec).orderBy(order).toLocalIterator();
      write(hadoop, target, spec.columns(), rows, config.runId);
      files.add(target.toString());
    }
    return new Result(files);
  }

  static void write(Configuration hadoop, Path target, List<String> header, Iterator<Row> rows, String runId) {
    Path temp = new Path(target.getParent(), "." + target.getName() + "." + runId + ".tmp");
    try {
      FileSystem fs = target.getFileSystem(hadoop);
      if (fs instanceof ChecksumFileSystem checksummed) {
        fs = checksummed.getRawFileSystem(); // no .crc files beside the CSVs people open
      }
      fs.mkdirs(target.getParent());
      try (Writer out = new OutputStreamWriter(fs.create(temp, true), StandardCharsets.UTF_8)) {
        CsvWriter csv = new CsvWriter(out, header);
        List<Object> cells = new ArrayList<>(header.size());
        while (rows.hasNext()) {
          Row row = rows.next();
          cells.clear();
          for (int i = 0; i < row.length(); i++) {
            cells.add(row.get(i));
          }
          csv.writeRow(cells);
        }
      }
      FileContext.getFileContext(fs.getUri(), hadoop).rename(temp, target, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw Errors.cannotWrite("CSV", target.toString(), e.getMessage(), e);
    }
  }
}
