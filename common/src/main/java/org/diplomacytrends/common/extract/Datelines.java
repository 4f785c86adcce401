package org.diplomacytrends.common.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.diplomacytrends.common.gazetteer.PlaceMatch;

/**
 * A news agency's dateline names where the correspondent files from, not who acts or where anyone
 * goes: "(상하이=연합뉴스)", "新华社上海5月10日电", "SHANGHAI, May 10 (Xinhua) --", "CHANGJI.
 * KAZINFORM". Its place is left out of the sentence it stands in.
 */
final class Datelines {
  /** The month and day of a Chinese agency dateline, then 电 or 讯 (5月10日电). */
  private static final Pattern DATE_AFTER_AGENCY = Pattern.compile("\\d{1,2}月\\d{1,2}日(?:电|讯)");

  private Datelines() {}

  /** True when the place is a dateline's; {@code norm} is the normalised text, {@code original} as written. */
  static boolean inDateline(String norm, String original, PlaceMatch match) {
    int start = match.start();
    int end = match.end();
    if (start > 0 && (norm.charAt(start - 1) == '(' || norm.charAt(start - 1) == '[' || norm.charAt(start - 1) == '（')
        && end < norm.length() && norm.charAt(end) == '=') {
      return true; // (상하이=연합뉴스)
    }
    if (start > 0 && norm.charAt(start - 1) == '社'
        && DATE_AFTER_AGENCY.matcher(norm).region(end, Math.min(norm.length(), end + 12)).lookingAt()) {
      return true; // 新华社上海5月10日电
    }
    boolean lineStart = start == 0 || norm.charAt(start - 1) == '\n';
    if (lineStart && end < norm.length() && (norm.charAt(end) == ',' || norm.charAt(end) == '.')) {
      // SHANGHAI, May 10 — a capitalised city opening its line, the way agencies print it.
      String written = original.substring(start, end);
      return written.length() > 2 && written.equals(written.toUpperCase(Locale.ROOT))
          && !written.equals(written.toLowerCase(Locale.ROOT));
    }
    return false;
  }
}
