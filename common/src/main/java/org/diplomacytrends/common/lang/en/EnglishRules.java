package org.diplomacytrends.common.lang.en;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.lang.OfficialNames;
import org.diplomacytrends.common.model.ActorSide;
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

  /** Capitalised words that follow a title without being a name (Province, Leads, Delegation). */
  private static final Set<String> NAME_STOPS = OfficialNames.wordSet(LanguagePack.ROOT + "en/name_stops.txt");

  @Override
  public boolean titlesAreWords() {
    return true;
  }

  /** "governor of Yunnan Province": the place follows the title. */
  @Override
  public int titlePlaceAfterReach() {
    return 8;
  }

  /** Governor Wang Ning; Wang Ning, governor of …. */
  @Override
  public Span officialName(String norm, String original, int sentenceStart, int sentenceEnd, int titleStart,
      int titleEnd, IntPredicate inPlace, ActorSide side) {
    return OfficialNames.capitalised(original, sentenceStart, sentenceEnd, titleStart, titleEnd, inPlace, NAME_STOPS, 0);
  }
}
