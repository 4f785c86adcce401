package org.diplomacytrends.common.extract;

import java.util.regex.Pattern;
import org.diplomacytrends.common.text.CharClass;

/**
 * The title: the first non-empty line that reads like one (not an image file name, a URL, a bare
 * date or a "date ..." marker), with its span in the text.
 *
 * @param text the title text, or null
 * @param start offset of the line, or -1
 * @param end end of the line, or -1
 */
record TitleLine(String text, int start, int end) {
  private static final Pattern JUNK = Pattern.compile(
      "(?i).*\\.(jpg|jpeg|png|gif)$|^https?://.*|^[\\d\\s:./\\-年月日]+$|^[^\\p{L}]*$");
  private static final Pattern DATE_PREFIX = Pattern.compile("^date\\s+\\d{4}-\\d{2}-\\d{2}\\s*");
  private static final int MAX_TITLE_LENGTH = 100;

  static TitleLine find(String original, String norm) {
    return find(original, norm, -1);
  }

  /**
   * The title; when the header's date line is known, the wordiest good line above it (the title
   * sits above the dateline, below the site name and section).
   */
  static TitleLine find(String original, String norm, int dateLineStart) {
    if (dateLineStart > 0) {
      TitleLine best = null;
      int bestLetters = 0;
      int start = 0;
      while (start < dateLineStart) {
        int end = norm.indexOf('\n', start);
        if (end < 0 || end > dateLineStart) {
          end = dateLineStart;
        }
        String line = norm.substring(start, end).strip();
        int lineStart = start + leading(norm, start, end);
        if (!line.isEmpty() && line.length() <= MAX_TITLE_LENGTH && !JUNK.matcher(line).matches()) {
          int letters = letters(line);
          if (letters > bestLetters) {
            bestLetters = letters;
            best = new TitleLine(original.substring(lineStart, lineStart + line.length()), lineStart, lineStart + line.length());
          }
        }
        start = end + 1;
      }
      if (best != null && bestLetters >= 4) {
        return best;
      }
    }
    int start = 0;
    int lines = 0;
    while (start < norm.length() && lines < 12) {
      int end = norm.indexOf('\n', start);
      if (end < 0) {
        end = norm.length();
      }
      String line = norm.substring(start, end).strip();
      if (!line.isEmpty()) {
        lines++;
        int lineStart = start + leading(norm, start, end);
        var prefix = DATE_PREFIX.matcher(line);
        if (prefix.find()) {
          lineStart += prefix.end();
          line = line.substring(prefix.end());
        }
        if (line.length() <= 10 * MAX_TITLE_LENGTH && !JUNK.matcher(line).matches() && letters(line) >= 4) {
          int lineEnd = lineStart + line.length();
          if (line.length() > MAX_TITLE_LENGTH) {
            return new TitleLine(original.substring(lineStart, lineStart + MAX_TITLE_LENGTH).strip(), -1, -1);
          }
          return new TitleLine(original.substring(lineStart, lineEnd).strip(), lineStart, lineEnd);
        }
      }
      start = end + 1;
    }
    return new TitleLine(null, -1, -1);
  }

  private static int leading(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static int letters(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (CharClass.isLetter(line.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
