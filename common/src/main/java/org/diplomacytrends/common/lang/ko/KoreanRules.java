package org.diplomacytrends.common.lang.ko;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.lang.OfficialNames;
import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/** Korean: verb-final, place suffixes before the particles (저장성을 방문), counted number words (두 건). */
public final class KoreanRules implements LanguageRules {
  @Override
  public boolean writes(LanguageDetector.ScriptCounts counts) {
    return counts.hangul() >= 0.8 * (counts.hangul() + counts.han() + counts.kana()) && counts.cyrillic() == 0
        && counts.latin() <= counts.hangul();
  }

  @Override
  public Language language() {
    return Language.KO;
  }

  @Override
  public boolean verbFinal() {
    return true;
  }

  @Override
  public int afterDestination(String norm, int end) {
    return LanguageRules.skipSuffixes(norm, end, "시성", 3);
  }

  @Override
  public int afterOrigin(String norm, int end) {
    return LanguageRules.skipSuffixes(norm, end, "시성", 3); // 저장성에서 온, 블라디보스토크시에서 온
  }

  @Override
  public int afterCity(String norm, int end) {
    return LanguageRules.skipSuffixes(norm, end, "시", 2);
  }

  @Override
  public String numberWordPattern(List<String> words) {
    // Native numerals count only with a counter after them (두 건, 세 가지): 한 alone is "one" of everything.
    return "(?<![가-힣])(" + String.join("|", words) + ")(?=\\s*(?:개|건|가지))";
  }

  /** Words that stand before a title without being a name (이날, 한편), one per line. */
  private static final Set<String> NAME_STOPS = OfficialNames.wordSet(LanguagePack.ROOT + "ko/name_stops.txt");
  /** A word ending in one of these particles is not a name (대표단은 …). */
  private static final String PARTICLE_ENDINGS = "은는을를의에와과로서";

  /** A Korean page names its own officials bare (지사 is the province's governor). */
  @Override
  public ActorSide bareTitleSide() {
    return ActorSide.FOREIGN;
  }

  /** 오영훈 제주지사, 량후이링 부성장: the name is the word before the title (and its place). */
  @Override
  public Span officialName(String norm, String original, int sentenceStart, int sentenceEnd, int titleStart,
      int titleEnd, IntPredicate inPlace, ActorSide side) {
    return OfficialNames.hangulWordBefore(norm, sentenceStart, titleStart, inPlace, NAME_STOPS, PARTICLE_ENDINGS);
  }
}
