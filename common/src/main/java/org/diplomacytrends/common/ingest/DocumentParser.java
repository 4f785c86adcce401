package org.diplomacytrends.common.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomacytrends.common.model.ArticleId;

/**
 * Turns one input file into articles and rejections: {@code .txt} is one article per file,
 * {@code .jsonl} one article per line. Every input yields at least one outcome, so the run can
 * account for every file and every line. Thread-safe.
 */
public final class DocumentParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TextDecoder decoder = new TextDecoder();

  /** Parses {@code content}, the bytes of the file at {@code source}. Never throws. */
  public List<IngestOutcome> parse(String source, byte[] content) {
    String extension = extension(source);
    return switch (extension) {
      case "txt", "text", "html", "htm" -> List.of(parsePlainText(source, content));
      case "jsonl", "ndjson" -> parseJsonLines(source, content);
      default -> List.of(
          rejected(source, null, RejectionReason.UNSUPPORTED_FORMAT,
              "extension '." + extension + "' is not read; use .txt (one article per file) or .jsonl"));
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
    Cleaned cleaned = clean(decoded.text(), decoded.detail());
    if (cleaned.text().isEmpty()) {
      return rejected(source, null, RejectionReason.BLANK, "no text left after stripping HTML markup");
    }
    return new IngestOutcome.Accepted(
        new RawArticle(ArticleId.of(cleaned.text()), source, null, null, null, cleaned.title(), null, null, null,
            decoded.encoding(), cleaned.text(), cleaned.notes()));
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
    Cleaned cleaned = clean(TextDecoder.normaliseLineEnds(textNode.asText()), null);
    if (cleaned.text().isEmpty()) {
      return rejected(source, lineNumber, RejectionReason.MISSING_TEXT,
          "line " + lineNumber + ": no text left after stripping HTML markup");
    }
    String title = optional(node, "title");
    return new IngestOutcome.Accepted(
        new RawArticle(
            ArticleId.of(cleaned.text()),
            source,
            lineNumber,
            optional(node, "id"),
            optional(node, "url"),
            title != null ? title : cleaned.title(),
            optional(node, "published"),
            optional(node, "lang"),
            optional(node, "source"),
            encoding,
            cleaned.text(),
            cleaned.notes()));
  }

  /** Text ready for extraction: HTML markup stripped when the text is a saved page. */
  private record Cleaned(String title, String text, String notes) {}

  private static Cleaned clean(String text, String decodeNote) {
    if (HtmlText.looksLikeHtml(text)) {
      HtmlText.Page page = HtmlText.strip(text);
      String notes = decodeNote == null ? "HTML markup stripped" : decodeNote + "; HTML markup stripped";
      return new Cleaned(page.title(), page.text(), notes);
    }
    return new Cleaned(null, text.strip(), decodeNote);
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

  private static IngestOutcome rejected(String source, Integer line, RejectionReason reason, String detail) {
    return new IngestOutcome.Rejected(new Rejection(source, line, reason, detail));
  }

  static String extension(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
