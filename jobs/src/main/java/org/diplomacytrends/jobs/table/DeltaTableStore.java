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
    this.warehouse = qualified(spark, warehouse);
  }

  /** Delta rejects relative table locations ("warehouse/meta/runs is not a valid name"): qualify them. */
  private static String qualified(SparkSession spark, String warehouse) {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(warehouse);
    try {
      return root.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(root).toString();
    } catch (java.io.IOException e) {
      throw org.diplomacytrends.common.error.Errors.cannotWrite("tables", warehouse, e.getMessage(), e);
    }
  }

  /** The session the store writes with. */
  public SparkSession spark() {
    return spark;
  }

  /** The table's location. */
  public String path(TableSpec spec) {
    return spec.path(warehouse);
  }

  /** How often a write that lost a race with a concurrent run is retried. */
  static final int CONFLICT_RETRIES = 8;

  /** Tables this store has created or found, so each is checked once, not before every access. */
  private final java.util.Set<String> ensured = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Creates the table with its schema and comments when it does not exist yet; a table written by
   * an older version of the project gets the columns it lacks (added at the end, nullable, with
   * their comments), so that an upgrade reads and extends the warehouse it finds.
   */
  public DeltaTable ensure(TableSpec spec) {
    if (!ensured.contains(spec.name())) {
      retryingConflicts(spec, () -> DeltaTable.createIfNotExists(spark)
          .location(path(spec))
          .addColumns(spec.schema())
          .comment(spec.comment())
          .execute());
      addMissingColumns(spec);
      ensured.add(spec.name());
    }
    return DeltaTable.forPath(spark, path(spec));
  }

  private void addMissingColumns(TableSpec spec) {
    java.util.Set<String> present = new java.util.HashSet<>(
        List.of(DeltaTable.forPath(spark, path(spec)).toDF().schema().fieldNames()));
    List<String> missing = new java.util.ArrayList<>();
    for (StructField field : spec.schema().fields()) {
      if (!present.contains(field.name())) {
        String comment = field.getComment().isDefined() ? field.getComment().get() : "";
        missing.add("`" + field.name() + "` " + field.dataType().sql() + " COMMENT '" + comment.replace("'", "\\'") + "'");
      }
    }
    if (!missing.isEmpty()) {
      retryingConflicts(spec, () -> spark.sql("ALTER TABLE delta.`" + path(spec) + "` ADD COLUMNS ("
          + String.join(", ", missing) + ")"));
    }
  }

  /** Deletes the rows whose {@code key} column holds one of the values of {@code keys}' only column. */
  public void deleteWhereKeyIn(TableSpec spec, String key, Dataset<Row> keys) {
    retryingConflicts(spec, () -> ensure(spec)
        .as("t")
        .merge(keys.select(col(keys.columns()[0]).as("k")).distinct().as("s"), "t.`" + key + "` = s.k")
        .whenMatched()
        .delete()
        .execute());
  }

  /** Inserts new rows and replaces the rows whose key is already in the table. */
  public void upsert(TableSpec spec, Dataset<Row> rows) {
    retryingConflicts(spec, () -> ensure(spec)
        .as("t")
        .merge(conform(spec, rows).as("s"), keyCondition(spec))
        .whenMatched()
        .updateAll()
        .whenNotMatched()
        .insertAll()
        .execute());
  }

  /**
   * Runs a write, retrying when a concurrent run committed first. Every write here is a MERGE on
   * natural keys, so replaying it after the other run's commit gives the same table: two runs on
   * one warehouse both succeed instead of one failing or doubling rows.
   */
  <T> T retryingConflicts(TableSpec spec, java.util.function.Supplier<T> write) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write.get();
      } catch (java.util.ConcurrentModificationException e) {
        if (attempt >= CONFLICT_RETRIES) {
          throw org.diplomacytrends.common.error.Errors.cannotWrite("table " + spec.name(), path(spec),
              "another run kept committing to it (" + attempt + " attempts): " + e.getClass().getSimpleName(), e);
        }
        try {
          Thread.sleep(200L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextLong(200));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private void retryingConflicts(TableSpec spec, Runnable write) {
    retryingConflicts(spec, () -> {
      write.run();
      return null;
    });
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
    retryingConflicts(spec, () -> ensure(spec)
        .as("t")
        .merge(conform(spec, rows).as("s"), keyCondition(spec))
        .whenNotMatched()
        .insertAll()
        .execute());
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
    retryingConflicts(spec, () -> {
      var merge = ensure(spec).as("t").merge(conform(spec, rows).as("s"), keyCondition(spec));
      if (!valueColumns.isEmpty()) {
        merge = merge.whenMatched("NOT (" + unchanged + ")").updateAll();
      }
      merge.whenNotMatched().insertAll().whenNotMatchedBySource().delete().execute();
    });
  }

  /**
   * Merges with custom actions (for example, adding sources to an existing row), retrying on
   * conflicts with concurrent runs.
   */
  public void merge(TableSpec spec, Dataset<Row> rows,
      java.util.function.UnaryOperator<io.delta.tables.DeltaMergeBuilder> actions) {
    retryingConflicts(spec, () -> actions.apply(
        ensure(spec).as("t").merge(conform(spec, rows).as("s"), keyCondition(spec))).execute());
  }

  private static String keyCondition(TableSpec spec) {
    return spec.keys().stream().map(k -> "t.`" + k + "` <=> s.`" + k + "`").collect(Collectors.joining(" AND "));
  }
}
