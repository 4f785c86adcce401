package org.diplomacytrends.common.lang.zh;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.lang.OfficialNames;
import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/** Chinese: the aspect particle 了, place suffixes, 对…进行…访问, 来访的…, and short unmarked reach. */
public final class ChineseRules implements LanguageRules {
  /** Place suffixes an alias may leave out (上海市, 浙江省, 某县). */
  static final String PLACE_SUFFIXES = "市省县";

  @Override
  public boolean writes(LanguageDetector.ScriptCounts counts) {
    return counts.kana() == 0 && counts.hangul() == 0 && counts.cyrillic() == 0 && counts.latin() <= counts.han();
  }

  @Override
  public Language language() {
    return Language.ZH;
  }

  @Override
  public int beforeDestination(String norm, int before) {
    // The aspect particle leaves the verb's object a destination: 访问了英国, 抵达了河内.
    return before >= 1 && norm.charAt(before - 1) == '了' ? before - 1 : before;
  }

  @Override
  public int afterDestination(String norm, int end) {
    return LanguageRules.skipSuffixes(norm, end, PLACE_SUFFIXES, 3);
  }

  @Override
  public int afterOrigin(String norm, int end) {
    return LanguageRules.skipSuffixes(norm, end, PLACE_SUFFIXES, 3);
  }

  @Override
  public int afterCity(String norm, int end) {
    return LanguageRules.skipSuffixes(norm, end, "市", 2);
  }

  @Override
  public boolean destinationByConstruction(String norm, int before, int after) {
    // 对英国进行了工作访问: the object of 对…进行…访问 is where the visit goes.
    return before >= 1 && norm.charAt(before - 1) == '对'
        && (norm.startsWith("进行", after) || norm.startsWith("进行", after + 1));
  }

  @Override
  public boolean visitorsQualifiedAfter(String norm, int end) {
    // 来访的老挝代表团, 访问的客人: the place after 的 qualifies the visitors.
    return norm.startsWith("的", end);
  }

  @Override
  public boolean relativeClauseBetween(String norm, int from, int to) {
    return norm.substring(from, to).indexOf('的') >= 0;
  }

  @Override
  public boolean visitWordMeansFrom(String norm, int start) {
    return norm.startsWith("来自", start);
  }

  @Override
  public int unmarkedDestinationReach() {
    return 4; // 访问老挝: the object follows the verb at once
  }

  @Override
  public boolean foreignPlaceRefinesDestination() {
    return true;
  }

  /** Surnames that start a Chinese official's name, and the words that end it (会见, 率, 在). */
  private static final Set<String> SURNAMES = OfficialNames.wordSet(LanguagePack.ROOT + "zh/surnames.txt");
  private static final List<String> NAME_STOPS = List.copyOf(LanguagePack.lines(LanguagePack.ROOT + "zh/name_stops.txt"));

  @Override
  public Span officialName(String norm, String original, int sentenceStart, int sentenceEnd, int titleStart,
      int titleEnd, IntPredicate inPlace, ActorSide side) {
    return OfficialNames.hanAfter(norm, titleEnd, sentenceEnd, SURNAMES, NAME_STOPS, side == ActorSide.FOREIGN);
  }
}
