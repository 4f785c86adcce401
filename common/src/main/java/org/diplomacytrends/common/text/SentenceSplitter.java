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

  private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /** Longest sentence span returned; longer runs are cut. */
  public static final int MAX_SENTENCE = 2000;

  /** A sentence: offsets into the text, end exclusive. */
  public record Span(int start, int end) {}

  private SentenceSplitter() {}

  /** Sentence spans of {@code text}, in order, trimmed, never empty. */
  public static List<Span> split(CharSequence text) {
    // Every character is looked at: read them from an array rather than through CharSequence.
    char[] t = text.toString().toCharArray();
    List<Span> spans = new ArrayList<>();
    int length = t.length;
    int start = 0;
    for (int i = 0; i < length; i++) {
      char c = t[i];
      if (!mayEndSentence(c)) {
        continue; // most characters: nothing to decide
      }
      boolean boundary = false;
      int cut = i + 1;
      switch (c) {
        case '\n', '\r', '\u2028', '\u2029' -> {
          boundary = true;
          cut = i;
        }
        case '。', '！', '？', '!', '?', '；', ';', '｡' -> {
          boundary = true;
          while (cut < length && isClosing(t[cut])) {
            cut++;
          }
        }
        case '.' -> {
          if (isSentenceFullStop(t, i)) {
            boundary = true;
            while (cut < length && isClosing(t[cut])) {
              cut++;
            }
          }
        }
        default -> { }
      }
      if (boundary) {
        addTrimmed(t, start, cut, spans);
        start = Math.max(cut, i + 1);
        i = start - 1;
      }
    }
    addTrimmed(t, start, length, spans);
    return spans;
  }

  /** The characters the switch in {@link #split} acts on, as bits. */
  private static final long[] MAY_END_SENTENCE = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (char c : "\n\r\u2028\u2029。！？!?；;｡.".toCharArray()) {
      MAY_END_SENTENCE[c >>> 6] |= 1L << c;
    }
  }

  private static boolean mayEndSentence(char c) {
    return (MAY_END_SENTENCE[c >>> 6] & (1L << c)) != 0;
  }

  private static boolean isClosing(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'' || c == '」' || c == '』' || c == ')' || c == '）'
        || c == '»' || c == '】';
  }

  private static boolean isSentenceFullStop(char[] t, int dot) {
    int length = t.length;
    int next = dot + 1;
    while (next < length && isClosing(t[next])) {
      next++;
    }
    if (next < length && !CharClass.isWhitespace(t[next])) {
      return false;
    }
    // The word before the dot: an initial, a number or an abbreviation does not end a sentence.
    int wordStart = dot;
    while (wordStart > 0) {
      char p = t[wordStart - 1];
      if (CharClass.isLetterOrDigit(p) || p == '.' || p == '-') {
        wordStart--;
      } else {
        break;
      }
    }
    if (wordStart == dot) {
      return true;
    }
    if (dot - wordStart > LONGEST_ABBREVIATION) {
      // Longer than any abbreviation or initial, and lower-casing neither shortens a word nor
      // makes or unmakes a digit: only an all-digit word (too long for a year) is no sentence end.
      for (int i = wordStart; i < dot; i++) {
        if (!Character.isDigit(t[i])) {
          return true;
        }
      }
      return false;
    }
    String word = new String(t, wordStart, dot - wordStart).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(t[wordStart])) {
      return false;
    }
    if (allDigits(word)) {
      // "15.11.2022 г." and list numbers "3." are not sentence ends; a year at the end of a sentence is.
      return word.length() == 4 && next < length && t[next] != '\n' && isUpperAfter(t, next);
    }
    return true;
  }

  private static boolean allDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpperAfter(char[] t, int from) {
    for (int i = from; i < t.length; i++) {
      char c = t[i];
      if (!Character.isWhitespace(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }

  private static void addTrimmed(char[] t, int start, int end, List<Span> spans) {
    while (start < end && isBlank(t[start])) {
      start++;
    }
    while (end > start && isBlank(t[end - 1])) {
      end--;
    }
    // Unpunctuated runs (tables, garbage, a 1 MB line) are cut into bounded pieces so that
    // per-sentence work stays linear: at a comma or space when there is one, else anywhere.
    while (end - start > MAX_SENTENCE) {
      int cut = start + MAX_SENTENCE;
      for (int i = cut; i > start + MAX_SENTENCE / 2; i--) {
        char c = t[i - 1];
        if (c == ',' || c == '，' || c == '、' || c == ' ') {
          cut = i;
          break;
        }
      }
      if (Character.isHighSurrogate(t[cut - 1])) {
        cut--;
      }
      int pieceEnd = cut;
      while (pieceEnd > start && isBlank(t[pieceEnd - 1])) {
        pieceEnd--;
      }
      if (pieceEnd > start) {
        spans.add(new Span(start, pieceEnd));
      }
      start = cut;
      while (start < end && isBlank(t[start])) {
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
