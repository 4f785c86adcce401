package org.diplomacytrends.common.lang.en;

import java.util.List;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/** English: subject-verb-object with prepositions, so only number words need code. */
public final class EnglishRules implements LanguageRules {
  @Override
  public boolean writes(LanguageDetector.ScriptCounts counts) {
    return counts.latin() >= 0.9 * (counts.latin() + counts.cyrillic()) && counts.han() + counts.kana() + counts.hangul() == 0;
  }

  @Override
  public Language language() {
    return Language.EN;
  }

  @Override
  public String numberWordPattern(List<String> words) {
    return "(?<![a-z])(" + String.join("|", words) + ")(?![a-z])";
  }
}
