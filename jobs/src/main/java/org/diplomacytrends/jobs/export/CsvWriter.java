package org.diplomacytrends.jobs.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Chinese,
 * Korean and Russian), CRLF line ends, and text cells that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR) neutralised with a leading apostrophe.
 */
public final class CsvWriter {
  private static final char BOM = '\uFEFF';

  private final Writer out;

  /** Starts a CSV document on {@code out}: writes the BOM and the header. */
  public CsvWriter(Writer out, List<String> header) throws IOException {
    this.out = out;
    out.write(BOM);
    writeRow(header.stream().map(h -> (Object) h).toList());
  }

  /** Writes one row; nulls become empty cells, numbers are written as they are. */
  public void writeRow(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
