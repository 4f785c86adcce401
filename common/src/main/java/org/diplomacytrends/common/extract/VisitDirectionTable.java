package org.diplomacytrends.common.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.diplomacytrends.common.model.VisitDirection;

/**
 * The visit-direction decision as one table: what kind of visit word, where the act goes (the
 * role of its destination for the article's subject), and who travels decide the direction.
 * Rows are tried top to bottom; the first whose three columns hold decides, and a row may decide
 * "no visit" (null). No language here: the clues are read from places and markers beforehand.
 */
final class VisitDirectionTable {
  /** Where the act goes, seen from the subject province. */
  enum Where {
    /** Abroad. */
    FOREIGN,
    /** The subject province itself. */
    SUBJECT,
    /** China as a whole (visitors coming here). */
    CHINA,
    /** Another Chinese province. */
    OTHER_PROVINCE,
    /** No destination named. */
    UNNAMED;

    static Where of(Doc.Role role) {
      if (role == null) {
        return UNNAMED;
      }
      return switch (role) {
        case FOREIGN -> FOREIGN;
        case SUBJECT -> SUBJECT;
        case CHINA -> CHINA;
        case DOMESTIC -> OTHER_PROVINCE;
        case NONE -> UNNAMED;
      };
    }
  }

  /**
   * What the sentence says about who travels.
   *
   * @param origin role of the place marked as where visitors come from (null: none marked)
   * @param foreignActorBefore a foreign place (an actor) named before the visit word
   * @param subjectActorBefore the subject province or its officials named before the visit word
   * @param outsiders foreign places, diplomats, delegation nouns or a coming-here word in the sentence
   * @param foreignInSentence a foreign place or diplomat anywhere in the sentence
   * @param otherProvinceInSentence another Chinese province named in the sentence
   * @param notMotion the visit word names no motion (a delegation noun, "led by")
   * @param documentHasForeignPartners the article names foreign counterparts somewhere
   * @param otherProvinceActorBefore another Chinese province (or its city) named before the visit word
   */
  record Travellers(Doc.Role origin, boolean foreignActorBefore, boolean subjectActorBefore, boolean outsiders,
      boolean foreignInSentence, boolean otherProvinceInSentence, boolean notMotion, boolean documentHasForeignPartners,
      boolean otherProvinceActorBefore) {}

  /** One row: visit words × destinations × a condition on the travellers → direction (null: no visit). */
  record Row(Set<TriggerKind> words, Set<Where> where, String travellers, Predicate<Travellers> holds,
      VisitDirection direction) {}

  private static final Set<TriggerKind> ANY = EnumSet.of(TriggerKind.VISIT, TriggerKind.VISIT_IN,
      TriggerKind.VISIT_OUT, TriggerKind.VISIT_ABROAD, TriggerKind.GO_TO, TriggerKind.INSPECTION);
  private static final Set<Where> ANYWHERE = EnumSet.allOf(Where.class);
  private static final Set<Where> HOME = EnumSet.of(Where.SUBJECT, Where.CHINA);

  /** The table. Read it as: "a <words> act going <where>, when <travellers>, is <direction>". */
  static final List<Row> ROWS = List.of(
      row(ANY, EnumSet.of(Where.FOREIGN), "anyone", t -> true, VisitDirection.OUTBOUND),
      // 訪日, 访美: the word names its foreign destination, whatever else the sentence names.
      row(EnumSet.of(TriggerKind.VISIT_ABROAD), ANYWHERE, "anyone", t -> true, VisitDirection.OUTBOUND),
      // 出访, led a delegation: marked as going out.
      row(EnumSet.of(TriggerKind.VISIT_OUT), EnumSet.of(Where.UNNAMED), "anyone", t -> true, VisitDirection.OUTBOUND),
      row(EnumSet.of(TriggerKind.VISIT_OUT), EnumSet.of(Where.OTHER_PROVINCE), "anyone", t -> true, VisitDirection.DOMESTIC),
      row(EnumSet.of(TriggerKind.VISIT_OUT), ANYWHERE, "anyone", t -> true, null),
      // 来访, visiting, прибыл: marked as coming; to another province only the subject's own people come.
      row(EnumSet.of(TriggerKind.VISIT_IN), EnumSet.of(Where.OTHER_PROVINCE), "the subject's people",
          Travellers::subjectActorBefore, VisitDirection.DOMESTIC),
      row(EnumSet.of(TriggerKind.VISIT_IN), EnumSet.of(Where.OTHER_PROVINCE), "others", t -> true, null),
      row(EnumSet.of(TriggerKind.VISIT_IN), ANYWHERE, "anyone", t -> true, VisitDirection.INBOUND),
      // 赴, 前往, go to; 考察, study, inspection: foreigners coming here, or the subject's people going within China.
      row(EnumSet.of(TriggerKind.GO_TO), HOME, "a foreign actor named first",
          Travellers::foreignActorBefore, VisitDirection.INBOUND),
      row(EnumSet.of(TriggerKind.INSPECTION), ANYWHERE, "a foreign actor named first",
          Travellers::foreignActorBefore, VisitDirection.INBOUND),
      row(EnumSet.of(TriggerKind.GO_TO, TriggerKind.INSPECTION), EnumSet.of(Where.SUBJECT, Where.OTHER_PROVINCE),
          "the subject's people", Travellers::subjectActorBefore, VisitDirection.DOMESTIC),
      row(EnumSet.of(TriggerKind.GO_TO, TriggerKind.INSPECTION), ANYWHERE, "others", t -> true, null),
      // 访问, visit, 訪問, 방문, посетил: direction from where it goes and who comes.
      row(EnumSet.of(TriggerKind.VISIT), HOME, "only another province's people, from there or named first",
          t -> t.otherProvinceInSentence() && !t.foreignInSentence()
              && (t.origin() == Doc.Role.DOMESTIC || t.origin() == null && t.otherProvinceActorBefore()),
          VisitDirection.DOMESTIC),
      row(EnumSet.of(TriggerKind.VISIT), HOME, "outsiders, or an article with foreign partners",
          t -> t.outsiders() || t.documentHasForeignPartners(), VisitDirection.INBOUND),
      row(EnumSet.of(TriggerKind.VISIT), HOME, "others", t -> true, null),
      row(EnumSet.of(TriggerKind.VISIT), EnumSet.of(Where.OTHER_PROVINCE), "the subject's people (from it, or named first)",
          t -> t.origin() == Doc.Role.SUBJECT || t.origin() == null && !t.notMotion() && t.subjectActorBefore(),
          VisitDirection.DOMESTIC),
      row(EnumSet.of(TriggerKind.VISIT), EnumSet.of(Where.OTHER_PROVINCE), "others", t -> true, null),
      row(EnumSet.of(TriggerKind.VISIT), ANYWHERE, "visitors from abroad", t -> t.origin() == Doc.Role.FOREIGN,
          VisitDirection.INBOUND),
      row(EnumSet.of(TriggerKind.VISIT), EnumSet.of(Where.UNNAMED), "the subject's people, from it",
          t -> t.origin() == Doc.Role.SUBJECT, VisitDirection.OUTBOUND));

  private VisitDirectionTable() {}

  private static Row row(Set<TriggerKind> words, Set<Where> where, String travellers, Predicate<Travellers> holds,
      VisitDirection direction) {
    return new Row(words, where, travellers, holds, direction);
  }

  /** The direction the first matching row gives, or null (no row, or a row saying no visit). */
  static VisitDirection decide(TriggerKind word, Where where, Travellers travellers) {
    for (Row row : ROWS) {
      if (row.words().contains(word) && row.where().contains(where) && row.holds().test(travellers)) {
        return row.direction();
      }
    }
    return null;
  }
}
