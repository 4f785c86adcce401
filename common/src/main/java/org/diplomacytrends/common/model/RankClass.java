package org.diplomacytrends.common.model;

import java.util.Locale;

/**
 * The rank of an official, in a small vocabulary that compares across provinces, countries and
 * languages. Chinese officials and foreign ones have their own classes; {@link #OTHER} is shared.
 * The constants are in order of precedence within a side: the first one named in an act is the
 * rank that leads it (party secretary before governor, head of state before minister).
 */
public enum RankClass {
  /** Provincial party secretary; party secretary of a provincial-level municipality. */
  PARTY_SECRETARY(ActorSide.CHINESE),
  /** Governor, chair of an autonomous region, mayor of a provincial-level municipality. */
  GOVERNOR(ActorSide.CHINESE),
  /** Leader of the provincial people's congress or CPPCC committee (chair or vice chair). */
  LEGISLATURE(ActorSide.CHINESE),
  /** Deputy party secretary, vice governor, vice chair of a region, vice mayor of a municipality. */
  DEPUTY(ActorSide.CHINESE),
  /** Director or deputy director of a provincial or city foreign-affairs office. */
  FOREIGN_AFFAIRS_OFFICE(ActorSide.CHINESE),
  /** Party secretary, mayor or vice mayor of a prefecture-level city or prefecture. */
  PREFECTURE_LEADER(ActorSide.CHINESE),
  /** Head of state or government: president, prime minister, king (and their deputies). */
  HEAD_OF_STATE_OR_GOVERNMENT(ActorSide.FOREIGN),
  /** A national minister or vice minister. */
  MINISTER(ActorSide.FOREIGN),
  /** Governor of a state, province, prefecture or region (and deputies): the province's peers. */
  REGIONAL_GOVERNOR(ActorSide.FOREIGN),
  /** Mayor or deputy mayor of a city. */
  MAYOR(ActorSide.FOREIGN),
  /** Ambassador, consul general or consul. */
  AMBASSADOR_CONSUL(ActorSide.FOREIGN),
  /** Head of a company or business association. */
  BUSINESS(ActorSide.FOREIGN),
  /** An official whose title places them in no class above (a department head, a secretary general). */
  OTHER(null);

  private final ActorSide side;

  RankClass(ActorSide side) {
    this.side = side;
  }

  /** The side whose officials hold this rank, or null when both may ({@link #OTHER}). */
  public ActorSide side() {
    return side;
  }

  /** True when an official of {@code actorSide} may hold this rank. */
  public boolean allows(ActorSide actorSide) {
    return side == null || side == actorSide;
  }

  /** True for the ranks that lead a province: party secretary and governor. */
  public boolean topProvincialLeader() {
    return this == PARTY_SECRETARY || this == GOVERNOR;
  }

  /** The lower-case name stored in tables. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The class of a {@link #code()}. */
  public static RankClass ofCode(String code) {
    for (RankClass rank : values()) {
      if (rank.code().equals(code)) {
        return rank;
      }
    }
    throw new IllegalArgumentException("unknown rank class '" + code + "'; expected one of "
        + java.util.Arrays.stream(values()).map(RankClass::code).toList());
  }
}
