package org.diplomacytrends.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into sentence spans in the original text's offsets: on 。！？!?；; and line breaks,
 * and on a full stop followed by white space unless it ends a number, an initial or a known
 * abbreviation (Mr., U.S., Jan., г., гг.). Spans are trimmed of white space.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "vs", "etc", "inc", "ltd", "co", "corp", "gov", "prof", "gen", "sen", "rep", "jr",
      "sr", "dept", "govt", "vol", "fig", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m",
      "г", "гг", "с", "т", "им", "ул", "млн", "тыс", "руб", "млрд", "т.е", "т.д", "т.п", "с.г", "г-н", "г-жа", "ок");

  /** Longest sentence span returned; longer runs are cut. */
  public static final int MAX_SENTENCE = 2000;

  /** A sentence: offsets into the text, end exclusive. */
  public record Span(int start, int end) {}

  private SentenceSplitter() {}

  /** Sentence spans of {@code text}, in order, trimmed, never empty. */
  public static List<Span> split(CharSequence text) {
    List<Span> spans = new ArrayList<>();
    int length = text.length();
    int start = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean boundary = false;
      int cut = i + 1;
      switch (c) {
        case '\n', '\r', '\u2028', '\u2029' -> {
          boundary = true;
          cut = i;
        }
        case '。', '！', '？', '!', '?', '；', ';', '｡' -> {
          boundary = true;
          while (cut < length && isClosing(text.charAt(cut))) {
            cut++;
          }
        }
        case '.' -> {
          if (isSentenceFullStop(text, i)) {
            boundary = true;
            while (cut < length && isClosing(text.charAt(cut))) {
              cut++;
            }
          }
        }
        default -> { }
      }
      if (boundary) {
        addTrimmed(text, start, cut, spans);
        start = Math.max(cut, i + 1);
        i = start - 1;
      }
    }
    addTrimmed(text, start, length, spans);
    return spans;
  }

  private static boolean isClosing(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'' || c == '」' || c == '』' || c == ')' || c == '）'
        || c == '»' || c == '】';
  }

  private static boolean isSentenceFullStop(CharSequence text, int dot) {
    int length = text.length();
    int next = dot + 1;
    while (next < length && isClosing(text.charAt(next))) {
      next++;
    }
    if (next < length && !CharClass.isWhitespace(text.charAt(next))) {
      return false;
    }
    // The word before the dot: an initial, a number or an abbreviation does not end a sentence.
    int wordStart = dot;
    while (wordStart > 0) {
      char p = text.charAt(wordStart - 1);
      if (CharClass.isLetterOrDigit(p) || p == '.' || p == '-') {
        wordStart--;
      } else {
        break;
      }
    }
    if (wordStart == dot) {
      return true;
    }
    String word = text.subSequence(wordStart, dot).toString().toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
      return false;
    }
    if (word.chars().allMatch(Character::isDigit)) {
      // "15.11.2022 г." and list numbers "3." are not sentence ends; a year at the end of a sentence is.
      return word.length() == 4 && next < length && text.charAt(next) != '\n' && isUpperAfter(text, next);
    }
    return true;
  }

  private static boolean isUpperAfter(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }

  private static void addTrimmed(CharSequence text, int start, int end, List<Span> spans) {
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    // Unpunctuated runs (tables, garbage, a 1 MB line) are cut into bounded pieces so that
    // per-sentence work stays linear: at a comma or space when there is one, else anywhere.
    while (end - start > MAX_SENTENCE) {
      int cut = start + MAX_SENTENCE;
      for (int i = cut; i > start + MAX_SENTENCE / 2; i--) {
        char c = text.charAt(i - 1);
        if (c == ',' || c == '，' || c == '、' || c == ' ') {
          cut = i;
          break;
        }
      }
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      int pieceEnd = cut;
      while (pieceEnd > start && isBlank(text.charAt(pieceEnd - 1))) {
        pieceEnd--;
      }
      if (pieceEnd > start) {
        spans.add(new Span(start, pieceEnd));
      }
      start = cut;
      while (start < end && isBlank(text.charAt(start))) {
        start++;
      }
    }
    if (end > start) {
      spans.add(new Span(start, end));
    }
  }

  private static boolean isBlank(char c) {
    return CharClass.isWhitespace(c) || CharClass.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
