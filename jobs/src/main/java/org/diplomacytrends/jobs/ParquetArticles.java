package org.diplomacytrends.jobs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.diplomacytrends.common.ingest.ArticleColumns;
import org.diplomacytrends.common.ingest.DocumentParser;
import org.diplomacytrends.common.ingest.IngestOutcome;
import org.diplomacytrends.common.ingest.OneByOneRecordStream;
import org.diplomacytrends.common.ingest.RecordMetadata;
import org.diplomacytrends.common.ingest.RecordStream;
import org.diplomacytrends.common.ingest.RejectionReason;

/**
 * An article table in Parquet, read row by row inside the task that owns the file (as every
 * other input), so a corrupt file is one {@code malformed_table} rejection instead of a failed
 * job, and every row keeps its number. Only the configured columns the file has are read.
 * Strings, numbers, dates and timestamps (INT96 as Spark writes them, or TIMESTAMP) are read as
 * text; the text column must be a string.
 */
final class ParquetArticles extends OneByOneRecordStream {
  static final String EXTENSION = "parquet";

  private final String source;
  private final ParquetReader<Group> reader;
  private final ArticleColumns columns;
  private final Column text;
  private final Column id;
  private final Column url;
  private final Column title;
  private final Column published;
  private final Column lang;
  private final Column sourceColumn;
  private int row;

  private ParquetArticles(String source, ParquetReader<Group> reader, MessageType schema, ArticleColumns columns) {
    this.source = source;
    this.reader = reader;
    this.columns = columns;
    // Resolved once per file: every row has the same field positions and types.
    this.text = Column.of(schema, columns.text());
    this.id = Column.of(schema, columns.id());
    this.url = Column.of(schema, columns.url());
    this.title = Column.of(schema, columns.title());
    this.published = Column.of(schema, columns.published());
    this.lang = Column.of(schema, columns.lang());
    this.sourceColumn = Column.of(schema, columns.source());
  }

  /** A configured column's position in the projected schema and how its values become text; null when absent. */
  private record Column(int field, PrimitiveType type, LogicalTypeAnnotation logical) {
    static Column of(MessageType schema, String name) {
      if (name == null || !schema.containsField(name)) {
        return null;
      }
      int field = schema.getFieldIndex(name);
      PrimitiveType type = schema.getType(field).asPrimitiveType();
      return new Column(field, type, type.getLogicalTypeAnnotation());
    }
  }

  static boolean isParquet(String path) {
    return DocumentParser.extension(path).equals(EXTENSION);
  }

  /** The rows of {@code file}; a file that is not Parquet or lacks the text column is one rejection. */
  static RecordStream open(String source, Path file, Configuration hadoop, ArticleColumns columns) throws IOException {
    MessageType schema;
    try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(file, hadoop))) {
      schema = footer.getFooter().getFileMetaData().getSchema();
    } catch (RuntimeException | IOException e) {
      if (!file.getFileSystem(hadoop).exists(file)) {
        throw e;
      }
      return RecordStream.of(DocumentParser.rejected(source, null, RejectionReason.MALFORMED_TABLE,
          "not a readable Parquet file: " + e.getMessage()));
    }
    if (!schema.containsField(columns.text()) || !schema.getType(columns.text()).isPrimitive()) {
      List<String> names = schema.getFields().stream().map(Type::getName).toList();
      return RecordStream.of(DocumentParser.rejected(source, null, RejectionReason.MISSING_TEXT,
          "no column '" + columns.text() + "' (ingest.table-columns.text) of text in the table; columns: " + String.join(", ", names)));
    }
    // Only the columns the table has of those configured: a wide table is not read whole.
    List<Type> projected = new ArrayList<>();
    for (String column : new String[] {columns.text(), columns.id(), columns.url(), columns.title(), columns.published(),
        columns.lang(), columns.source()}) {
      if (column != null && schema.containsField(column) && schema.getType(column).isPrimitive()
          && projected.stream().noneMatch(t -> t.getName().equals(column))) {
        projected.add(schema.getType(column));
      }
    }
    MessageType projection = new MessageType(schema.getName(), projected);
    Configuration conf = new Configuration(hadoop);
    conf.set(ReadSupport.PARQUET_READ_SCHEMA, projection.toString());
    ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build();
    return new ParquetArticles(source, reader, projection, columns);
  }

  @Override
  protected IngestOutcome readNext() {
    Group group;
    try {
      group = reader.read();
    } catch (IOException | RuntimeException e) {
      finished();
      return DocumentParser.rejected(source, row + 1, RejectionReason.MALFORMED_TABLE, "row " + (row + 1)
          + " cannot be read (" + e.getMessage() + "); the rest of the file is not read");
    }
    if (group == null) {
      finished();
      return row == 0 ? DocumentParser.rejected(source, null, RejectionReason.BLANK, "a table of 0 rows") : null;
    }
    row++;
    String where = "row " + row + ": ";
    String body = value(group, text);
    if (body == null || body.isBlank()) {
      return DocumentParser.rejected(source, row, RejectionReason.MISSING_TEXT, where + "column '" + columns.text() + "' is empty");
    }
    RecordMetadata metadata = new RecordMetadata(value(group, id), value(group, url), value(group, title),
        value(group, published), value(group, lang), value(group, sourceColumn));
    return DocumentParser.article(source, row, body.replace("\r\n", "\n").replace('\r', '\n'), "UTF-8", null, metadata,
        RejectionReason.MISSING_TEXT, where);
  }

  /** The column's value in this row as text, or null when the table lacks it or the row has none. */
  private static String value(Group group, Column column) {
    if (column == null || group.getFieldRepetitionCount(column.field()) == 0) {
      return null;
    }
    int field = column.field();
    PrimitiveType type = column.type();
    LogicalTypeAnnotation logical = column.logical();
    String value;
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      value = LocalDate.ofEpochDay(group.getInteger(field, 0)).toString();
    } else if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
      long raw = group.getLong(field, 0);
      value = switch (timestamp.getUnit()) {
        case MILLIS -> Instant.ofEpochMilli(raw).toString();
        case MICROS -> Instant.ofEpochSecond(Math.floorDiv(raw, 1_000_000), Math.floorMod(raw, 1_000_000) * 1000L).toString();
        case NANOS -> Instant.ofEpochSecond(Math.floorDiv(raw, 1_000_000_000), Math.floorMod(raw, 1_000_000_000)).toString();
      };
    } else if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96) {
      // Spark's legacy timestamps: nanoseconds of the day, then the Julian day, little-endian.
      ByteBuffer bytes = ByteBuffer.wrap(group.getInt96(field, 0).getBytes()).order(ByteOrder.LITTLE_ENDIAN);
      long nanos = bytes.getLong();
      long julianDay = bytes.getInt();
      value = Instant.ofEpochSecond((julianDay - 2_440_588) * 86_400 + nanos / 1_000_000_000, nanos % 1_000_000_000).toString();
    } else {
      value = group.getValueToString(field, 0);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
