package org.diplomacytrends.common.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One labelled document of the evaluation set (see {@code SCHEMA.md}): one JSON object per line
 * with {@code id, lang, source, text, gold}.
 *
 * @param id document id
 * @param lang zh, en, ja, ko, ru or mixed
 * @param source where the text was published
 * @param text the article text
 * @param gold the labels
 */
public record GoldDocument(String id, String lang, String source, String text, Gold gold) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The labels of a document.
   *
   * @param publishDate header or dateline date, or null
   * @param province ISO 3166-2:CN code of the subject, or null
   * @param city English name of the city at the centre, or null
   * @param year year of the activity, or null
   * @param partnerCountries sorted alpha-3 codes
   * @param domesticPartners sorted ISO 3166-2:CN codes
   * @param visits sorted directions (inbound, outbound, domestic)
   * @param agreementsMin lowest acceptable agreement count
   * @param agreementsMax highest acceptable agreement count
   * @param visitEvents per direction code (outbound, inbound, domestic), the acceptable number of
   *     distinct visits as {@code [min, max]}; null when the document does not carry the label
   */
  public record Gold(LocalDate publishDate, String province, String city, Integer year, List<String> partnerCountries,
      List<String> domesticPartners, List<String> visits, int agreementsMin, int agreementsMax,
      Map<String, Range> visitEvents) {
    public Gold {
      visitEvents = visitEvents == null ? null : Map.copyOf(visitEvents);
    }

    /** The labels without a {@code visit_events} label. */
    public Gold(LocalDate publishDate, String province, String city, Integer year, List<String> partnerCountries,
        List<String> domesticPartners, List<String> visits, int agreementsMin, int agreementsMax) {
      this(publishDate, province, city, year, partnerCountries, domesticPartners, visits, agreementsMin, agreementsMax, null);
    }
  }

  /**
   * An inclusive range of acceptable counts.
   *
   * @param min lowest acceptable
   * @param max highest acceptable
   */
  public record Range(int min, int max) {
    /** Whether {@code count} lies in the range. */
    public boolean contains(int count) {
      return count >= min && count <= max;
    }

    @Override
    public String toString() {
      return min + ".." + max;
    }
  }

  /** Thrown for a file that is not valid evaluation JSON Lines; the message names file, line and problem. */
  public static final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    FormatException(Path file, int line, String problem, Throwable cause) {
      super(file + ":" + line + ": " + problem, cause);
    }
  }

  /** Reads a JSON Lines file of labelled documents; blank lines are skipped. */
  public static List<GoldDocument> readJsonl(Path file) throws IOException {
    List<GoldDocument> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        documents.add(parse(file, number, line));
      }
    }
    return documents;
  }

  private static GoldDocument parse(Path file, int line, String json) throws FormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormatException(file, line, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new FormatException(file, line, "expected a JSON object", null);
    }
    String id = requiredText(file, line, root, "id");
    String text = requiredText(file, line, root, "text");
    JsonNode gold = root.get("gold");
    if (gold == null || !gold.isObject()) {
      throw new FormatException(file, line, "document " + id + " has no \"gold\" object", null);
    }
    LocalDate date = null;
    String dateText = optionalText(gold, "publish_date");
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw new FormatException(file, line, "document " + id + ": publish_date is not YYYY-MM-DD: " + dateText, e);
      }
    }
    JsonNode yearNode = gold.get("year");
    Integer year = null;
    if (yearNode != null && !yearNode.isNull()) {
      if (!yearNode.canConvertToInt()) {
        throw new FormatException(file, line, "document " + id + ": year is not a number: " + yearNode, null);
      }
      year = yearNode.asInt();
    }
    Gold labels = new Gold(date, optionalText(gold, "province"), optionalText(gold, "city"), year,
        list(file, line, id, gold, "partner_countries"), list(file, line, id, gold, "domestic_partners"),
        list(file, line, id, gold, "visits"), intField(file, line, id, gold, "agreements_min"),
        intField(file, line, id, gold, "agreements_max"), visitEvents(file, line, id, gold));
    String lang = optionalText(root, "lang");
    return new GoldDocument(id, lang == null ? "other" : lang, optionalText(root, "source"), text, labels);
  }

  /** The {@code visit_events} label: a [min, max] pair per direction; a direction left out is 0..0. */
  private static Map<String, Range> visitEvents(Path file, int line, String id, JsonNode gold) throws FormatException {
    JsonNode value = gold.get("visit_events");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw new FormatException(file, line, "document " + id + ": visit_events is not an object", null);
    }
    Map<String, Range> ranges = new TreeMap<>();
    for (String direction : List.of("outbound", "inbound", "domestic")) {
      ranges.put(direction, new Range(0, 0));
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      JsonNode range = entry.getValue();
      if (!ranges.containsKey(entry.getKey()) || !range.isArray() || range.size() != 2
          || !range.get(0).canConvertToInt() || !range.get(1).canConvertToInt()
          || range.get(0).asInt() > range.get(1).asInt()) {
        throw new FormatException(file, line, "document " + id + ": visit_events." + entry.getKey()
            + " must be a direction (outbound, inbound, domestic) with [min, max], min <= max; was " + range, null);
      }
      ranges.put(entry.getKey(), new Range(range.get(0).asInt(), range.get(1).asInt()));
    }
    return ranges;
  }

  private static String requiredText(Path file, int line, JsonNode node, String field) throws FormatException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new FormatException(file, line, "missing or non-text field \"" + field + "\"", null);
    }
    return value.asText();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static int intField(Path file, int line, String id, JsonNode node, String field) throws FormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (!value.canConvertToInt()) {
      throw new FormatException(file, line, "document " + id + ": " + field + " is not a number: " + value, null);
    }
    return value.asInt();
  }

  private static List<String> list(Path file, int line, String id, JsonNode node, String field) throws FormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new FormatException(file, line, "document " + id + ": " + field + " is not a list", null);
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      items.add(item.asText());
    }
    items.sort(null);
    return List.copyOf(items);
  }
}
