package org.diplomacytrends.common.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.ArticleId;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.diplomacytrends.common.model.VisitDirection;

/**
 * Runs the extractor on generated documents, engine-free, and counts where it disagrees with the
 * truth, per field and language, keeping a few examples of each: the quick way to tell a template
 * problem from an extractor error before a Spark run.
 */
public final class ExtractorAgreement {
  private final Map<String, Long> disagreements = new TreeMap<>();
  private final Map<String, List<String>> examples = new TreeMap<>();
  private long documents;

  /** Checks one document. */
  public void check(ArticleExtractor extractor, GeneratedDocument doc) {
    documents++;
    ArticleExtraction x = extractor.extract(ArticleInput.ofText(doc.id(), doc.text()));
    boolean counted = doc.provinceCode() != null;
    compare(doc, "province", doc.provinceCode(), x.provinceCode());
    if (counted) {
      compare(doc, "year", doc.year(), x.activityYear());
      compare(doc, "partner_countries", doc.partnerCountries(), x.partnerCountries());
      compare(doc, "domestic_partners", doc.domesticPartners(), x.domesticPartners());
      compare(doc, "agreements", doc.agreements(), x.agreementCount());
      compare(doc, "visits", doc.visitDirections(), x.visitDirections().stream().map(VisitDirection::code).sorted().toList());
      compare(doc, "outbound_visits", doc.visits(FactKind.OUTBOUND), count(x, EventKind.VISIT_OUTBOUND));
      compare(doc, "inbound_visits", doc.visits(FactKind.INBOUND), count(x, EventKind.VISIT_INBOUND));
      compare(doc, "domestic_visits", doc.visits(FactKind.DOMESTIC), count(x, EventKind.VISIT_DOMESTIC));
    }
  }

  private static int count(ArticleExtraction x, EventKind kind) {
    return x.events().stream().filter(e -> e.kind() == kind).mapToInt(Event::count).sum();
  }

  private void compare(GeneratedDocument doc, String field, Object truth, Object extracted) {
    if (java.util.Objects.equals(truth, extracted)) {
      return;
    }
    String key = field + " " + doc.language();
    disagreements.merge(key, 1L, Long::sum);
    List<String> list = examples.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.size() < 3) {
      list.add(doc.id() + " (" + ArticleId.of(doc.text()) + "): truth " + truth + ", extractor " + extracted);
    }
  }

  /** Documents checked. */
  public long documents() {
    return documents;
  }

  /** Disagreements by "field language". */
  public Map<String, Long> disagreements() {
    return disagreements;
  }

  /** Up to three examples per "field language". */
  public Map<String, List<String>> examples() {
    return examples;
  }
}
