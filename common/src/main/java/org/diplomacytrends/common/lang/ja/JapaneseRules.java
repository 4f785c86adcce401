package org.diplomacytrends.common.lang.ja;

import java.util.List;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.lang.OfficialNames;
import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/** Japanese: verb-final, place suffixes before the particles (上海市を訪問, 浙江省から). */
public final class JapaneseRules implements LanguageRules {
  private static final String PLACE_SUFFIXES = "市省县";

  @Override
  public boolean writes(LanguageDetector.ScriptCounts counts) {
    return counts.kana() >= 0.15 * (counts.han() + counts.kana()) && counts.hangul() == 0 && counts.cyrillic() == 0
        && counts.latin() <= counts.han() + counts.kana();
  }

  @Override
  public Language language() {
    return Language.JA;
  }

  @Override
  public boolean verbFinal() {
    return true;
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

  /** Office words that end a run of characters before a title: the name comes after them (道議会副議長). */
  private static final List<String> NAME_STOPS = List.copyOf(LanguagePack.lines(LanguagePack.ROOT + "ja/name_stops.txt"));

  /** A Japanese page names its own officials bare (市長 is the city's mayor). */
  @Override
  public ActorSide bareTitleSide() {
    return ActorSide.FOREIGN;
  }

  /** 平井伸治知事, 鳥取県の平井伸治知事: the name is joined to the title before it. */
  @Override
  public Span officialName(String norm, String original, int sentenceStart, int sentenceEnd, int titleStart,
      int titleEnd, IntPredicate inPlace, ActorSide side) {
    return OfficialNames.joinedBefore(norm, sentenceStart, titleStart, inPlace, NAME_STOPS);
  }
}
