package org.diplomacytrends.common.lang;

import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.model.RankClass;

/**
 * A title an official is named by, from a language's {@code titles.tsv}: the rank it gives on each
 * side. The same word names officials of either side (市长 is a Chinese city's mayor or a foreign
 * one; 省长 a Chinese governor or a Lao one), so the place written beside it decides the side.
 *
 * @param written the title as the file writes it
 * @param normalised the title in matching form (lower case, simplified Chinese)
 * @param chinese the rank of a Chinese official with this title, or null when no Chinese official has it
 * @param foreign the rank of a foreign official with this title, or null when none has it
 * @param municipal the rank of a Chinese official with this title in a provincial-level
 *     municipality (the mayor of Shanghai ranks as a governor)
 * @param needsPlace true when the word is a title only right after a place (시장 is also "market")
 * @param language the language whose file lists it
 */
public record OfficialTitle(String written, String normalised, RankClass chinese, RankClass foreign,
    RankClass municipal, boolean needsPlace, Language language) {

  /**
   * True for a word listed only so that a longer word containing a title is not read as one
   * (대사관 "embassy" holds 대사 "ambassador"; мэрия "city hall" holds мэр).
   */
  public boolean blocker() {
    return chinese == null && foreign == null;
  }

  /** The rank of an official of {@code side} with this title, or null when that side has none. */
  public RankClass rank(ActorSide side, boolean inMunicipality) {
    if (side == ActorSide.CHINESE) {
      return inMunicipality && municipal != null ? municipal : chinese;
    }
    return foreign;
  }
}
