package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.diplomacytrends.common.ingest.ArticleColumns;
import org.diplomacytrends.common.ingest.IngestOutcome;
import org.diplomacytrends.common.ingest.RawArticle;
import org.diplomacytrends.common.ingest.RecordStream;
import org.diplomacytrends.common.ingest.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet article tables without Spark: column types read as text, rows numbered, bad tables rejected whole. */
class ParquetArticlesTest {
  @TempDir
  Path dir;

  @Test
  void numbersDatesAndTimestampsAreReadAsText() throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType("message article { optional binary body (STRING); "
        + "optional int64 article_id; optional int96 crawled; optional int64 seen (TIMESTAMP(MICROS,true)); "
        + "optional int32 day (DATE); optional binary extra (STRING); }");
    Path file = dir.resolve("t.parquet");
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(file.toUri()))
        .withType(schema).withConf(new Configuration()).build()) {
      SimpleGroupFactory rows = new SimpleGroupFactory(schema);
      writer.write(rows.newGroup().append("body", "Hubei Province signed two agreements with Saxony.").append("article_id", 42L)
          .append("crawled", int96(2_460_000, 3_600_000_000_000L)).append("seen", 1_714_816_800_000_000L)
          .append("day", 19_847).append("extra", "ignored"));
      writer.write(rows.newGroup().append("article_id", 43L));
    }

    List<IngestOutcome> outcomes = read(file, new ArticleColumns("body", "article_id", null, null, "day", null, "seen"));

    assertThat(outcomes).hasSize(2);
    RawArticle first = ((IngestOutcome.Accepted) outcomes.get(0)).article();
    assertThat(first.externalId()).as("an int64 id").isEqualTo("42");
    assertThat(first.published()).as("a DATE column").isEqualTo("2024-05-04");
    assertThat(first.sourceName()).as("a TIMESTAMP(MICROS) column").isEqualTo("2024-05-04T10:00:00Z");
    assertThat(first.lineNumber()).isEqualTo(1);
    IngestOutcome.Rejected second = (IngestOutcome.Rejected) outcomes.get(1);
    assertThat(second.rejection().reason()).isEqualTo(RejectionReason.MISSING_TEXT);
    assertThat(second.rejection().detail()).isEqualTo("row 2: column 'body' is empty");

    List<IngestOutcome> int96 = read(file, new ArticleColumns("body", null, null, null, "crawled", null, null));
    assertThat(((IngestOutcome.Accepted) int96.get(0)).article().published())
        .as("INT96, as Spark writes timestamps: Julian day 2460000 is 2023-02-24, plus one hour")
        .isEqualTo("2023-02-24T01:00:00Z");
  }

  @Test
  void aTableWithoutTheTextColumnIsOneRejectionNamingItsColumns() throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType("message t { optional binary content (STRING); }");
    Path file = dir.resolve("no-text.parquet");
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(file.toUri()))
        .withType(schema).withConf(new Configuration()).build()) {
      writer.write(new SimpleGroupFactory(schema).newGroup().append("content", "x"));
    }
    List<IngestOutcome> outcomes = read(file, ArticleColumns.DEFAULT);
    assertThat(outcomes).singleElement().satisfies(o -> {
      assertThat(((IngestOutcome.Rejected) o).rejection().reason()).isEqualTo(RejectionReason.MISSING_TEXT);
      assertThat(((IngestOutcome.Rejected) o).rejection().detail()).contains("no column 'text'", "columns: content");
    });
  }

  private static List<IngestOutcome> read(Path file, ArticleColumns columns) throws IOException {
    List<IngestOutcome> outcomes = new ArrayList<>();
    try (RecordStream stream = ParquetArticles.open(file.toUri().toString(), new org.apache.hadoop.fs.Path(file.toUri()),
        new Configuration(), columns)) {
      stream.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static Binary int96(int julianDay, long nanosOfDay) {
    ByteBuffer bytes = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    bytes.putLong(nanosOfDay).putInt(julianDay);
    return Binary.fromConstantByteArray(bytes.array());
  }
}
