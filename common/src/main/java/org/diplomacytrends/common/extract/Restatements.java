package org.diplomacytrends.common.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.diplomacytrends.common.model.CounterpartType;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.diplomacytrends.common.model.Evidence;

/**
 * Merges the facts that tell one act again into one event that keeps every evidence sentence: the
 * headline and the body, the Chinese text and its English translation in the same page, a summary
 * sentence, "during the visit, the delegation also..." after the visit. What is counted is then
 * one visit per travelling delegation and destination, as the labelling rules count them.
 *
 * <p>The rule, per kind of fact (a visit direction, meeting, agreement), in text order:
 * <ul>
 *   <li>Visits and meetings with the same named counterpart are one act.
 *   <li>A fact with no named counterpart restates the latest earlier act of its kind whose
 *       figures agree with it: figures (digit runs other than years) agree when either side has
 *       none or they share one. Two sentences that each carry their own figures ("3 groups of
 *       envoys", "200 journalists from 47 countries") are two acts of a summary; a translation
 *       repeats its original's figures.
 *   <li>A fact with a named counterpart takes over an earlier act of its kind with no named
 *       counterpart when that one stands in the headline, in the same paragraph or in the
 *       sentence just before, and their figures agree (the headline says "visits", the body says
 *       where).
 *   <li>Agreements are counted by {@link AgreementCounter}, which already drops repeats in one
 *       language; here an agreement fact restates an earlier one only in another language, with the
 *       same counterpart and the same count (a translation).
 * </ul>
 * The merged event keeps the first report's sentence as its evidence, the others as more
 * evidence, the named counterpart, the first date given and the highest confidence.
 */
final class Restatements {
  private Restatements() {}

  /** One act being assembled from the facts that report it. */
  private static final class Act {
    final EventKind kind;
    String counterpartCode;
    CounterpartType counterpartType;
    final List<Event> reports = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final Set<String> figures = new HashSet<>();

    Act(EventKind kind) {
      this.kind = kind;
    }

    void add(Event event, Sentence sentence, Set<String> eventFigures) {
      if (counterpartCode == null && event.counterpartCode() != null) {
        counterpartCode = event.counterpartCode();
        counterpartType = event.counterpartType();
      }
      reports.add(event);
      sentences.add(sentence);
      figures.addAll(eventFigures);
    }

    boolean figuresAgree(Set<String> other) {
      if (figures.isEmpty() || other.isEmpty()) {
        return true;
      }
      for (String figure : other) {
        if (figures.contains(figure)) {
          return true;
        }
      }
      return false;
    }

    /** Whether one of the reports stands in the headline, the same paragraph or the sentence before. */
    boolean near(Doc doc, Sentence sentence) {
      int paragraph = paragraphOf(doc, sentence);
      for (Sentence s : sentences) {
        if (s.inTitle || s.index == sentence.index - 1 || paragraphOf(doc, s) == paragraph) {
          return true;
        }
      }
      return false;
    }

    boolean toldOnlyIn(org.diplomacytrends.common.model.Language language) {
      for (Sentence s : sentences) {
        if (s.language != language) {
          return false;
        }
      }
      return true;
    }

    Event merged() {
      Event first = reports.get(0);
      java.time.LocalDate date = null;
      Integer year = first.year();
      double confidence = 0;
      List<Evidence> more = new ArrayList<>();
      Set<Integer> seen = new HashSet<>();
      seen.add(first.evidence().start());
      for (Event report : reports) {
        if (date == null && report.date() != null) {
          date = report.date();
          year = report.year();
        }
        confidence = Math.max(confidence, report.confidence());
        if (seen.add(report.evidence().start())) {
          more.add(report.evidence());
        }
      }
      return new Event(kind, counterpartCode, counterpartType, date, year, first.count(), confidence,
          first.evidence(), more);
    }
  }

  /** Words that join the items of a list of places, in every language (lang/<xx>/list_joiners.txt). */
  private static final Set<String> LIST_JOINERS = listJoiners();

  /**
   * The events as acts: a visit to a list of countries split into one visit per country, then
   * restatements merged; in text order of their first report.
   */
  static List<Event> merge(Doc doc, List<Event> events) {
    List<Event> ordered = new ArrayList<>(events.size());
    for (Event event : events) {
      ordered.addAll(perDestination(doc, event));
    }
    if (ordered.size() < 2) {
      return ordered;
    }
    ordered.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
    List<Act> acts = new ArrayList<>();
    for (Event event : ordered) {
      Sentence sentence = sentenceAt(doc, event.evidence().start());
      Set<String> figures = figures(doc, sentence);
      Act act = event.kind() == EventKind.AGREEMENT
          ? translationOf(acts, event, sentence, figures)
          : restated(doc, acts, event, sentence, figures);
      if (act == null) {
        act = new Act(event.kind());
        acts.add(act);
      }
      act.add(event, sentence, figures);
    }
    List<Event> merged = new ArrayList<>(acts.size());
    for (Act act : acts) {
      merged.add(act.merged());
    }
    return merged;
  }

  private static Act restated(Doc doc, List<Act> acts, Event event, Sentence sentence, Set<String> figures) {
    if (event.counterpartCode() != null) {
      Act firstOfKind = null;
      for (Act act : acts) {
        if (act.kind == event.kind() && event.counterpartCode().equals(act.counterpartCode)) {
          return act;
        }
        firstOfKind = firstOfKind == null && act.kind == event.kind() ? act : firstOfKind;
      }
      for (int i = acts.size() - 1; i >= 0; i--) {
        Act act = acts.get(i);
        if (act.kind == event.kind() && act.counterpartCode == null && act.figuresAgree(figures)
            && (act == firstOfKind || act.near(doc, sentence))) {
          return act; // the lead told the act, this sentence says where
        }
      }
      return null;
    }
    for (int i = acts.size() - 1; i >= 0; i--) {
      Act act = acts.get(i);
      if (act.kind == event.kind() && act.figuresAgree(figures)) {
        return act;
      }
    }
    return null;
  }

  private static Act translationOf(List<Act> acts, Event event, Sentence sentence, Set<String> figures) {
    for (Act act : acts) {
      if (act.kind == EventKind.AGREEMENT && Objects.equals(act.counterpartCode, event.counterpartCode())
          && act.reports.get(0).count() == event.count() && !act.toldOnlyIn(sentence.language)
          && act.figuresAgree(figures)) {
        return act;
      }
    }
    return null;
  }

  /**
   * A visit abroad to several countries named in one list ("访问老挝、越南和缅甸", "日韓を訪問", "visited Laos
   * and Vietnam") as one visit per country (guests from several countries are one group: one visit): the list is the run of foreign places around the
   * visit's counterpart separated only by punctuation or a joining word. An agreement with a list
   * of countries is one per country when its count says so (two memoranda, with Laos and
   * Vietnam), else unattributed: no counterpart, its whole count.
   */
  private static List<Event> perDestination(Doc doc, Event event) {
    boolean agreement = event.kind() == EventKind.AGREEMENT;
    if (event.kind().visitDirection() == null && !agreement || event.counterpartType() != CounterpartType.COUNTRY) {
      return List.of(event);
    }
    if (event.kind() == EventKind.VISIT_INBOUND) {
      // Guests from a list of countries (15国驻港澳领事代表团, "envoys of Laos and Vietnam") come as one
      // group to one destination, the subject: one visit, by the labelling rules.
      return List.of(event);
    }
    Sentence sentence = sentenceAt(doc, event.evidence().start());
    List<org.diplomacytrends.common.gazetteer.PlaceMatch> places = sentence.places;
    int at = -1;
    for (int i = 0; i < places.size() && at < 0; i++) {
      if (doc.role(places.get(i)) == Doc.Role.FOREIGN && event.counterpartCode().equals(doc.foreignCode(places.get(i)))) {
        at = i;
      }
    }
    if (at < 0) {
      return List.of(event);
    }
    int first = at;
    while (first > 0 && listed(doc, places.get(first - 1), places.get(first))) {
      first--;
    }
    int last = at;
    while (last + 1 < places.size() && listed(doc, places.get(last), places.get(last + 1))) {
      last++;
    }
    Set<String> countries = new java.util.LinkedHashSet<>();
    countries.add(event.counterpartCode());
    for (int i = first; i <= last; i++) {
      countries.addAll(doc.foreignCodes(places.get(i))); // 日韓を訪問: both
    }
    if (agreement && countries.size() > 1) {
      if (event.count() != countries.size()) {
        // "signed 5 agreements with Laos and Vietnam": the text does not say whose: unattributed.
        return List.of(new Event(event.kind(), null, null, event.date(), event.year(), event.count(),
            event.confidence(), event.evidence(), event.moreEvidence()));
      }
    }
    List<Event> acts = new ArrayList<>(countries.size());
    for (String country : countries) {
      acts.add(new Event(event.kind(), country, CounterpartType.COUNTRY, event.date(), event.year(),
          countries.size() > 1 ? 1 : event.count(), event.confidence(), event.evidence(), event.moreEvidence()));
    }
    return acts;
  }

  /** Whether {@code next} follows {@code previous} in a list of foreign places. */
  static boolean listed(Doc doc, org.diplomacytrends.common.gazetteer.PlaceMatch previous,
      org.diplomacytrends.common.gazetteer.PlaceMatch next) {
    if (doc.role(previous) != Doc.Role.FOREIGN || doc.role(next) != Doc.Role.FOREIGN
        || doc.foreignCode(previous) == null || doc.foreignCode(next) == null || next.start() < previous.end()) {
      return false;
    }
    String gap = doc.norm.substring(previous.end(), next.start()).replaceAll("[\\s,、，;；/・·]+", " ").strip();
    return gap.isEmpty() || LIST_JOINERS.contains(gap);
  }

  private static Set<String> listJoiners() {
    Set<String> joiners = new HashSet<>();
    for (String word : LangFiles.linesOfEveryLanguage("list_joiners.txt")) {
      joiners.add(org.diplomacytrends.common.text.TextNormalizer.get().normalizeTerm(word.strip()));
    }
    return joiners;
  }

  /**
   * Digit runs of a sentence outside its dates and other than years (1900-2099): the figures (3
   * groups, 115 guests) a restatement repeats. Dates are left out: "visited on 11 July" and "his
   * first trip since September 2010" tell one visit.
   */
  static Set<String> figures(Doc doc, Sentence sentence) {
    Set<String> figures = new HashSet<>();
    String text = doc.norm;
    List<DateParser.DateMention> dates = doc.dateMentions(sentence);
    int nextDate = 0;
    int i = sentence.start;
    while (i < sentence.end) {
      while (nextDate < dates.size() && dates.get(nextDate).end() <= i) {
        nextDate++;
      }
      if (nextDate < dates.size() && dates.get(nextDate).start() <= i) {
        i = dates.get(nextDate).end();
        continue;
      }
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < sentence.end && Character.isDigit(text.charAt(i))) {
        i++;
      }
      String run = text.substring(start, i).replaceFirst("^0+(?=.)", "");
      boolean year = run.length() == 4 && (run.startsWith("19") || run.startsWith("20"));
      if (!year) {
        figures.add(run);
      }
    }
    return figures;
  }

  private static int paragraphOf(Doc doc, Sentence sentence) {
    return doc.norm.lastIndexOf('\n', Math.max(0, sentence.start - 1));
  }

  private static Sentence sentenceAt(Doc doc, int start) {
    List<Sentence> sentences = doc.sentences;
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start <= start) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sentences.get(lo);
  }
}
