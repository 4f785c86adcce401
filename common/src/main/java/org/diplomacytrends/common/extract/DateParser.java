package org.diplomacytrends.common.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacytrends.common.text.CharClass;

/**
 * Dates as the genre prints them: headers and datelines ({@code 2024-01-15 17:18},
 * {@code 时间:2024-04-23}, {@code 2024년 5월 21일}, {@code 21 мая 2024}, {@code 05.06.2019},
 * {@code May 20, 2011}, {@code 2011/01/06}), and dates inside the text (with or without a year,
 * Japanese era years, month names in English and Russian). Works on normalised text (ASCII digits,
 * lower case). Impossible dates are dropped, never thrown.
 */
public final class DateParser {
  private static final String EN_MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final String RU_MONTH =
      "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
  private static final List<String> RU_MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря");
  private static final List<String> EN_MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec");

  /** Month words by their first three letters (index + 1, 0 for none), for the signal pass. */
  private static final byte[] EN_MONTH_BY_TRIGRAM = trigramTable(EN_MONTHS, 'a', 26);
  private static final byte[] RU_MONTH_BY_TRIGRAM = trigramTable(RU_MONTHS, 'а', 32);

  private static final Pattern YMD = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d\\d)\\s*(?:[-/.]|年|년)\\s*(\\d{1,2})\\s*(?:[-/.]|月|월)\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern DMY = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\s*[./]\\s*(\\d{1,2})\\s*[./]\\s*((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern EN_MDY = Pattern.compile(
      "(?<![a-z])" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern EN_DMY = Pattern.compile(
      "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + ",?\\s+((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern RU_DMY = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s+" + RU_MONTH + "\\s+((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern YEAR_MONTH = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d\\d)\\s*(?:年|년)\\s*(\\d{1,2})\\s*(?:月|월)(?!\\s*\\d)");
  private static final Pattern MD_CJK = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*(?:月|월)\\s*(\\d{1,2})\\s*(?:日|号|일)");
  private static final Pattern MONTH_CJK = Pattern.compile("(?<![\\d.年년])(\\d{1,2})\\s*(?:月|월)(?!\\s*\\d)");
  private static final Pattern MD_EN = Pattern.compile(
      "(?<![a-z])" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)|(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
      + EN_MONTH + "(?![a-z])");
  private static final Pattern MD_RU = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+" + RU_MONTH);
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d\\d)(?:\\s*(年|년|года|году|год|г\\.)|(?![\\d]))");
  private static final Pattern ERA = Pattern.compile("(令和|平成)\\s*(\\d{1,2}|元)\\s*年");
  private static final Pattern HEADER_MARKER = Pattern.compile(
      "^\\s*date\\b|时间|日期|发布|發布|发表|来源|來源|published|updated|posted|release|リリース|発表|出所|掲載|승인|발표|입력|기자|"
      + "source|write|编辑|작성|수정|опубликован|дата|\\|");

  /** A date found inside a text; year, month and day may be missing. */
  public record DateMention(int start, int end, Integer year, Integer month, Integer day) {}

  private DateParser() {}

  /** Parses a date in any of the supported formats (for metadata), or null. */
  public static LocalDate parseAny(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String normalized = value.toLowerCase(Locale.ROOT).strip();
    return firstFullDate(normalized, today);
  }

  /** A header date and the offset of the line it was printed on. */
  public record HeaderDate(LocalDate date, int lineStart) {}

  /** The publish date printed near the top, or null; see {@link #headerDate}. */
  public static LocalDate publishDate(String normalized, LocalDate today) {
    HeaderDate header = headerDate(normalized, today);
    return header == null ? null : header.date();
  }

  /**
   * The publish date printed near the top: the first full date on a header-like line (short, with
   * a marker such as 时间/Published/승인, or starting with the date) among the first lines, before
   * the body starts; null when none.
   */
  public static HeaderDate headerDate(String normalized, LocalDate today) {
    int limit = Math.min(normalized.length(), 2500);
    int lineStart = 0;
    int lines = 0;
    StringBuilder joined = new StringBuilder();
    int joinedStart = -1;
    while (lineStart < limit && lines < 14) {
      int lineEnd = normalized.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > limit) {
        lineEnd = limit;
      }
      int thisLine = lineStart;
      String line = normalized.substring(lineStart, lineEnd).strip();
      lineStart = lineEnd + 1;
      if (line.isEmpty()) {
        continue;
      }
      lines++;
      if (lines <= 8) {
        if (joinedStart < 0) {
          joinedStart = thisLine;
        }
        joined.append(line).append(' ');
      }
      int letters = 0;
      int digits = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
        } else if (CharClass.isLetter(c)) {
          letters++;
        }
      }
      Found found = digits >= 5 ? findFullDate(line, today) : null;
      if (found != null && (letters <= 30 || found.start() <= 2 || HEADER_MARKER.matcher(line).find())) {
        return new HeaderDate(found.date(), thisLine);
      }
      LocalDate minguo = digits >= 5 && found == null && HEADER_MARKER.matcher(line).find() ? minguoDate(line, today) : null;
      if (minguo != null) {
        return new HeaderDate(minguo, thisLine);
      }
      if (letters > 200 && !HEADER_MARKER.matcher(line).find()) {
        break; // the body has started: a date further down is not the header's
      }
    }
    // Dates broken over lines ("5\nиюня\n2018") at the very top.
    Matcher ru = DIGIT_LED.find(RU_DMY, joined);
    if (ru != null && ru.start() < 40) {
      LocalDate date = make(Integer.parseInt(ru.group(3)), RU_MONTHS.indexOf(ru.group(2)) + 1,
          Integer.parseInt(ru.group(1)), today);
      return date == null ? null : new HeaderDate(date, joinedStart);
    }
    return null;
  }

  private record Found(LocalDate date, int start) {}

  /** How far apart a header date and the URL's date may be and still name the same publication. */
  static final int URL_AGREEMENT_DAYS = 3;

  /**
   * A full date among the first lines that agrees with the URL's date (within {@link
   * #URL_AGREEMENT_DAYS}), or null: when a page prints today's date in its banner above the
   * article's own (15 July 2015 … 2018-05-13 under /201805/t20180514), the URL says which is
   * the article's.
   */
  public static LocalDate headerDateAgreeingWith(String normalized, LocalDate urlDate, LocalDate today) {
    int limit = Math.min(normalized.length(), 2500);
    int lineStart = 0;
    for (int lines = 0; lineStart < limit && lines < 14; lines++) {
      int lineEnd = normalized.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > limit) {
        lineEnd = limit;
      }
      Found found = findFullDate(normalized.substring(lineStart, lineEnd), today);
      if (found != null && Math.abs(found.date().toEpochDay() - urlDate.toEpochDay()) <= URL_AGREEMENT_DAYS) {
        return found.date();
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }

  /** A date of the Minguo calendar used in Taiwan (民國101年 = 2012): 101-03-26, 101/3/26, 101.03.26. */
  private static final Pattern MINGUO_DATE = Pattern.compile("(?<![0-9])(\\d{2,3})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])");
  /** Minguo year 1 is 1912. */
  private static final int MINGUO_OFFSET = 1911;

  /** A Minguo-calendar date on a header line (发布日期:101-03-26), or null. */
  private static LocalDate minguoDate(String line, LocalDate today) {
    Matcher m = MINGUO_DATE.matcher(line);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (year >= 38 && year <= 200) {
        LocalDate date = make(year + MINGUO_OFFSET, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), today);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** How far into the text a dateline is looked for. */
  private static final int DATELINE_CHARS = 300;

  /** A news agency's dateline: 新华网北京8月11日(记者…), 新华社北京8月11日电, 8月11日讯. */
  private static final Pattern AGENCY_BEFORE = Pattern.compile("(?:网|社|台|报)[^\\s,,。]{0,8}$");
  private static final Pattern AGENCY_AFTER = Pattern.compile("^\\s*(?:电|讯|[(（])");

  /**
   * The publish date when an agency dateline prints only month and day (新華網北京8月11日(記者…),
   * 8月11日電) and the URL gives the same month and day with the year; null otherwise. A month and
   * day in the first sentence without the dateline form is the act's date, not the article's.
   */
  public static LocalDate datelineWithUrlYear(String normalized, LocalDate urlDate) {
    if (urlDate == null) {
      return null;
    }
    for (DateMention mention : mentions(normalized, 0, Math.min(normalized.length(), DATELINE_CHARS))) {
      if (mention.month() == null || mention.day() == null || mention.month() != urlDate.getMonthValue()
          || mention.day() != urlDate.getDayOfMonth() || mention.year() != null && mention.year() != urlDate.getYear()) {
        continue;
      }
      int lineStart = normalized.lastIndexOf('\n', mention.start()) + 1;
      String before = normalized.substring(lineStart, mention.start());
      String after = normalized.substring(mention.end(), Math.min(normalized.length(), mention.end() + 3));
      if (AGENCY_BEFORE.matcher(before).find() || AGENCY_AFTER.matcher(after).find()) {
        return urlDate;
      }
    }
    return null;
  }

  /** A numeric date in the header: year, month and day with the separators this genre uses. */
  private static final Pattern NUMERIC_HEADER_DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
  /** How far into the text an ignored header date is looked for. */
  private static final int HEADER_CHARS = 400;

  /**
   * Why the header's date was not taken as the publish date: it is impossible (2024-13-45) or
   * after today; null when the header prints no such date. Said, so that a reader of the table
   * sees that a date was there and was dropped.
   */
  public static String ignoredHeaderDate(String normalized, LocalDate today) {
    Matcher date = NUMERIC_HEADER_DATE.matcher(normalized.substring(0, Math.min(normalized.length(), HEADER_CHARS)));
    while (date.find()) {
      try {
        LocalDate parsed = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
            Integer.parseInt(date.group(3)));
        if (parsed.isAfter(today)) {
          return "future date ignored: " + date.group();
        }
      } catch (DateTimeException e) {
        return "impossible date ignored: " + date.group();
      }
    }
    return null;
  }

  /**
   * Dates in a URL path as news sites write them: /2024/03/05/, /2024-03-05, /2024-03/05/,
   * t20240305_, /art/2024/3/5/, /20240305/, and article ids that start with the date
   * (/article/201906257806Y). Year 19xx or 20xx first, then month and day.
   */
  private static final Pattern URL_DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)\\d{2})(?:([-/_.])(\\d{1,2})[-/_.](\\d{1,2})(?![0-9])|(\\d{2})(\\d{2}))");

  /** The date in a URL's path, or null (none, impossible, or after today). */
  public static LocalDate fromUrl(String url, LocalDate today) {
    if (url == null || url.isBlank()) {
      return null;
    }
    int pathStart = url.indexOf("://");
    pathStart = url.indexOf('/', pathStart < 0 ? 0 : pathStart + 3);
    if (pathStart < 0) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url.substring(pathStart));
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
      int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
      LocalDate date = make(year, month, day, today);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first complete date in a string, or null. */
  static LocalDate firstFullDate(String s, LocalDate today) {
    Found found = findFullDate(s, today);
    return found == null ? null : found.date();
  }

  private static Found findFullDate(String s, LocalDate today) {
    LocalDate best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Matcher m : DIGIT_LED.matches(YMD, s)) {
      if (m.start() >= bestStart) {
        break;
      }
      LocalDate d = make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), today);
      if (d != null) {
        best = d;
        bestStart = m.start();
        break;
      }
    }
    for (Matcher m : DIGIT_LED.matches(DMY, s)) {
      if (m.start() >= bestStart) {
        break;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      // Day first, as most of the world writes it; month first only when the day cannot be a month.
      LocalDate d = b > 12 ? make(y, a, b, today) : make(y, b, a, today);
      if (d != null) {
        best = d;
        bestStart = m.start();
        break;
      }
    }
    for (Matcher m : MONTH_LED.matches(EN_MDY, s)) {
      if (m.start() >= bestStart) {
        break;
      }
      LocalDate d = make(Integer.parseInt(m.group(3)), EN_MONTHS.indexOf(m.group(1)) + 1, Integer.parseInt(m.group(2)), today);
      if (d != null) {
        best = d;
        bestStart = m.start();
        break;
      }
    }
    for (Matcher m : DIGIT_LED.matches(EN_DMY, s)) {
      if (m.start() >= bestStart) {
        break;
      }
      LocalDate d = make(Integer.parseInt(m.group(3)), EN_MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1)), today);
      if (d != null) {
        best = d;
        bestStart = m.start();
        break;
      }
    }
    for (Matcher m : DIGIT_LED.matches(RU_DMY, s)) {
      if (m.start() >= bestStart) {
        break;
      }
      LocalDate d = make(Integer.parseInt(m.group(3)), RU_MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1)), today);
      if (d != null) {
        best = d;
        bestStart = m.start();
        break;
      }
    }
    return best == null ? null : new Found(best, bestStart);
  }

  /** A valid past date, or null (2024-13-45 and dates after today are dropped). */
  static LocalDate make(int year, int month, int day, LocalDate today) {
    if (year < 1949 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      return today != null && date.isAfter(today) ? null : date;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Every date mention in {@code s[from, to)}, in text order. Only the neighbourhoods of digits
   * (and of Japanese era names) are scanned with the patterns, which keeps long texts cheap.
   */
  public static List<DateMention> mentions(String s, int from, int to) {
    List<DateMention> result = new ArrayList<>();
    // The passes below read every character: on an array that costs a fraction of String.charAt.
    char[] t = new char[to];
    s.getChars(from, to, t, from);
    Signals found = new Signals();
    found.scan(t, from, to);
    int[] signals = found.spans();
    int[] starts = found.numberStarts;
    int next = 0;
    int i = from;
    while (true) {
      // The next digit or era sign at or after i (each window starts at one).
      while (next < found.numberStartCount && starts[next] < i) {
        next++;
      }
      if (next == found.numberStartCount) {
        break;
      }
      i = starts[next];
      int windowStart = Math.max(from, i - 16);
      int windowEnd = i;
      // Extend over digits and the short gaps between them (2024年5月21日, 21 мая 2024, May 20, 2011).
      int lastDigit = i;
      while (windowEnd < to && windowEnd - lastDigit <= 14) {
        char d = t[windowEnd];
        if (d >= '0' && d <= '9' || d == '元') {
          lastDigit = windowEnd;
        }
        windowEnd++;
      }
      windowEnd = Math.min(to, lastDigit + 16);
      while (windowEnd < to && CharClass.isLetterOrDigit(t[windowEnd])) {
        windowEnd++; // never cut a number or a word in two
      }
      while (windowStart > from && CharClass.isLetterOrDigit(t[windowStart - 1])
          && windowStart > i - 40) {
        windowStart--;
      }
      int kinds = signalKindsInside(signals, windowStart, windowEnd);
      if (kinds != 0) {
        for (DateMention mention : scan(s, t, windowStart, windowEnd, kinds)) {
          if (result.isEmpty() || mention.start() >= result.get(result.size() - 1).end()) {
            result.add(mention);
          }
        }
      }
      i = Math.max(i + 1, lastDigit + 1);
    }
    return result;
  }

  /** Signal kinds: what a window holds, and so which patterns can match in it. */
  private static final int YEAR_SIGNAL = 1;
  private static final int CJK_MONTH_SIGNAL = 2;
  private static final int EN_MONTH_SIGNAL = 4;
  private static final int RU_MONTH_SIGNAL = 8;
  private static final int ERA_SIGNAL = 16;

  /**
   * One pass over a text for {@link #mentions}: the positions of digits and era signs (where
   * windows start), and the spans that every date pattern needs one of inside its window: a year
   * (19dd, 20dd), 月 or 월, an English or Russian month word, an era sign (令, 平). A window
   * holding none of those cannot match any pattern (see {@link #scan}), so finding them once
   * spares scanning each window character by character.
   */
  private static final class Signals {
    private static final byte DIGIT = 1;
    private static final byte YEAR_DIGIT = 2;
    private static final byte CJK_MONTH = 3;
    private static final byte ERA = 4;
    private static final byte EN_MONTH_INITIAL = 5;
    private static final byte RU_MONTH_INITIAL = 6;
    /** What each character can start: a number (and a year), a month sign, an era, a month word. */
    private static final byte[] SIGNAL_CLASS = signalClasses();

    /** Start, end, kind triples in text order. */
    private int[] spans = new int[24];
    private int spanLength;
    private int[] numberStarts = new int[32];
    private int numberStartCount;

    void scan(char[] t, int from, int to) {
      byte[] classes = SIGNAL_CLASS;
      for (int i = from; i < to; i++) {
        char c = t[i];
        int end = -1;
        int kind = 0;
        switch (classes[c]) {
          case DIGIT -> addNumberStart(i);
          case YEAR_DIGIT -> {
            addNumberStart(i);
            if (i + 3 < to && isYear(c, t[i + 1], t[i + 2], t[i + 3])) {
              end = i + 4;
              kind = YEAR_SIGNAL;
            }
          }
          case CJK_MONTH -> {
            end = i + 1;
            kind = CJK_MONTH_SIGNAL;
          }
          case ERA -> {
            addNumberStart(i);
            end = i + 1;
            kind = ERA_SIGNAL;
          }
          case EN_MONTH_INITIAL -> {
            int month = i + 3 <= to ? monthAt(t, i, 'a', 26, EN_MONTH_BY_TRIGRAM) : 0;
            if (month > 0) {
              end = monthEnd(t, i, to, EN_MONTHS.get(month - 1));
              kind = EN_MONTH_SIGNAL;
            }
          }
          case RU_MONTH_INITIAL -> {
            int month = i + 3 <= to ? monthAt(t, i, 'а', 32, RU_MONTH_BY_TRIGRAM) : 0;
            if (month > 0) {
              end = monthEnd(t, i, to, RU_MONTHS.get(month - 1));
              kind = RU_MONTH_SIGNAL;
            }
          }
          default -> {
            continue; // most characters
          }
        }
        if (end >= 0) {
          if (spanLength + 3 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
          }
          spans[spanLength++] = i;
          spans[spanLength++] = end;
          spans[spanLength++] = kind;
        }
      }
    }

    private void addNumberStart(int i) {
      if (numberStartCount == numberStarts.length) {
        numberStarts = Arrays.copyOf(numberStarts, numberStartCount * 2);
      }
      numberStarts[numberStartCount++] = i;
    }

    private static byte[] signalClasses() {
      byte[] classes = new byte[Character.MAX_VALUE + 1];
      for (char c = '0'; c <= '9'; c++) {
        classes[c] = c == '1' || c == '2' ? YEAR_DIGIT : DIGIT;
      }
      classes['月'] = CJK_MONTH;
      classes['월'] = CJK_MONTH;
      classes['令'] = ERA;
      classes['平'] = ERA;
      for (String month : EN_MONTHS) {
        classes[month.charAt(0)] = EN_MONTH_INITIAL;
      }
      for (String month : RU_MONTHS) {
        classes[month.charAt(0)] = RU_MONTH_INITIAL;
      }
      return classes;
    }

    /** The signal triples, trimmed. */
    int[] spans() {
      return Arrays.copyOf(spans, spanLength);
    }
  }

  /**
   * The month (1 up) whose first three letters stand at {@code i} (its first letter already known
   * to be in the alphabet starting at {@code first}), else 0.
   */
  private static int monthAt(char[] t, int i, char first, int letters, byte[] byTrigram) {
    int b = t[i + 1] - first;
    int c = t[i + 2] - first;
    if (b < 0 || b >= letters || c < 0 || c >= letters) {
      return 0;
    }
    return byTrigram[((t[i] - first) * letters + b) * letters + c];
  }

  /** End of {@code month} when it is spelled in full at {@code i} and ends by {@code to}, else -1. */
  private static int monthEnd(char[] t, int i, int to, String month) {
    int end = i + month.length();
    if (end > to) {
      return -1;
    }
    for (int k = 3; k < month.length(); k++) {
      if (t[i + k] != month.charAt(k)) {
        return -1;
      }
    }
    return end;
  }

  private static byte[] trigramTable(List<String> words, char first, int letters) {
    byte[] table = new byte[letters * letters * letters];
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      table[((word.charAt(0) - first) * letters + word.charAt(1) - first) * letters + word.charAt(2) - first] =
          (byte) (w + 1);
    }
    return table;
  }

  /** The kinds of the signals lying wholly inside {@code [from, to)}, or 0. */
  private static int signalKindsInside(int[] signals, int from, int to) {
    int lo = 0;
    int hi = signals.length / 3;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (signals[3 * mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int kinds = 0;
    for (int k = lo; k < signals.length / 3 && signals[3 * k] < to; k++) {
      if (signals[3 * k + 1] <= to) {
        kinds |= signals[3 * k + 2];
      }
    }
    return kinds;
  }

  /**
   * The date mentions of the window {@code s[from, to)} ({@code t} holds the same characters), given
   * the kinds of signals inside it: only the patterns whose signal is there are run.
   */
  private static List<DateMention> scan(String s, char[] t, int from, int to, int kinds) {
    boolean cjk = false;
    int separators = 0;
    for (int i = from; i < to; i++) {
      char c = t[i];
      if (c == '年' || c == '月' || c == '日' || c == '号' || c == '년' || c == '월' || c == '일') {
        cjk = true;
      } else if (c == '-' || c == '/' || c == '.') {
        separators++;
      }
    }
    boolean year = (kinds & YEAR_SIGNAL) != 0;
    boolean cjkMonth = (kinds & CJK_MONTH_SIGNAL) != 0;
    boolean enMonth = (kinds & EN_MONTH_SIGNAL) != 0;
    boolean ruMonth = (kinds & RU_MONTH_SIGNAL) != 0;
    boolean era = (kinds & ERA_SIGNAL) != 0;
    String region = s.substring(from, to);
    List<DateMention> found = new ArrayList<>();
    if (year && (separators >= 2 || cjk)) {
      collect(found, DIGIT_LED.matches(YMD, region), from, 1, 2, 3);
    }
    if (year && separators >= 2) {
      for (Matcher m : DIGIT_LED.matches(DMY, region)) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean monthFirst = b > 12;
        found.add(new DateMention(from + m.start(), from + m.end(), Integer.parseInt(m.group(3)),
            monthFirst ? a : b, monthFirst ? b : a));
      }
    }
    if (year && enMonth) {
      for (Matcher m : MONTH_LED.matches(EN_MDY, region)) {
        found.add(new DateMention(from + m.start(), from + m.end(), Integer.parseInt(m.group(3)),
            EN_MONTHS.indexOf(m.group(1)) + 1, Integer.parseInt(m.group(2))));
      }
      for (Matcher m : DIGIT_LED.matches(EN_DMY, region)) {
        found.add(new DateMention(from + m.start(), from + m.end(), Integer.parseInt(m.group(3)),
            EN_MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1))));
      }
    }
    if (year && ruMonth) {
      for (Matcher m : DIGIT_LED.matches(RU_DMY, region)) {
        found.add(new DateMention(from + m.start(), from + m.end(), Integer.parseInt(m.group(3)),
            RU_MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1))));
      }
    }
    if (cjkMonth) {
      if (year) {
        for (Matcher m : DIGIT_LED.matches(YEAR_MONTH, region)) {
          found.add(new DateMention(from + m.start(), from + m.end(), Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)), null));
        }
      }
      collect(found, DIGIT_LED.matches(MD_CJK, region), from, -1, 1, 2);
    }
    if (enMonth) {
      for (Matcher m : DIGIT_OR_MONTH_LED.matches(MD_EN, region)) {
        if (m.group(1) != null) {
          found.add(new DateMention(from + m.start(), from + m.end(), null, EN_MONTHS.indexOf(m.group(1)) + 1,
              Integer.parseInt(m.group(2))));
        } else {
          found.add(new DateMention(from + m.start(), from + m.end(), null, EN_MONTHS.indexOf(m.group(4)) + 1,
              Integer.parseInt(m.group(3))));
        }
      }
    }
    if (ruMonth) {
      for (Matcher m : DIGIT_LED.matches(MD_RU, region)) {
        found.add(new DateMention(from + m.start(), from + m.end(), null, RU_MONTHS.indexOf(m.group(2)) + 1,
            Integer.parseInt(m.group(1))));
      }
    }
    if (cjkMonth) {
      for (Matcher m : DIGIT_LED.matches(MONTH_CJK, region)) {
        found.add(new DateMention(from + m.start(), from + m.end(), null, Integer.parseInt(m.group(1)), null));
      }
    }
    if (year) {
      for (Matcher m : DIGIT_LED.matches(YEAR, region)) {
        found.add(new DateMention(from + m.start(), from + m.end(), Integer.parseInt(m.group(1)), null, null));
      }
    }
    if (era) {
      for (Matcher m : ERA_LED.matches(ERA, region)) {
        int n = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
        int base = m.group(1).equals("令和") ? 2018 : 1988;
        found.add(new DateMention(from + m.start(), from + m.end(), base + n, null, null));
      }
    }
    // Keep the most complete mention where several overlap.
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end() - b.start(), a.end() - a.start()));
    List<DateMention> result = new ArrayList<>();
    int lastEnd = -1;
    for (DateMention mention : found) {
      if (mention.month() != null && (mention.month() < 1 || mention.month() > 12)) {
        continue;
      }
      if (mention.day() != null && (mention.day() < 1 || mention.day() > 31)) {
        continue;
      }
      if (mention.start() >= lastEnd) {
        result.add(mention);
        lastEnd = mention.end();
      }
    }
    return result;
  }

  /** True when four characters read 19dd or 20dd (every year-bearing pattern needs one). */
  private static boolean isYear(char c, char d, char e, char f) {
    return (c == '1' && d == '9' || c == '2' && d == '0') && isAsciiDigit(e) && isAsciiDigit(f);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Every digit-led pattern refuses to start right after a digit and every month-led one right
   * after a letter (their lookbehinds).
   */
  private static final LeadingChars.Refusal CONTINUES_WORD = (previous, c) ->
      c >= '0' && c <= '9' && previous >= '0' && previous <= '9'
      || c >= 'a' && c <= 'z' && previous >= 'a' && previous <= 'z';
  private static final LeadingChars DIGIT_LED = LeadingChars.of("0123456789", CONTINUES_WORD);
  /** Initials of the English month names (the month-led patterns). */
  private static final LeadingChars MONTH_LED = LeadingChars.of(initials(EN_MONTHS), CONTINUES_WORD);
  private static final LeadingChars DIGIT_OR_MONTH_LED = LeadingChars.of("0123456789" + initials(EN_MONTHS),
      CONTINUES_WORD);

  private static String initials(List<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      initials.append(word.charAt(0));
    }
    return initials.toString();
  }
  private static final LeadingChars ERA_LED = LeadingChars.of("令平");

  private static void collect(List<DateMention> found, Iterable<Matcher> matches, int offset, int yearGroup,
      int monthGroup, int dayGroup) {
    for (Matcher m : matches) {
      Integer year = yearGroup > 0 ? Integer.valueOf(m.group(yearGroup)) : null;
      found.add(new DateMention(offset + m.start(), offset + m.end(), year,
          Integer.parseInt(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup))));
    }
  }
}
