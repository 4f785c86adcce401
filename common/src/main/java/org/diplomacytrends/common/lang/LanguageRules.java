package org.diplomacytrends.common.lang;

import java.util.List;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/**
 * What a language needs that cannot be data: its word order and the little morphology the
 * markers need (a declined adjective between a preposition and a name, an aspect particle, a
 * place suffix). One implementation per language, in the language's package; the marker words
 * themselves are data ({@link MarkerRole}). Every method works on normalised text.
 */
public interface LanguageRules {
  /** The language these rules are for. */
  Language language();

  /**
   * True when a sentence with these letter counts is written in this language alone: a sentence
   * labelled with the language but written partly in another (a quoted Chinese headline in a
   * Japanese page, Chinese names in an English line) is tried with every language's markers.
   */
  boolean writes(LanguageDetector.ScriptCounts counts);

  /** True when verbs follow their objects: the destination comes before the visit word (Xを訪問). */
  default boolean verbFinal() {
    return false;
  }

  /**
   * Skips up to {@code max} characters of {@code suffixes} from {@code end}: the place suffixes
   * (市, 省, 县) an alias without them leaves before the marker.
   */
  static int skipSuffixes(String norm, int end, String suffixes, int max) {
    int after = end;
    while (after < norm.length() && after < end + max && suffixes.indexOf(norm.charAt(after)) >= 0) {
      after++;
    }
    return after;
  }

  /**
   * Where to look for a destination word before a place starting at {@code before}: past what may
   * stand between them that no marker covers (了 in 访问了英国, a declined adjective in в Южную Корею).
   */
  default int beforeDestination(String norm, int before) {
    return before;
  }

  /** As {@link #beforeDestination} for origin and inviter words (из Южной Кореи). */
  default int beforeOrigin(String norm, int before) {
    return before;
  }

  /** Where to look for a destination word after a place ending at {@code end}: past a place suffix (市, 省, 시). */
  default int afterDestination(String norm, int end) {
    return end;
  }

  /** Where to look for an origin word after a place ending at {@code end}: past a place suffix. */
  default int afterOrigin(String norm, int end) {
    return end;
  }

  /** Where to look for a venue word after a city name ending at {@code end}: past a city suffix (市, 시). */
  default int afterCity(String norm, int end) {
    return end;
  }

  /**
   * True when a construction around the place makes it a destination that no single marker
   * word shows (对英国进行了访问: the object of 对…进行…访问).
   */
  default boolean destinationByConstruction(String norm, int before, int after) {
    return false;
  }

  /** True when what follows a visit word at {@code end} qualifies the visitors (来访的…): no destination follows. */
  default boolean visitorsQualifiedAfter(String norm, int end) {
    return false;
  }

  /** True when the visit word at {@code start} is part of a word meaning "from" (来 of 来自): it reports no visit. */
  default boolean visitWordMeansFrom(String norm, int start) {
    return false;
  }

  /** How far after a visit word an unmarked place may start and still be where the visit goes. */
  default int unmarkedDestinationReach() {
    return 40;
  }

  /**
   * True when the words between a visit word (or its destination) and a later place make that
   * place part of a relative clause about the visitors, not the trip's destination (访川的包括老挝…:
   * the countries are who came).
   */
  default boolean relativeClauseBetween(String norm, int from, int to) {
    return false;
  }

  /**
   * True when, in a phrase naming a domestic place then a foreign one (赴杭州国际友城瑞士卢加诺),
   * the foreign one is the more specific destination.
   */
  default boolean foreignPlaceRefinesDestination() {
    return false;
  }

  /**
   * A regular expression matching this language's number words (from {@code number_words.tsv})
   * as counts, with the boundaries the language needs; null when it has none.
   */
  default String numberWordPattern(List<String> words) {
    return null;
  }

  /** A span of the normalised text (and of the original: they have the same offsets). */
  record Span(int start, int end) {}

  /**
   * The side a title used by both sides names when no place beside it says which: the side whose
   * officials the language's press names bare (a Chinese page's 市长 is a Chinese mayor, a
   * Japanese page's 市長 a Japanese one).
   */
  default ActorSide bareTitleSide() {
    return ActorSide.CHINESE;
  }

  /** How many letters of a case ending a title may carry (губернатор-ом): 0 for undeclined titles. */
  default int titleEndingLetters() {
    return 0;
  }

  /** True when titles are words between spaces (Latin, Cyrillic): one is never read inside a longer word. */
  default boolean titlesAreWords() {
    return false;
  }

  /**
   * How many characters after a title a place may start and still be the title's place ("governor
   * of Yunnan"); 0 where the place comes before the title (云南省省长).
   */
  default int titlePlaceAfterReach() {
    return 0;
  }

  /**
   * Where the name of the official with the title at [{@code titleStart}, {@code titleEnd}) is
   * written, inside the sentence [{@code sentenceStart}, {@code sentenceEnd}), or null when the
   * title stands alone. {@code inPlace} tells whether an offset lies inside a place name (a name is
   * never a place). {@code original} is the text as written: case shows names in alphabetic scripts.
   * {@code side} is the official's side: foreign names are transliterated.
   */
  default Span officialName(String norm, String original, int sentenceStart, int sentenceEnd, int titleStart,
      int titleEnd, IntPredicate inPlace, ActorSide side) {
    return null;
  }
}
