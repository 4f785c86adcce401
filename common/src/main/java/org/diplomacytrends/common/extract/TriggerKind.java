package org.diplomacytrends.common.extract;

/** What a trigger word signals; see {@code triggers.tsv}. */
public enum TriggerKind {
  /** A visit whose direction comes from where it goes. */
  VISIT,
  /** A visit marked as coming to the region (来访, visiting). */
  VISIT_IN,
  /** A visit marked as going abroad (出访, led a delegation). */
  VISIT_OUT,
  /** A visit word that names its foreign destination itself (訪日, 访美): always going abroad. */
  VISIT_ABROAD,
  /** Going somewhere on work (赴, 前往): abroad is outbound, inside China domestic. */
  GO_TO,
  /** A work trip: research, inspection, study (调研, 考察, 조사 연구). */
  INSPECTION,
  /** Meeting or talks. */
  MEETING,
  /** Attending or holding an event together. */
  ATTEND,
  /** Signing or concluding an agreement. */
  AGREEMENT,
  /** Cooperation, trade, friendship, exchanges: makes a named country a counterpart. */
  COOPERATION,
  /** Diplomats and their posts. */
  DIPLOMAT,
  /** Paired assistance and inter-provincial cooperation. */
  ASSISTANCE,
  /** Held online: no travel. */
  ONLINE,
  /** The act was cancelled or postponed. */
  NEGATION,
  /** Anniversaries and past ties. */
  ANNIVERSARY,
  /** National leaders acting: their acts are not the region's. */
  NATIONAL,
  /** Diplomatic relations between countries (for anniversaries). */
  RELATIONS,
  /** Offices and officials of a region. */
  OFFICIAL,
  /** Foreign-affairs vocabulary in general. */
  FOREIGN_AFFAIRS,
  /** Annual-report vocabulary. */
  REPORT,
  /** A delegation. */
  DELEGATION_NOUN,
  /** Words that point back to the previous sentence's parties. */
  ANAPHOR;

  /** True for kinds that make a sentence report a diplomatic act. */
  public boolean isAct() {
    return switch (this) {
      case VISIT, VISIT_IN, VISIT_OUT, VISIT_ABROAD, GO_TO, INSPECTION, MEETING, ATTEND, AGREEMENT, COOPERATION, DIPLOMAT,
          ASSISTANCE, DELEGATION_NOUN -> true;
      default -> false;
    };
  }
}
