package org.diplomacytrends.common.lang.ru;

import java.util.List;
import org.diplomacytrends.common.lang.LanguageRules;
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
}
