package org.diplomacytrends.common.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of an evaluation: scores overall and per language, and the wrong fields of each
 * document.
 *
 * @param overall scores over all documents
 * @param byLanguage scores per language code, sorted by code
 * @param mistakes per document, each wrong field
 */
public record EvalReport(Scores overall, Map<String, Scores> byLanguage, List<DocumentMistakes> mistakes) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The wrong fields of one document.
   *
   * @param id document id
   * @param lang its language
   * @param fields each wrong field
   */
  public record DocumentMistakes(String id, String lang, List<FieldMistake> fields) {}

  /**
   * One wrong field.
   *
   * @param field the field name as in SCHEMA.md
   * @param expected the gold value
   * @param got the predicted value
   */
  public record FieldMistake(String field, String expected, String got) {}

  /** {@code {"documents": N, "overall": M, "by_lang": {"zh": M, ...}}}. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("documents", overall.documents());
    root.put("overall", metrics(overall));
    Map<String, Object> languages = new LinkedHashMap<>();
    byLanguage.forEach((lang, scores) -> languages.put(lang, metrics(scores)));
    root.put("by_lang", languages);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write evaluation report", e);
    }
  }

  private static Map<String, Object> metrics(Scores scores) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("province_accuracy", scores.provinceAccuracy());
    m.put("city_accuracy", scores.cityAccuracy());
    m.put("year_accuracy", scores.yearAccuracy());
    m.put("publish_date_accuracy", scores.publishDateAccuracy());
    m.put("partner_countries", prf(scores.partnerCountries()));
    m.put("domestic_partners", prf(scores.domesticPartners()));
    m.put("visits", prf(scores.visits()));
    m.put("agreements_in_range", scores.agreementsInRange());
    m.put("visit_event_documents", scores.visitEventDocuments());
    m.put("visit_events_in_range", scores.visitEventsInRange());
    return m;
  }

  private static Map<String, Object> prf(Scores.Prf prf) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", prf.precision());
    m.put("recall", prf.recall());
    m.put("f1", prf.f1());
    return m;
  }

  /** A readable table (languages as columns) and the wrong fields of each document. */
  public String toText() {
    return toText(true);
  }

  /**
   * The readable table, with the wrong fields of each document only when {@code withMistakes}: the
   * checking part of the split is read as scores only until a piece of work is done.
   */
  public String toText(boolean withMistakes) {
    StringBuilder out = new StringBuilder();
    List<String> columns = new java.util.ArrayList<>();
    columns.add("overall");
    columns.addAll(byLanguage.keySet());
    out.append(String.format(Locale.ROOT, "%-24s", "metric"));
    for (String column : columns) {
      out.append(String.format(Locale.ROOT, "%9s", column));
    }
    out.append('\n');
    row(out, "documents", columns, s -> (double) s.documents(), true);
    row(out, "province_accuracy", columns, Scores::provinceAccuracy, false);
    row(out, "city_accuracy", columns, Scores::cityAccuracy, false);
    row(out, "year_accuracy", columns, Scores::yearAccuracy, false);
    row(out, "publish_date_accuracy", columns, Scores::publishDateAccuracy, false);
    row(out, "partner_countries P", columns, s -> s.partnerCountries().precision(), false);
    row(out, "partner_countries R", columns, s -> s.partnerCountries().recall(), false);
    row(out, "partner_countries F1", columns, s -> s.partnerCountries().f1(), false);
    row(out, "domestic_partners P", columns, s -> s.domesticPartners().precision(), false);
    row(out, "domestic_partners R", columns, s -> s.domesticPartners().recall(), false);
    row(out, "domestic_partners F1", columns, s -> s.domesticPartners().f1(), false);
    row(out, "visits P", columns, s -> s.visits().precision(), false);
    row(out, "visits R", columns, s -> s.visits().recall(), false);
    row(out, "visits F1", columns, s -> s.visits().f1(), false);
    row(out, "agreements_in_range", columns, Scores::agreementsInRange, false);
    row(out, "visit_event documents", columns, s -> (double) s.visitEventDocuments(), true);
    row(out, "visit_events_in_range", columns, Scores::visitEventsInRange, false);
    for (DocumentMistakes document : withMistakes ? mistakes : List.<DocumentMistakes>of()) {
      if (document.fields().isEmpty()) {
        continue;
      }
      out.append('\n').append(document.id()).append(" [").append(document.lang()).append("]\n");
      for (FieldMistake field : document.fields()) {
        out.append("  ").append(field.field()).append(": expected ").append(field.expected())
            .append(", got ").append(field.got()).append('\n');
      }
    }
    return out.toString();
  }

  private void row(StringBuilder out, String name, List<String> columns, java.util.function.ToDoubleFunction<Scores> value,
      boolean integer) {
    out.append(String.format(Locale.ROOT, "%-24s", name));
    for (String column : columns) {
      Scores scores = column.equals("overall") ? overall : byLanguage.get(column);
      double v = value.applyAsDouble(scores);
      out.append(integer ? String.format(Locale.ROOT, "%9d", (int) v) : String.format(Locale.ROOT, "%9.3f", v));
    }
    out.append('\n');
  }
}
