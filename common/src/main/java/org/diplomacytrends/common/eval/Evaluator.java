package org.diplomacytrends.common.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.VisitDirection;

/** Scores an extractor against labelled documents exactly as SCHEMA.md defines, per language and overall. */
public final class Evaluator {
  private Evaluator() {}

  /** Runs the extractor on every document and scores it. */
  public static EvalReport evaluate(List<GoldDocument> documents, ArticleExtractor extractor) {
    List<Outcome> outcomes = new ArrayList<>(documents.size());
    for (GoldDocument document : documents) {
      ArticleExtraction predicted = extractor.extract(ArticleInput.ofTextAt(document.source(), document.text()));
      outcomes.add(new Outcome(document, predicted));
    }
    Map<String, List<Outcome>> byLanguage = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      byLanguage.computeIfAbsent(outcome.gold.lang(), k -> new ArrayList<>()).add(outcome);
    }
    Map<String, Scores> languageScores = new LinkedHashMap<>();
    byLanguage.forEach((lang, list) -> languageScores.put(lang, score(list)));
    List<EvalReport.DocumentMistakes> mistakes = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      mistakes.add(new EvalReport.DocumentMistakes(outcome.gold.id(), outcome.gold.lang(), outcome.mistakes()));
    }
    return new EvalReport(score(outcomes), languageScores, mistakes);
  }

  private record Outcome(GoldDocument gold, ArticleExtraction predicted) {
    GoldDocument.Gold labels() {
      return gold.gold();
    }

    boolean provinceRight() {
      return Objects.equals(labels().province(), predicted.provinceCode());
    }

    boolean cityRight() {
      String expected = labels().city();
      String got = predicted.city();
      return expected == null ? got == null : got != null && expected.equalsIgnoreCase(got);
    }

    boolean yearRight() {
      return Objects.equals(labels().year(), predicted.activityYear());
    }

    boolean dateRight() {
      return Objects.equals(labels().publishDate(), predicted.publishDate());
    }

    Set<String> visits() {
      Set<String> codes = new HashSet<>();
      for (VisitDirection direction : predicted.visitDirections()) {
        codes.add(direction.code());
      }
      return codes;
    }

    /** Predicted visits per direction code: the visit events of the extraction. */
    Map<String, Integer> visitCounts() {
      Map<String, Integer> counts = new TreeMap<>();
      for (String direction : List.of("outbound", "inbound", "domestic")) {
        counts.put(direction, 0);
      }
      for (Event event : predicted.events()) {
        VisitDirection direction = event.kind().visitDirection();
        if (direction != null) {
          counts.merge(direction.code(), 1, Integer::sum);
        }
      }
      return counts;
    }

    /** Whether every direction's visit count is in its labelled range; null without the label. */
    Boolean visitEventsInRange() {
      Map<String, GoldDocument.Range> ranges = labels().visitEvents();
      if (ranges == null) {
        return null;
      }
      Map<String, Integer> counts = visitCounts();
      for (Map.Entry<String, GoldDocument.Range> entry : ranges.entrySet()) {
        if (!entry.getValue().contains(counts.getOrDefault(entry.getKey(), 0))) {
          return false;
        }
      }
      return true;
    }

    boolean agreementsInRange() {
      int count = predicted.agreementCount();
      return count >= labels().agreementsMin() && count <= labels().agreementsMax();
    }

    List<EvalReport.FieldMistake> mistakes() {
      List<EvalReport.FieldMistake> fields = new ArrayList<>();
      if (!provinceRight()) {
        fields.add(new EvalReport.FieldMistake("province", labels().province(), predicted.provinceCode()));
      }
      if (!cityRight()) {
        fields.add(new EvalReport.FieldMistake("city", labels().city(), predicted.city()));
      }
      if (!yearRight()) {
        fields.add(new EvalReport.FieldMistake("year", str(labels().year()), str(predicted.activityYear())));
      }
      if (!dateRight()) {
        fields.add(new EvalReport.FieldMistake("publish_date", str(labels().publishDate()), str(predicted.publishDate())));
      }
      if (!new HashSet<>(labels().partnerCountries()).equals(new HashSet<>(predicted.partnerCountries()))) {
        fields.add(new EvalReport.FieldMistake("partner_countries", labels().partnerCountries().toString(),
            predicted.partnerCountries().toString()));
      }
      if (!new HashSet<>(labels().domesticPartners()).equals(new HashSet<>(predicted.domesticPartners()))) {
        fields.add(new EvalReport.FieldMistake("domestic_partners", labels().domesticPartners().toString(),
            predicted.domesticPartners().toString()));
      }
      if (!new HashSet<>(labels().visits()).equals(visits())) {
        fields.add(new EvalReport.FieldMistake("visits", labels().visits().toString(), new java.util.TreeSet<>(visits()).toString()));
      }
      if (!agreementsInRange()) {
        fields.add(new EvalReport.FieldMistake("agreements", labels().agreementsMin() + ".." + labels().agreementsMax(),
            String.valueOf(predicted.agreementCount())));
      }
      if (Boolean.FALSE.equals(visitEventsInRange())) {
        fields.add(new EvalReport.FieldMistake("visit_events", new TreeMap<>(labels().visitEvents()).toString(),
            visitCounts().toString()));
      }
      return fields;
    }

    private static String str(Object value) {
      return value == null ? "null" : value.toString();
    }
  }

  private static Scores score(List<Outcome> outcomes) {
    int n = outcomes.size();
    int province = 0;
    int city = 0;
    int year = 0;
    int date = 0;
    int agreements = 0;
    int visitEventDocuments = 0;
    int visitEventsRight = 0;
    int[] partners = new int[3];
    int[] domestic = new int[3];
    int[] visits = new int[3];
    for (Outcome outcome : outcomes) {
      province += outcome.provinceRight() ? 1 : 0;
      city += outcome.cityRight() ? 1 : 0;
      year += outcome.yearRight() ? 1 : 0;
      date += outcome.dateRight() ? 1 : 0;
      agreements += outcome.agreementsInRange() ? 1 : 0;
      Boolean visitEvents = outcome.visitEventsInRange();
      if (visitEvents != null) {
        visitEventDocuments++;
        visitEventsRight += visitEvents ? 1 : 0;
      }
      pairs(new HashSet<>(outcome.labels().partnerCountries()), new HashSet<>(outcome.predicted.partnerCountries()), partners);
      pairs(new HashSet<>(outcome.labels().domesticPartners()), new HashSet<>(outcome.predicted.domesticPartners()), domestic);
      Set<String> goldVisits = new HashSet<>();
      for (String visit : outcome.labels().visits()) {
        goldVisits.add(visit.toLowerCase(Locale.ROOT));
      }
      pairs(goldVisits, outcome.visits(), visits);
    }
    return new Scores(n, share(province, n), share(city, n), share(year, n), share(date, n),
        Scores.Prf.of(partners[0], partners[1], partners[2]), Scores.Prf.of(domestic[0], domestic[1], domestic[2]),
        Scores.Prf.of(visits[0], visits[1], visits[2]), share(agreements, n),
        visitEventDocuments, share(visitEventsRight, visitEventDocuments));
  }

  private static void pairs(Set<String> gold, Set<String> predicted, int[] counts) {
    for (String item : predicted) {
      if (gold.contains(item)) {
        counts[0]++;
      } else {
        counts[1]++;
      }
    }
    for (String item : gold) {
      if (!predicted.contains(item)) {
        counts[2]++;
      }
    }
  }

  /** Share of right answers; 1.0 for an empty group (nothing to get wrong). */
  private static double share(int right, int n) {
    return n == 0 ? 1.0 : (double) right / n;
  }
}
