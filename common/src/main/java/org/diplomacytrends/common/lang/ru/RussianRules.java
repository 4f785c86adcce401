package org.diplomacytrends.common.lang.ru;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.lang.OfficialNames;
import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/**
 * Russian: declension. Russian declines every word of a name, so "в Южную Корею" puts a declined
 * adjective the alias does not cover between the preposition and the name: the preposition marks
 * the whole phrase.
 */
public final class RussianRules implements LanguageRules {
  @Override
  public boolean writes(LanguageDetector.ScriptCounts counts) {
    return counts.cyrillic() >= 0.8 * (counts.cyrillic() + counts.latin()) && counts.han() + counts.kana() + counts.hangul() == 0;
  }

  @Override
  public Language language() {
    return Language.RU;
  }

  @Override
  public int beforeDestination(String norm, int before) {
    return beforeAdjective(norm, before);
  }

  @Override
  public int beforeOrigin(String norm, int before) {
    return beforeAdjective(norm, before); // делегация из Южной Кореи
  }

  @Override
  public String numberWordPattern(List<String> words) {
    return "(?<![а-я])(" + String.join("|", words) + ")(?![а-я])";
  }

  /** The start of a declined adjective (-ую, -юю, -ой, -ей) ending right before {@code before}, else {@code before}. */
  public static int beforeAdjective(String norm, int before) {
    if (before < 4 || norm.charAt(before - 1) != ' ') {
      return before;
    }
    int start = before - 1;
    while (start > 0 && Character.isLetter(norm.charAt(start - 1)) && norm.charAt(start - 1) >= 'а'
        && norm.charAt(start - 1) <= 'я') {
      start--;
    }
    String word = norm.substring(start, before - 1);
    if (word.length() >= 4 && (word.endsWith("ую") || word.endsWith("юю") || word.endsWith("ой") || word.endsWith("ей"))
        && start > 0 && norm.charAt(start - 1) == ' ') {
      return start;
    }
    return before;
  }

  /** Capitalised words that follow a title without being a name (Китая, КНР), one per line. */
  private static final Set<String> NAME_STOPS = OfficialNames.wordSet(LanguagePack.ROOT + "ru/name_stops.txt");
  /** Words of a genitive place phrase a name may follow (губернатор Приморского края Олег Кожемяко). */
  private static final int PLACE_PHRASE_WORDS = 3;

  /** A Russian page names its own officials bare (губернатор is the region's governor). */
  @Override
  public ActorSide bareTitleSide() {
    return ActorSide.FOREIGN;
  }

  /** губернатор-а, -ом, -у: titles decline. */
  @Override
  public int titleEndingLetters() {
    return 3;
  }

  @Override
  public boolean titlesAreWords() {
    return true;
  }

  /** "губернатор Приморского края", "вице-губернатор провинции Хэйлунцзян": the place follows the title. */
  @Override
  public int titlePlaceAfterReach() {
    return 12;
  }

  @Override
  public Span officialName(String norm, String original, int sentenceStart, int sentenceEnd, int titleStart,
      int titleEnd, IntPredicate inPlace, ActorSide side) {
    return OfficialNames.capitalised(original, sentenceStart, sentenceEnd, titleStart, titleEnd, inPlace, NAME_STOPS, PLACE_PHRASE_WORDS);
  }
}
