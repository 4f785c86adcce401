package org.diplomacytrends.jobs.table;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Reads and writes the pipeline's Delta tables below one warehouse root. Writes are MERGEs on
 * each table's natural key, so a rerun on the same input leaves every table as it was.
 */
public final class DeltaTableStore {
  private final SparkSession spark;
  private final String warehouse;

  public DeltaTableStore(SparkSession spark, String warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** The table's location. */
  public String path(TableSpec spec) {
    return spec.path(warehouse);
  }

  /** Creates the table with its schema and comments when it does not exist yet. */
  public DeltaTable ensure(TableSpec spec) {
    DeltaTable.createIfNotExists(spark)
        .location(path(spec))
        .addColumns(spec.schema())
        .comment(spec.comment())
        .execute();
    return DeltaTable.forPath(spark, path(spec));
  }

  /** The table's current rows (created empty first when missing). */
  public Dataset<Row> read(TableSpec spec) {
    ensure(spec);
    return spark.read().format("delta").load(path(spec));
  }

  /** {@code rows} in the table's column order and types, so MERGE and CSV see one shape. */
  public static Dataset<Row> conform(TableSpec spec, Dataset<Row> rows) {
    Column[] columns = new Column[spec.schema().fields().length];
    int i = 0;
    for (StructField field : spec.schema().fields()) {
      columns[i++] = col(field.name()).cast(field.dataType()).as(field.name());
    }
    return rows.select(columns);
  }

  /** Inserts the rows whose key is not in the table yet; existing rows stay as they are. */
  public void insertNew(TableSpec spec, Dataset<Row> rows) {
    ensure(spec)
        .as("t")
        .merge(conform(spec, rows).as("s"), keyCondition(spec))
        .whenNotMatched()
        .insertAll()
        .execute();
  }

  /**
   * Makes the table hold exactly {@code rows}: changed rows updated, new rows inserted, rows no
   * longer derived deleted. Unchanged rows are not rewritten, so readers see a stable table.
   */
  public void replaceAll(TableSpec spec, Dataset<Row> rows) {
    List<String> valueColumns =
        spec.columns().stream().filter(c -> !spec.keys().contains(c)).collect(Collectors.toList());
    String unchanged =
        valueColumns.stream().map(c -> "t.`" + c + "` <=> s.`" + c + "`").collect(Collectors.joining(" AND "));
    var merge = ensure(spec).as("t").merge(conform(spec, rows).as("s"), keyCondition(spec));
    if (!valueColumns.isEmpty()) {
      merge = merge.whenMatched("NOT (" + unchanged + ")").updateAll();
    }
    merge.whenNotMatched().insertAll().whenNotMatchedBySource().delete().execute();
  }

  /** Merges with a custom action when a key already exists (for example, adding sources). */
  public io.delta.tables.DeltaMergeBuilder merge(TableSpec spec, Dataset<Row> rows) {
    return ensure(spec).as("t").merge(conform(spec, rows).as("s"), keyCondition(spec));
  }

  /** Rows the table's latest commit inserted (from Delta's operation metrics; 0 when none). */
  public long rowsInsertedByLastCommit(TableSpec spec) {
    Row last = DeltaTable.forPath(spark, path(spec)).history(1).select("operationMetrics").first();
    java.util.Map<String, String> metrics = last.getJavaMap(0);
    String inserted = metrics == null ? null : metrics.get("numTargetRowsInserted");
    return inserted == null ? 0 : Long.parseLong(inserted);
  }

  private static String keyCondition(TableSpec spec) {
    return spec.keys().stream().map(k -> "t.`" + k + "` <=> s.`" + k + "`").collect(Collectors.joining(" AND "));
  }
}
