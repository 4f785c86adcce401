package org.diplomacytrends.common.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacytrends.common.model.ArticleId;

/**
 * Turns one input file into articles and rejections: a text or HTML file is one article, a JSON
 * Lines file one article per line, a CSV table one per row, a WARC file one per HTML or text
 * capture. Every input yields at least one outcome, so the run can account for every file and
 * every record. Thread-safe.
 */
public final class DocumentParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The extension, with the two-part ones a crawl writes ({@code .warc.gz}). */
  private static final Pattern EXTENSION = Pattern.compile("\\.(warc\\.gz|[^./]+)$");

  /** Extensions read record by record from a stream, so a file of any size is never held in memory. */
  public static final Set<String> STREAMED_EXTENSIONS = Set.of("warc", "warc.gz", "csv", "tsv");

  private final TextDecoder decoder = new TextDecoder();
  private final ArticleColumns columns;
  private final long maxRecordBytes;

  /** A parser for the JSON Lines field names as table columns and no limit on a streamed record. */
  public DocumentParser() {
    this(ArticleColumns.DEFAULT, Long.MAX_VALUE);
  }

  /**
   * A parser.
   *
   * @param columns the columns of CSV tables
   * @param maxRecordBytes a WARC capture larger than this is rejected as {@code too_large}
   */
  public DocumentParser(ArticleColumns columns, long maxRecordBytes) {
    this.columns = columns;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** True when {@code source} is read with {@link #parseStream}, whatever its size. */
  public static boolean isStreamed(String source) {
    return STREAMED_EXTENSIONS.contains(extension(source));
  }

  /** Parses {@code content}, the bytes of the file at {@code source}. Never throws. */
  public List<IngestOutcome> parse(String source, byte[] content) {
    String extension = extension(source);
    return switch (extension) {
      case "txt", "text", "html", "htm", "xhtml" -> List.of(parsePlainText(source, content));
      case "jsonl", "ndjson" -> parseJsonLines(source, content);
      default -> List.of(
          rejected(source, null, RejectionReason.UNSUPPORTED_FORMAT,
              "extension '." + extension + "' is not read as a whole file; use .txt, .html or .jsonl"));
    };
  }

  /**
   * The records of a streamed file ({@link #isStreamed}), parsed as they are taken. Closing the
   * result closes {@code in}. Neither this call nor the iteration throws: a file that breaks off
   * ends with a rejection naming the record it broke at.
   */
  public RecordStream parseStream(String source, InputStream in) {
    return switch (extension(source)) {
      case "warc", "warc.gz" -> new WarcArticles(source, in, decoder, maxRecordBytes);
      case "csv" -> new CsvArticles(source, in, columns, ',');
      case "tsv" -> new CsvArticles(source, in, columns, '\t');
      default -> throw new IllegalArgumentException("not a streamed format: " + source);
    };
  }

  /** A whole file that could not be read at all. */
  public static IngestOutcome unreadable(String source, String why) {
    return rejected(source, null, RejectionReason.UNREADABLE, why);
  }

  /** A whole file over the size limit. */
  public static IngestOutcome tooLarge(String source, long length, long limit) {
    return rejected(source, null, RejectionReason.TOO_LARGE,
        length + " bytes is over the limit of " + limit + " bytes (ingest.max-file-bytes)");
  }

  private IngestOutcome parsePlainText(String source, byte[] content) {
    DecodedText decoded = decoder.decode(content);
    if (!decoded.succeeded()) {
      return rejected(source, null, decoded.failure(), decoded.detail());
    }
    if (decoded.text().isBlank()) {
      return rejected(source, null, RejectionReason.BLANK,
          content.length + " bytes of white space only");
    }
    return article(source, null, decoded.text(), decoded.encoding(), decoded.detail(), RecordMetadata.NONE,
        RejectionReason.BLANK, "");
  }

  /**
   * An article from a record's text, HTML markup stripped when it is a page; metadata the record
   * gives wins over what the page declares.
   *
   * @param record the record within the file (line, row, WARC record), or null for a whole file
   * @param decodeNote what decoding had to repair, or null
   * @param whenEmpty the reason when no text is left
   * @param where the prefix of the rejection's detail that names the record ("line 3: "), or ""
   */
  public static IngestOutcome article(String source, Integer record, String text, String encoding, String decodeNote,
      RecordMetadata metadata, RejectionReason whenEmpty, String where) {
    Cleaned cleaned = clean(text, decodeNote);
    if (cleaned.text().isEmpty()) {
      return rejected(source, record, whenEmpty, where + (HtmlText.looksLikeHtml(text)
          ? "no text left after stripping HTML markup" : "only white space"));
    }
    return new IngestOutcome.Accepted(new RawArticle(
        ArticleId.of(cleaned.text()),
        source,
        record,
        metadata.externalId(),
        metadata.url(),
        metadata.title() != null ? metadata.title() : cleaned.title(),
        metadata.published() != null ? metadata.published() : cleaned.published(),
        metadata.lang(),
        metadata.sourceName(),
        encoding,
        cleaned.text(),
        cleaned.notes()));
  }

  private List<IngestOutcome> parseJsonLines(String source, byte[] content) {
    DecodedText decoded = decoder.decode(content);
    if (!decoded.succeeded()) {
      return List.of(rejected(source, null, decoded.failure(), decoded.detail()));
    }
    List<IngestOutcome> outcomes = new ArrayList<>();
    String text = decoded.text();
    int lineNumber = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNumber++;
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        outcomes.add(parseJsonLine(source, lineNumber, line, decoded.encoding()));
      }
      start = end + 1;
    }
    if (outcomes.isEmpty()) {
      outcomes.add(rejected(source, null, RejectionReason.BLANK, "no JSON lines in the file"));
    }
    return outcomes;
  }

  /**
   * Parses one line of a JSON Lines file; used directly for large files read in splits.
   *
   * @param source the file
   * @param lineNumber its 1-based line number
   * @param line the line, without its line end
   * @param encoding the encoding the line was decoded from
   */
  public static IngestOutcome parseJsonLine(String source, int lineNumber, String line, String encoding) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return rejected(source, lineNumber, RejectionReason.MALFORMED_JSON,
          "line " + lineNumber + ": " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return rejected(source, lineNumber, RejectionReason.MALFORMED_JSON,
          "line " + lineNumber + ": expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
      return rejected(source, lineNumber, RejectionReason.MISSING_TEXT,
          "line " + lineNumber + ": no non-empty \"text\" string (fields: " + fieldNames(node) + ")");
    }
    RecordMetadata metadata = new RecordMetadata(optional(node, "id"), optional(node, "url"), optional(node, "title"),
        optional(node, "published"), optional(node, "lang"), optional(node, "source"));
    return article(source, lineNumber, TextDecoder.normaliseLineEnds(textNode.asText()), encoding, null, metadata,
        RejectionReason.MISSING_TEXT, "line " + lineNumber + ": ");
  }

  /** Text ready for extraction: HTML markup stripped when the text is a saved page. */
  private record Cleaned(String title, String text, String published, String notes) {}

  private static Cleaned clean(String text, String decodeNote) {
    if (HtmlText.looksLikeHtml(text)) {
      HtmlText.Page page = HtmlText.strip(text);
      String notes = decodeNote == null ? "HTML markup stripped" : decodeNote + "; HTML markup stripped";
      return new Cleaned(page.title(), page.text(), page.published(), notes);
    }
    return new Cleaned(null, text.strip(), null, decodeNote);
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isTextual() ? value.asText() : value.toString();
    return text.isBlank() ? null : text.strip();
  }

  private static String fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** A rejection of {@code source}, or of its record {@code line} when not null. */
  public static IngestOutcome rejected(String source, Integer line, RejectionReason reason, String detail) {
    return new IngestOutcome.Rejected(new Rejection(source, line, reason, detail));
  }

  /** The extension of a path, lower case, without the dot: {@code txt}, {@code warc.gz}; "" when none. */
  public static String extension(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    Matcher matcher = EXTENSION.matcher(name);
    return matcher.find() ? matcher.group(1) : "";
  }
}
