package org.diplomacytrends.jobs.table;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;

/** The Markdown reference of every table, generated from {@link Tables} so docs never drift. */
public final class TableDocs {
  private TableDocs() {}

  /** One section per table: location, meaning, key, and each column with type and comment. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    for (TableSpec spec : java.util.stream.Stream.concat(Tables.ALL.stream(), Tables.META.stream()).toList()) {
      md.append("#### `").append(spec.layer()).append('/').append(spec.name()).append("`\n\n")
          .append(spec.comment()).append(". Key: ")
          .append(String.join(", ", spec.keys().stream().map(k -> "`" + k + "`").toList()))
          .append(".\n\n| column | type | meaning |\n|---|---|---|\n");
      for (StructField field : spec.schema().fields()) {
        md.append("| `").append(field.name()).append("` | ").append(typeName(field.dataType()))
            .append(field.nullable() ? "" : " not null").append(" | ")
            .append(field.getComment().isDefined() ? field.getComment().get().replace("|", "\\|") : "")
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String typeName(DataType type) {
    if (type instanceof ArrayType array) {
      return "array&lt;" + typeName(array.elementType()) + "&gt;";
    }
    return type.simpleString().replace("<", "&lt;").replace(">", "&gt;");
  }
}
