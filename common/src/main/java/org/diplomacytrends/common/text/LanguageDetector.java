package org.diplomacytrends.common.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.diplomacytrends.common.model.Language;

/**
 * Language by script counts, per paragraph. Japanese machine translations of Chinese articles are
 * mostly kanji, so a paragraph with a meaningful share of kana is Japanese even when Han dominates.
 */
public final class LanguageDetector {
  /** Share of kana among Han+kana letters above which a paragraph is Japanese. */
  private static final double KANA_SHARE_FOR_JAPANESE = 0.05;
  /** A language must hold this share of the letters to be listed for the document. */
  private static final double MIN_DOCUMENT_SHARE = 0.08;

  /** Letter counts of a span of text, by script. */
  public record ScriptCounts(int han, int kana, int hangul, int cyrillic, int latin) {
    /** All letters counted. */
    public int total() {
      return han + kana + hangul + cyrillic + latin;
    }
  }

  private static final byte NONE = 0;
  private static final byte HAN = 1;
  private static final byte KANA = 2;
  private static final byte HANGUL = 3;
  private static final byte CYRILLIC = 4;
  private static final byte LATIN = 5;
  private static final int PACKED_BITS = 12;
  private static final int PACKED_MAX = (1 << PACKED_BITS) - 1;
  /** What one character of each script class adds to the packed counters (NONE adds nothing). */
  private static final long[] PACKED_INCREMENT = {0, 1L << shift(HAN), 1L << shift(KANA), 1L << shift(HANGUL),
      1L << shift(CYRILLIC), 1L << shift(LATIN)};
  /** The script class of every char, filled once from {@link #classify}: one lookup per character. */
  private static final byte[] SCRIPT = scriptTable();

  /** Counts letters by script in {@code text[start, end)}. */
  public static ScriptCounts count(CharSequence text, int start, int end) {
    int[] counts = new int[LATIN + 1];
    for (int i = start; i < end; i++) {
      counts[SCRIPT[text.charAt(i)]]++;
    }
    return counts(counts);
  }

  private static ScriptCounts counts(int[] counts) {
    return new ScriptCounts(counts[HAN], counts[KANA], counts[HANGUL], counts[CYRILLIC], counts[LATIN]);
  }

  /** Where a script's counter sits in the packed long: five 12-bit fields, bits 0 to 59. */
  private static int shift(byte script) {
    return (script - HAN) * PACKED_BITS;
  }

  private static byte classify(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? LATIN : NONE;
    } else if (c >= 0x3040 && c <= 0x30FF) {
      return c != 0x30FB && c != 0x30FC ? KANA : NONE;
    } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)) {
      return HAN;
    } else if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) {
      return HANGUL;
    } else if (c >= 0x0400 && c <= 0x04FF) {
      return CYRILLIC;
    } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
      return LATIN;
    }
    return NONE;
  }

  private static byte[] scriptTable() {
    byte[] table = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = classify((char) c);
    }
    return table;
  }

  /** The language of one paragraph, or {@link Language#OTHER} when it has no letters. */
  public static Language detect(ScriptCounts counts) {
    int cjk = counts.han() + counts.kana();
    if (counts.kana() >= 2 && counts.kana() >= KANA_SHARE_FOR_JAPANESE * cjk
        && cjk >= counts.hangul() && cjk >= counts.cyrillic() && cjk >= counts.latin() / 3) {
      return Language.JA;
    }
    int best = Math.max(Math.max(counts.han(), counts.hangul()), Math.max(counts.cyrillic(), counts.latin()));
    if (best == 0) {
      return Language.OTHER;
    }
    if (best == counts.hangul()) {
      return Language.KO;
    }
    if (best == counts.cyrillic()) {
      return Language.RU;
    }
    // Latin letters count one per letter while a Han character is a word: weigh Han up.
    if (counts.han() * 3 >= counts.latin()) {
      return Language.ZH;
    }
    return Language.EN;
  }

  /** The language of a span. */
  public static Language detect(CharSequence text, int start, int end) {
    return detect(count(text, start, end));
  }

  /** Languages of a whole text, paragraph by paragraph, most used (by letters) first. */
  public static List<Language> documentLanguages(CharSequence text) {
    return lines(text).documentLanguages();
  }

  /** The language of every line (paragraph) of a text and of the whole text, counted in one pass. */
  public static Lines lines(CharSequence text) {
    return new Lines(text);
  }

  /**
   * The languages of a text's lines (split on line feeds) and of the whole text, so that a caller
   * needing both counts each letter once instead of once per paragraph and once for the document.
   */
  public static final class Lines {
    private final CharSequence text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Language[] languages = new Language[16];
    private int count;
    private final List<Language> documentLanguages;

    private Lines(CharSequence text) {
      this.text = text;
      Map<Language, Integer> letters = new EnumMap<>(Language.class);
      int total = 0;
      char[] chars = text.toString().toCharArray();
      int length = chars.length;
      int start = 0;
      while (start < length) {
        int end = start;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int latin = 0;
        while (true) {
          // Five 12-bit counters in one long, one add per character (no branch on the script),
          // emptied at least every 4,095 characters so that none overflows.
          int limit = Math.min(length, end + PACKED_MAX);
          long packed = 0;
          char c;
          while (end < limit && (c = chars[end]) != '\n') {
            packed += PACKED_INCREMENT[SCRIPT[c]];
            end++;
          }
          han += (int) (packed >>> shift(HAN)) & PACKED_MAX;
          kana += (int) (packed >>> shift(KANA)) & PACKED_MAX;
          hangul += (int) (packed >>> shift(HANGUL)) & PACKED_MAX;
          cyrillic += (int) (packed >>> shift(CYRILLIC)) & PACKED_MAX;
          latin += (int) (packed >>> shift(LATIN)) & PACKED_MAX;
          if (end < limit || end == length) {
            break; // at the line feed or the end of the text
          }
        }
        ScriptCounts counts = new ScriptCounts(han, kana, hangul, cyrillic, latin);
        Language language = LanguageDetector.detect(counts);
        add(start, end, language);
        if (counts.total() > 0) {
          // Han characters carry about as much text as three Latin letters.
          int weight = counts.han() * 3 + counts.kana() * 2 + counts.hangul() * 2 + counts.cyrillic() + counts.latin();
          letters.merge(language, weight, Integer::sum);
          total += weight;
        }
        start = end + 1;
      }
      List<Map.Entry<Language, Integer>> entries = new ArrayList<>(letters.entrySet());
      entries.sort((a, b) -> b.getValue() - a.getValue());
      List<Language> result = new ArrayList<>();
      for (Map.Entry<Language, Integer> entry : entries) {
        if (result.isEmpty() || entry.getValue() >= MIN_DOCUMENT_SHARE * total) {
          result.add(entry.getKey());
        }
      }
      documentLanguages = result;
    }

    private void add(int start, int end, Language language) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        languages = Arrays.copyOf(languages, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      languages[count] = language;
      count++;
    }

    /** Languages of the whole text, most used (by letters) first; see {@link LanguageDetector#documentLanguages}. */
    public List<Language> documentLanguages() {
      return documentLanguages;
    }

    /** The language of {@code text[start, end)}: the line's when it is exactly one line, else counted. */
    public Language languageOf(int start, int end) {
      int at = Arrays.binarySearch(starts, 0, count, start);
      if (at >= 0 && ends[at] == end) {
        return languages[at];
      }
      return LanguageDetector.detect(text, start, end);
    }
  }
}
