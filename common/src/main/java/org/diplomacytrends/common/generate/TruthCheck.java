package org.diplomacytrends.common.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the pipeline's gold CSVs with the generator's truth CSVs: for every key in either
 * file, every column the truth has. The result lists each difference, so a failing check says
 * which province, year and column is off and by how much.
 */
public final class TruthCheck {
  /**
   * The outcome for one table.
   *
   * @param table table name
   * @param truthRows rows in the truth
   * @param goldRows rows in the pipeline's CSV
   * @param differences one line per differing cell or missing row
   */
  public record Result(String table, int truthRows, int goldRows, List<String> differences) {
    /** True when the pipeline's table equals the truth on the truth's columns. */
    public boolean matches() {
      return differences.isEmpty();
    }
  }

  private TruthCheck() {}

  /** Checks {@code province_year} and {@code partner_year}. */
  public static List<Result> check(Path truthDir, Path goldCsvDir) throws IOException {
    return List.of(
        compare("province_year", truthDir.resolve("province_year.csv"), goldCsvDir.resolve("province_year.csv"), 3),
        compare("partner_year", truthDir.resolve("partner_year.csv"), goldCsvDir.resolve("partner_year.csv"), 3));
  }

  /** Compares two CSVs keyed by their first {@code keyColumns} columns (of the truth's header). */
  static Result compare(String table, Path truthFile, Path goldFile, int keyColumns) throws IOException {
    List<List<String>> truth = read(truthFile);
    List<List<String>> gold = read(goldFile);
    List<String> truthHeader = truth.get(0);
    List<String> goldHeader = gold.get(0);
    int[] goldIndex = new int[truthHeader.size()];
    for (int i = 0; i < truthHeader.size(); i++) {
      goldIndex[i] = goldHeader.indexOf(truthHeader.get(i));
      if (goldIndex[i] < 0) {
        throw new IOException(goldFile + " has no column " + truthHeader.get(i));
      }
    }
    Map<String, List<String>> truthRows = keyed(truth, keyColumns, null);
    Map<String, List<String>> goldRows = keyed(gold, keyColumns, goldIndex);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : truthRows.entrySet()) {
      List<String> other = goldRows.get(e.getKey());
      if (other == null) {
        differences.add(e.getKey() + ": missing from the pipeline's table");
        continue;
      }
      for (int i = keyColumns; i < truthHeader.size(); i++) {
        if (!e.getValue().get(i).equals(other.get(i))) {
          differences.add(e.getKey() + " " + truthHeader.get(i) + ": truth " + e.getValue().get(i) + ", pipeline "
              + other.get(i));
        }
      }
    }
    for (String key : goldRows.keySet()) {
      if (!truthRows.containsKey(key)) {
        differences.add(key + ": in the pipeline's table, not in the truth " + goldRows.get(key));
      }
    }
    return new Result(table, truthRows.size(), goldRows.size(), differences);
  }

  /** Rows by key; with {@code index}, the gold row's cells reordered to the truth's columns. */
  private static Map<String, List<String>> keyed(List<List<String>> rows, int keyColumns, int[] index) {
    Map<String, List<String>> keyed = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      List<String> cells = row;
      if (index != null) {
        cells = new ArrayList<>(index.length);
        for (int i : index) {
          cells.add(i < row.size() ? row.get(i) : "");
        }
      }
      keyed.put(String.join("/", cells.subList(0, keyColumns)), cells);
    }
    return keyed;
  }

  /** Reads an RFC 4180 CSV (BOM, CRLF, quoted cells). */
  static List<List<String>> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
