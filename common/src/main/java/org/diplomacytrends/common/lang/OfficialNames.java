package org.diplomacytrends.common.lang;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.lang.LanguageRules.Span;

/**
 * The shapes in which news writes an official's name beside a title, for the languages' rules to
 * pick from: a Chinese name after the title (省长王予波), a name joined before it (平井伸治知事), a
 * word before it (오영훈 제주지사), capitalised words after it (Governor Wang Ning, губернатор
 * Приморского края Олег Кожемяко) or before a comma (Wang Ning, governor of). And the normalised
 * form that lets two reports of one official compare.
 */
public final class OfficialNames {
  /** Chinese names are two or three characters (four with a two-character surname). */
  private static final int MAX_CHINESE_NAME = 3;
  /** Transliterated foreign names in Chinese characters (普京, 约翰·史密斯). */
  private static final int MAX_TRANSLITERATED_NAME = 12;
  private static final int MAX_JOINED_NAME = 6;
  private static final int MAX_NAME_WORDS = 3;

  private OfficialNames() {}

  /** One word per non-comment line of a language's resource, as a set (for stop words and surnames). */
  public static Set<String> wordSet(String resource) {
    return Set.copyOf(new HashSet<>(LanguagePack.lines(resource).stream().map(String::strip).toList()));
  }

  /**
   * A name in Chinese characters right after the title, cut before the first stop word (会见, 率, 在):
   * two or three characters after a known surname, or a transliterated name (with or without a
   * middle dot) when the official is foreign.
   */
  public static Span hanAfter(String norm, int titleEnd, int sentenceEnd, Set<String> surnames, List<String> stops,
      boolean foreign) {
    int end = titleEnd;
    while (end < sentenceEnd && end - titleEnd < MAX_TRANSLITERATED_NAME
        && (isHan(norm.charAt(end)) || isMiddleDot(norm.charAt(end)))) {
      end++;
    }
    for (int i = titleEnd; i < end; i++) {
      if (startsWithAny(norm, i, stops)) {
        end = i;
        break;
      }
    }
    int length = end - titleEnd;
    if (length < 2) {
      return null;
    }
    boolean dotted = norm.substring(titleEnd, end).chars().anyMatch(c -> isMiddleDot((char) c));
    if (surnames.contains(norm.substring(titleEnd, titleEnd + 2)) && !dotted) {
      return new Span(titleEnd, titleEnd + Math.min(length, MAX_CHINESE_NAME + 1));
    }
    if (surnames.contains(norm.substring(titleEnd, titleEnd + 1)) && !dotted) {
      return new Span(titleEnd, titleEnd + Math.min(length, MAX_CHINESE_NAME));
    }
    return foreign && (dotted || length <= 4) ? new Span(titleEnd, end) : null;
  }

  /**
   * A name in Chinese characters or katakana joined to the title before it, past a place written
   * between them (平井伸治鳥取県知事, 鳥取県の平井伸治知事), after the last office word
   * ({@code stops}: 副, 委員会, 協会) in the run.
   */
  public static Span joinedBefore(String norm, int sentenceStart, int titleStart, IntPredicate inPlace,
      List<String> stops) {
    int end = titleStart;
    while (end > sentenceStart && inPlace.test(end - 1)) {
      end--;
    }
    int start = end;
    while (start > sentenceStart && end - start < MAX_JOINED_NAME && !inPlace.test(start - 1)
        && (isHan(norm.charAt(start - 1)) || isKatakana(norm.charAt(start - 1)))) {
      start--;
    }
    for (String stop : stops) { // 道議会副議長: what stands after the last office word is the name
      int at = norm.lastIndexOf(stop, end - stop.length());
      if (at >= start) {
        start = at + stop.length();
      }
    }
    return end - start >= 2 ? new Span(start, end) : null;
  }

  /**
   * A Hangul word of two to four syllables before the title, past a place written between them
   * (오영훈 제주지사, 량후이링 부성장), unless it is a stop word or ends in a particle.
   */
  public static Span hangulWordBefore(String norm, int sentenceStart, int titleStart, IntPredicate inPlace,
      Set<String> stops, String particleEndings) {
    int end = titleStart;
    while (end > sentenceStart && inPlace.test(end - 1)) {
      end--;
    }
    if (end <= sentenceStart || norm.charAt(end - 1) != ' ') {
      return null;
    }
    end--;
    int start = end;
    while (start > sentenceStart && isHangul(norm.charAt(start - 1))) {
      start--;
    }
    String word = norm.substring(start, end);
    if (word.length() < 2 || word.length() > 4 || stops.contains(word) || inPlace.test(start)
        || particleEndings.indexOf(word.charAt(word.length() - 1)) >= 0) {
      return null;
    }
    return new Span(start, end);
  }

  /**
   * Up to three capitalised words after the title (Governor Wang Ning), past {@code skipWords}
   * lower-case or place words first (губернатор Приморского края Олег Кожемяко); a word that is
   * a place or a stop word ends the name.
   */
  public static Span capitalisedAfter(String original, int titleEnd, int sentenceEnd, IntPredicate inPlace,
      Set<String> stops, int skipWords) {
    int at = skipSpaces(original, titleEnd, sentenceEnd);
    for (int skipped = 0; skipped < skipWords && at < sentenceEnd; skipped++) {
      int wordEnd = wordEnd(original, at, sentenceEnd);
      if (wordEnd == at || !(inPlace.test(at) || Character.isLowerCase(original.charAt(at)))) {
        break;
      }
      boolean preposition = wordEnd - at <= 2 && Character.isLowerCase(original.charAt(at));
      at = skipSpaces(original, wordEnd, sentenceEnd);
      if (preposition && skipped + 1 < skipWords) {
        at = skipSpaces(original, wordEnd(original, at, sentenceEnd), sentenceEnd); // в Екатеринбурге: a preposition's object
        skipped++;
      }
    }
    int start = at;
    int end = at;
    for (int words = 0; words < MAX_NAME_WORDS && at < sentenceEnd; words++) {
      int wordEnd = wordEnd(original, at, sentenceEnd);
      if (wordEnd == at + 1 && wordEnd < sentenceEnd && original.charAt(wordEnd) == '.'
          && Character.isUpperCase(original.charAt(at))) {
        wordEnd++; // an initial: А. Козлов
      } else if (!capitalisedName(original, at, wordEnd, inPlace, stops)
          && !(words == 0 && capitalised(original, at, wordEnd) && nextIsName(original, wordEnd, sentenceEnd, inPlace, stops))) {
        break; // a stop word starts a name only when a name word follows it (He Baoxiang, not "He said")
      }
      end = wordEnd;
      at = skipSpaces(original, wordEnd, sentenceEnd);
    }
    return end > start && !original.substring(start, end).endsWith(".") ? new Span(start, end) : null;
  }

  /** {@link #capitalisedAfter}, else {@link #capitalisedBeforeComma}: the shapes of alphabetic scripts. */
  public static Span capitalised(String original, int sentenceStart, int sentenceEnd, int titleStart, int titleEnd,
      IntPredicate inPlace, Set<String> stops, int skipWords) {
    Span after = capitalisedAfter(original, titleEnd, sentenceEnd, inPlace, stops, skipWords);
    return after != null ? after : capitalisedBeforeComma(original, sentenceStart, titleStart, inPlace, stops);
  }

  /** Up to three capitalised words ending right before ", " and the title (Wang Ning, governor of …). */
  public static Span capitalisedBeforeComma(String original, int sentenceStart, int titleStart, IntPredicate inPlace,
      Set<String> stops) {
    int at = titleStart;
    if (original.startsWith("the ", Math.max(sentenceStart, at - 4)) && at - 4 >= sentenceStart) {
      at -= 4;
    }
    if (at - 2 < sentenceStart || original.charAt(at - 1) != ' ' || original.charAt(at - 2) != ',') {
      return null;
    }
    int end = at - 2;
    int start = end;
    for (int words = 0; words < MAX_NAME_WORDS; words++) {
      int wordStart = start;
      while (wordStart > sentenceStart && isNameLetter(original.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == start || !capitalisedName(original, wordStart, start, inPlace, stops)) {
        break;
      }
      start = wordStart;
      if (start - 1 <= sentenceStart || original.charAt(start - 1) != ' ') {
        break;
      }
      start--;
    }
    while (start < end && original.charAt(start) == ' ') {
      start++;
    }
    return end > start ? new Span(start, end) : null;
  }

  /**
   * The name in a form that compares across reports and scripts: Chinese characters simplified
   * (王寧 and 王宁 are one name), middle dots unified, spaces collapsed, each alphabetic word
   * capitalised (WANG Ning and Wang Ning are one name).
   */
  public static String normalise(String original, String norm, Span span) {
    StringBuilder out = new StringBuilder(span.end() - span.start());
    boolean wordStart = true;
    for (int i = span.start(); i < span.end(); i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        wordStart = true;
      } else if (isMiddleDot(c)) {
        out.append('·');
        wordStart = true;
      } else if (isHan(c)) {
        out.append(norm.charAt(i));
        wordStart = true;
      } else if (Character.isLetter(c)) {
        out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
        wordStart = false;
      } else {
        out.append(c);
        wordStart = c == '-' || c == '\'';
      }
    }
    return out.toString().strip();
  }

  private static boolean capitalisedName(String original, int start, int end, IntPredicate inPlace, Set<String> stops) {
    return end > start && Character.isUpperCase(original.charAt(start)) && !inPlace.test(start)
        && !stops.contains(original.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean capitalised(String original, int start, int end) {
    return end > start && Character.isUpperCase(original.charAt(start));
  }

  private static boolean nextIsName(String original, int at, int limit, IntPredicate inPlace, Set<String> stops) {
    if (at >= limit || original.charAt(at) != ' ') {
      return false;
    }
    int next = skipSpaces(original, at, limit);
    return capitalisedName(original, next, wordEnd(original, next, limit), inPlace, stops);
  }

  private static int wordEnd(String text, int at, int limit) {
    int end = at;
    while (end < limit && isNameLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int skipSpaces(String text, int at, int limit) {
    while (at < limit && text.charAt(at) == ' ') {
      at++;
    }
    return at;
  }

  private static boolean startsWithAny(String norm, int at, List<String> words) {
    for (String word : words) {
      if (norm.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameLetter(char c) {
    return Character.isLetter(c) && !isHan(c) || c == '-' || c == '\'';
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isKatakana(char c) {
    return c >= '\u30A1' && c <= '\u30FA' || c == '\u30FC';
  }

  private static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7A3';
  }

  private static boolean isMiddleDot(char c) {
    return c == '·' || c == '•' || c == '・' || c == '‧' || c == '∙';
  }
}
