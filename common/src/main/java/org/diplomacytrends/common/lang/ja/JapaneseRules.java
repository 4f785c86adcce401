package org.diplomacytrends.common.lang.ja;

import org.diplomacytrends.common.lang.LanguageRules;
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
}
