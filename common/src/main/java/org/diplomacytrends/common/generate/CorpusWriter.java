package org.diplomacytrends.common.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.diplomacytrends.common.model.ArticleId;

/**
 * Writes a generated corpus to a folder, streaming: one document is made, written and dropped at
 * a time, so a million documents need no more memory than one.
 *
 * <pre>
 * DIR/txt/part-0000/doc-0000000-zh.txt    one article per file, at most 10,000 files per folder
 * DIR/jsonl/corpus-0000.jsonl             or: JSON Lines files of about 50 MB each
 * DIR/truth/documents.jsonl               per document: id, article_id, source, lang, gold{...}
 * DIR/truth/province_year.csv             expected gold aggregates (see {@link TruthAggregates})
 * DIR/truth/partner_year.csv
 * </pre>
 */
public final class CorpusWriter {
  /** Files per {@code .txt} sub-folder. */
  public static final int FILES_PER_FOLDER = 10_000;
  /** Default size at which a JSON Lines file is closed and the next one begun. */
  public static final long DEFAULT_JSONL_FILE_BYTES = 50L * 1024 * 1024;

  /** The two input shapes the pipeline reads. */
  public enum Format {
    /** One article per {@code .txt} file, some in legacy encodings. */
    TXT,
    /** JSON Lines with metadata (id, title, published, lang, source) and the text. */
    JSONL;

    /** Parses {@code txt} or {@code jsonl}, any case. */
    public static Format parse(String value) {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * What was written.
   *
   * @param documents documents written
   * @param bytes bytes of corpus files (truth excluded)
   * @param chars characters of article text
   * @param files corpus files
   * @param byLanguage documents per language
   * @param byEncoding {@code .txt} documents per encoding (empty for JSON Lines)
   * @param diplomatic documents with at least one fact
   * @param corpusDir the folder to pass to the pipeline as input
   */
  public record Summary(long documents, long bytes, long chars, long files, Map<String, Long> byLanguage,
      Map<String, Long> byEncoding, long diplomatic, Path corpusDir) {}

  private static final JsonFactory JSON = new JsonFactory();

  private CorpusWriter() {}

  /** Writes documents {@code [from, to)} of the generator's corpus under {@code dir}, with the truth. */
  public static Summary write(CorpusGenerator generator, long from, long to, Path dir, Format format,
      long jsonlFileBytes) throws IOException {
    Path corpusDir = dir.resolve(format == Format.TXT ? "txt" : "jsonl");
    Path truthDir = dir.resolve("truth");
    Files.createDirectories(corpusDir);
    Files.createDirectories(truthDir);
    TruthAggregates aggregates = new TruthAggregates();
    Map<String, Long> byLanguage = new TreeMap<>();
    Map<String, Long> byEncoding = new TreeMap<>();
    long bytes = 0;
    long chars = 0;
    long files = 0;
    long diplomatic = 0;
    OutputStream jsonl = null;
    long jsonlBytes = 0;
    try (JsonGenerator truth = JSON.createGenerator(Files.newOutputStream(truthDir.resolve("documents.jsonl")),
        JsonEncoding.UTF8)) {
      truth.setRootValueSeparator(new SerializedString("\n"));
      for (long i = from; i < to; i++) {
        GeneratedDocument doc = generator.document(i);
        String source;
        if (format == Format.TXT) {
          Path folder = corpusDir.resolve(String.format("part-%04d", i / FILES_PER_FOLDER));
          if (i == from || i % FILES_PER_FOLDER == 0) {
            Files.createDirectories(folder);
          }
          Path file = folder.resolve(String.format("doc-%07d-%s.txt", i, doc.language()));
          byte[] content = doc.text().getBytes(doc.txtCharset());
          Files.write(file, content);
          bytes += content.length;
          files++;
          source = corpusDir.relativize(file).toString();
          byEncoding.merge(doc.txtCharset().name(), 1L, Long::sum);
        } else {
          if (jsonl == null || jsonlBytes >= jsonlFileBytes) {
            if (jsonl != null) {
              jsonl.close();
            }
            jsonl = new BufferedOutputStream(Files.newOutputStream(
                corpusDir.resolve(String.format("corpus-%04d.jsonl", files))), 1 << 16);
            files++;
            jsonlBytes = 0;
          }
          byte[] line = jsonLine(doc);
          jsonl.write(line);
          jsonlBytes += line.length;
          bytes += line.length;
          source = String.format("corpus-%04d.jsonl", files - 1);
        }
        chars += doc.text().length();
        byLanguage.merge(doc.language(), 1L, Long::sum);
        if (!doc.facts().isEmpty()) {
          diplomatic++;
        }
        writeTruth(truth, doc, source);
        aggregates.add(doc);
      }
    } finally {
      if (jsonl != null) {
        jsonl.close();
      }
    }
    aggregates.write(truthDir);
    return new Summary(to - from, bytes, chars, files, byLanguage, byEncoding, diplomatic, corpusDir);
  }

  private static byte[] jsonLine(GeneratedDocument doc) throws IOException {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(doc.text().length() * 3 + 256);
    try (JsonGenerator json = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("id", doc.id());
      json.writeStringField("url", "https://news.example.org/gen/" + doc.index() + ".html");
      json.writeStringField("title", doc.title());
      json.writeStringField("published", doc.published().toString());
      json.writeStringField("lang", doc.language());
      json.writeStringField("source", "generated");
      json.writeStringField("text", doc.text());
      json.writeEndObject();
    }
    buffer.write('\n');
    return buffer.toByteArray();
  }

  /** One line in the labelling schema of the evaluation set (SCHEMA.md), the text left in the corpus. */
  private static void writeTruth(JsonGenerator json, GeneratedDocument doc, String source) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", doc.id());
    json.writeStringField("article_id", ArticleId.of(doc.text()));
    json.writeStringField("lang", doc.language());
    json.writeStringField("source", source);
    json.writeStringField("encoding", doc.txtCharset().name());
    json.writeNumberField("text_chars", doc.text().length());
    json.writeObjectFieldStart("gold");
    json.writeStringField("publish_date", doc.published().toString());
    json.writeStringField("province", doc.provinceCode());
    json.writeNullField("city");
    if (doc.provinceCode() == null) {
      json.writeNullField("year");
    } else {
      json.writeNumberField("year", doc.year());
    }
    stringArray(json, "partner_countries", doc.partnerCountries());
    stringArray(json, "domestic_partners", doc.domesticPartners());
    stringArray(json, "visits", doc.visitDirections());
    json.writeNumberField("agreements_min", doc.agreements());
    json.writeNumberField("agreements_max", doc.agreements());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void stringArray(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
