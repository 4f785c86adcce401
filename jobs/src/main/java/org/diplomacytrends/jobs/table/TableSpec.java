package org.diplomacytrends.jobs.table;

import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.diplomacytrends.jobs.config.Warehouse;

/**
 * A Delta table the pipeline writes: where it lives, what it means, its columns (each with a
 * comment) and the natural key that MERGE matches on, so reruns never duplicate rows.
 *
 * @param layer bronze, silver or gold
 * @param name table name, also its folder name
 * @param comment what a row is
 * @param schema columns with comments
 * @param keys the natural key columns
 */
public record TableSpec(String layer, String name, String comment, StructType schema, List<String> keys) {

  /** The table's location below the warehouse root. */
  public String path(String warehouse) {
    return Warehouse.child(Warehouse.child(warehouse, layer), name);
  }

  /** Column names in schema order. */
  public List<String> columns() {
    return List.of(schema.fieldNames());
  }
}
