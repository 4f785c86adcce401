package org.diplomacytrends.notebooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A small, bounded result brought to the driver: column names and rows of plain Java values
 * (strings, numbers, dates, lists). It renders itself as an HTML table for the report, and as
 * pandas-style HTML and text for the notebooks' outputs.
 *
 * @param columns column names
 * @param rows row values, in column order
 * @param truncated true when the query had more rows than were kept
 */
public record DataTable(List<String> columns, List<List<Object>> rows, boolean truncated) {

  public DataTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /**
   * At most {@code maxRows} rows of {@code frame}: the limit runs in Spark, so the driver never
   * holds more than that, whatever the table's size. (One job; {@code toLocalIterator} would run
   * one job per partition, which costs seconds for results this small.)
   */
  public static DataTable collect(Dataset<Row> frame, int maxRows) {
    List<String> columns = List.of(frame.columns());
    List<List<Object>> rows = new ArrayList<>();
    Iterator<Row> it = frame.limit(maxRows + 1).collectAsList().iterator();
    boolean truncated = false;
    while (it.hasNext()) {
      Row row = it.next();
      if (rows.size() == maxRows) {
        truncated = true;
        break;
      }
      List<Object> values = new ArrayList<>(row.length());
      for (int i = 0; i < row.length(); i++) {
        values.add(row.isNullAt(i) ? null : row.get(i) instanceof scala.collection.Seq<?> ? List.copyOf(row.getList(i)) : row.get(i));
      }
      rows.add(values);
    }
    return new DataTable(columns, rows, truncated);
  }

  /** Number of rows kept. */
  public int size() {
    return rows.size();
  }

  /** Index of a column; an unknown name is a programming error. */
  public int index(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return i;
  }

  /** The value at a row and column. */
  public Object get(int row, String column) {
    return rows.get(row).get(index(column));
  }

  /** The value as text ({@code null} stays null). */
  public String text(int row, String column) {
    Object value = get(row, column);
    return value == null ? null : value.toString();
  }

  /** The value as a number (0 for null). */
  public long number(int row, String column) {
    Object value = get(row, column);
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** The rows that pass {@code keep}, by row index. */
  public DataTable filter(Predicate<Integer> keep) {
    List<List<Object>> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (keep.test(i)) {
        kept.add(rows.get(i));
      }
    }
    return new DataTable(columns, kept, truncated);
  }

  /** The same rows with only {@code names}, in that order. */
  public DataTable select(String... names) {
    int[] at = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      at[i] = index(names[i]);
    }
    List<List<Object>> picked = new ArrayList<>();
    for (List<Object> row : rows) {
      List<Object> values = new ArrayList<>(names.length);
      for (int i : at) {
        values.add(row.get(i));
      }
      picked.add(values);
    }
    return new DataTable(List.of(names), picked, truncated);
  }

  /** A plain HTML table for the report, every cell escaped; numbers right-aligned by class. */
  public String toHtml() {
    StringBuilder out = new StringBuilder("<table class=\"data\">\n<thead><tr>");
    for (String column : columns) {
      out.append("<th>").append(Html.escape(column)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : rows) {
      out.append("<tr>");
      for (Object value : row) {
        String css = !(value instanceof Number n) ? "" : n.doubleValue() == 0 ? " class=\"num zero\"" : " class=\"num\"";
        out.append("<td").append(css).append(">").append(Html.escape(cell(value, ""))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (truncated) {
      out.append("<p class=\"note\">First ").append(rows.size()).append(" rows shown.</p>\n");
    }
    return out.toString();
  }

  /** The HTML a pandas DataFrame shows in Jupyter (index column, {@code class="dataframe"}); nulls as {@code nullText}. */
  public String toPandasHtml(String nullText) {
    StringBuilder out = new StringBuilder("<div>\n<table border=\"1\" class=\"dataframe\">\n  <thead>\n    <tr style=\"text-align: right;\">\n      <th></th>\n");
    for (String column : columns) {
      out.append("      <th>").append(Html.escape(column)).append("</th>\n");
    }
    out.append("    </tr>\n  </thead>\n  <tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      out.append("    <tr>\n      <th>").append(i).append("</th>\n");
      for (Object value : rows.get(i)) {
        out.append("      <td>").append(Html.escape(cell(value, nullText))).append("</td>\n");
      }
      out.append("    </tr>\n");
    }
    out.append("  </tbody>\n</table>\n<p>").append(rows.size()).append(" rows × ").append(columns.size())
        .append(" columns</p>\n</div>");
    return out.toString();
  }

  /** Fixed-width text like pandas' repr: index, then columns right-aligned; nulls as {@code nullText}. */
  public String toPlainText(String nullText) {
    if (rows.isEmpty()) {
      return "Empty DataFrame\nColumns: [" + String.join(", ", columns) + "]\nIndex: []";
    }
    List<List<String>> cells = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(columns);
    cells.add(header);
    for (int i = 0; i < rows.size(); i++) {
      List<String> line = new ArrayList<>();
      line.add(Integer.toString(i));
      rows.get(i).forEach(v -> line.add(cell(v, nullText)));
      cells.add(line);
    }
    int[] widths = new int[header.size()];
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], line.get(c).codePointCount(0, line.get(c).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < line.size(); c++) {
        if (c > 0) {
          text.append("  ");
        }
        String value = line.get(c);
        text.append(" ".repeat(widths[c] - value.codePointCount(0, value.length()))).append(value);
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString().stripTrailing();
  }

  static String cell(Object value, String nullText) {
    if (value == null) {
      return nullText;
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(v -> Objects.toString(v, nullText)).toList());
    }
    if (value instanceof Double d) {
      return String.format(java.util.Locale.ROOT, "%.2f", d);
    }
    return value.toString();
  }
}
