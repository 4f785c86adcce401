package org.diplomacytrends.common.gazetteer;

import java.util.List;

/**
 * A place name found in a text: offsets into the (same-length) original and normalised text, and
 * every place the spelling can stand for (香港 is both CN-HK and HKG).
 *
 * @param start first character, inclusive
 * @param end after the last character (case endings included), exclusive
 * @param aliases the aliases matched, all with the same spelling
 */
public record PlaceMatch(int start, int end, List<Alias> aliases) {
  /** True when every alias is weak. */
  public boolean weak() {
    for (Alias alias : aliases) {
      if (!alias.weak()) {
        return false;
      }
    }
    return true;
  }

  /** The Chinese division named, or null. */
  public Place chinese() {
    for (Alias alias : aliases) {
      if (alias.place().kind().isChinese()) {
        return alias.place();
      }
    }
    return null;
  }

  /** The foreign country named (alpha-3), or null. */
  public String country() {
    for (Alias alias : aliases) {
      String code = alias.place().countryCode();
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** The foreign place named, or null. */
  public Place foreign() {
    for (Alias alias : aliases) {
      if (alias.place().kind().isForeignCountry()) {
        return alias.place();
      }
    }
    return null;
  }

  /** True when the match names a bloc (and nothing else). */
  public boolean bloc() {
    return chinese() == null && country() == null
        && aliases.stream().anyMatch(a -> a.place().kind() == PlaceKind.BLOC);
  }
}
