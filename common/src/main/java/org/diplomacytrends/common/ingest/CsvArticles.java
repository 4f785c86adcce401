package org.diplomacytrends.common.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An article table in CSV (or TSV): a header row naming the columns, then one article per row,
 * fields quoted the RFC 4180 way (a text may span lines). Read row by row from the stream, in
 * UTF-8 (a BOM is skipped). The text column is required; the metadata columns of
 * {@link ArticleColumns} are read when the header has them. A row without text is rejected as
 * {@code missing_text}; a row the parser cannot read as {@code malformed_table}, and reading goes
 * on with the next row where the parser can find one.
 */
final class CsvArticles implements RecordStream {
  private static final CsvMapper CSV = new CsvMapper();
  /** Consecutive rows that fail at the same place: the parser cannot get past it. */
  private static final int MAX_ERRORS_IN_PLACE = 3;

  private final String source;
  private final InputStream in;
  private final ArticleColumns columns;
  private final Deque<IngestOutcome> pending = new ArrayDeque<>();
  private MappingIterator<Map<String, String>> rows;
  private int row;
  private boolean done;
  private long lastErrorOffset = -1;
  private int errorsInPlace;

  CsvArticles(String source, InputStream in, ArticleColumns columns, char separator) {
    this.source = source;
    this.in = in;
    this.columns = columns;
    try {
      Reader reader = new InputStreamReader(withoutByteOrderMark(in), StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
      CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
      rows = CSV.readerFor(Map.class).with(schema).with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .readValues(reader);
      CsvSchema header = (CsvSchema) rows.getParser().getSchema();
      if (header.column(columns.text()) == null) {
        reject(null, RejectionReason.MISSING_TEXT, "no column '" + columns.text() + "' (ingest.table-columns.text) in the header; "
            + "columns: " + (header.size() == 0 ? "none" : String.join(", ", header.getColumnNames())));
        done = true;
      }
    } catch (IOException | RuntimeException e) {
      reject(null, RejectionReason.MALFORMED_TABLE, "the header row cannot be read: " + message(e));
      done = true;
    }
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !done) {
      readRow();
    }
    return !pending.isEmpty();
  }

  @Override
  public IngestOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }

  private void readRow() {
    try {
      if (!rows.hasNextValue()) {
        done = true;
        if (row == 0) {
          reject(null, RejectionReason.BLANK, "a header row and no data rows");
        }
        return;
      }
      row++;
      Map<String, String> values = rows.nextValue();
      String text = values.get(columns.text());
      if (text == null || text.isBlank()) {
        reject(row, RejectionReason.MISSING_TEXT, "row " + row + ": column '" + columns.text() + "' is empty");
        return;
      }
      RecordMetadata metadata = new RecordMetadata(value(values, columns.id()), value(values, columns.url()),
          value(values, columns.title()), value(values, columns.published()), value(values, columns.lang()),
          value(values, columns.source()));
      pending.add(DocumentParser.article(source, row, TextDecoder.normaliseLineEnds(text), "UTF-8", null, metadata,
          RejectionReason.MISSING_TEXT, "row " + row + ": "));
    } catch (IOException | RuntimeException e) {
      reject(row, RejectionReason.MALFORMED_TABLE, "row " + row + ": " + message(e));
      JsonLocation now = rows.getCurrentLocation();
      errorsInPlace = now.getCharOffset() == lastErrorOffset ? errorsInPlace + 1 : 1;
      lastErrorOffset = now.getCharOffset();
      if (errorsInPlace >= MAX_ERRORS_IN_PLACE) {
        reject(row, RejectionReason.MALFORMED_TABLE, "row " + row + ": the parser cannot get past this point; "
            + "the rest of the file (from character " + now.getCharOffset() + ") is not read");
        done = true;
      }
    }
  }

  private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] start = pushback.readNBytes(3);
    boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
    if (!bom) {
      pushback.unread(start);
    }
    return pushback;
  }

  private static String value(Map<String, String> values, String column) {
    String value = column == null ? null : values.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private void reject(Integer record, RejectionReason reason, String detail) {
    pending.add(DocumentParser.rejected(source, record, reason, detail));
  }

  private static String message(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public void close() {
    try {
      if (rows != null) {
        rows.close();
      }
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
