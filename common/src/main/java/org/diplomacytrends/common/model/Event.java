package org.diplomacytrends.common.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One fact extracted from an article: a visit, an agreement or a meeting, with its counterpart
 * and the sentence that proves it.
 *
 * @param kind what happened
 * @param counterpartCode ISO 3166-1 alpha-3 country code or ISO 3166-2:CN province code; null when
 *     the text names no counterpart for the act
 * @param counterpartType whether {@code counterpartCode} is a country or a province; null with it
 * @param date the day of the act when the text gives it, else null
 * @param year the year of the act (the date's year, or the article's activity year), may be null
 * @param count how many acts this fact stands for (for example 12 agreements signed at once)
 * @param confidence 0..1, how sure the rule that produced the fact is
 * @param evidence the sentence that proves the fact (the first report of the act in the text)
 * @param moreEvidence the other sentences that report the same act (a headline, a translation, a
 *     summary), in text order; empty when the act is told once
 * @param actors the officials named in the evidence sentences as taking part, Chinese side first,
 *     each in order of rank; empty when no title is named
 */
public record Event(
    EventKind kind,
    String counterpartCode,
    CounterpartType counterpartType,
    LocalDate date,
    Integer year,
    int count,
    double confidence,
    Evidence evidence,
    List<Evidence> moreEvidence,
    List<Actor> actors) {
  public Event {
    moreEvidence = moreEvidence == null ? List.of() : List.copyOf(moreEvidence);
    actors = actors == null ? List.of() : List.copyOf(actors);
    if (kind == null || evidence == null) {
      throw new IllegalArgumentException("event kind and evidence are required");
    }
    if ((counterpartCode == null) != (counterpartType == null)) {
      throw new IllegalArgumentException("counterpart code and type go together: " + counterpartCode);
    }
    if (count < 1) {
      throw new IllegalArgumentException("event count must be at least 1, was " + count);
    }
  }

  /** A fact told in one sentence. */
  public Event(EventKind kind, String counterpartCode, CounterpartType counterpartType, LocalDate date, Integer year,
      int count, double confidence, Evidence evidence) {
    this(kind, counterpartCode, counterpartType, date, year, count, confidence, evidence, List.of(), List.of());
  }

  /** A fact told in several sentences, before its officials are read. */
  public Event(EventKind kind, String counterpartCode, CounterpartType counterpartType, LocalDate date, Integer year,
      int count, double confidence, Evidence evidence, List<Evidence> moreEvidence) {
    this(kind, counterpartCode, counterpartType, date, year, count, confidence, evidence, moreEvidence, List.of());
  }

  /** This event with its officials. */
  public Event withActors(List<Actor> officials) {
    return new Event(kind, counterpartCode, counterpartType, date, year, count, confidence, evidence, moreEvidence,
        officials);
  }

  /** The highest rank named on one side (the rank that leads or receives), or null when none is named. */
  public RankClass leadRank(ActorSide side) {
    RankClass lead = null;
    for (Actor actor : actors) {
      if (actor.side() == side && (lead == null || actor.rank().compareTo(lead) < 0)) {
        lead = actor.rank();
      }
    }
    return lead;
  }

  /** Every sentence that reports the act: {@link #evidence} first, then {@link #moreEvidence}. */
  public List<Evidence> allEvidence() {
    List<Evidence> all = new ArrayList<>(1 + moreEvidence.size());
    all.add(evidence);
    all.addAll(moreEvidence);
    return all;
  }
}
