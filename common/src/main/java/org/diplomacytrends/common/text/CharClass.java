package org.diplomacytrends.common.text;

import java.util.function.IntPredicate;

/**
 * Character classes by table lookup for the per-character loops of the extractor. Each answer is
 * exactly {@link Character}'s for the same {@code char} (the tables are filled from it); the
 * lookup avoids its multi-level property tables, which dominate loops over CJK text.
 */
public final class CharClass {
  private static final long[] LETTER = table(c -> Character.isLetter((char) c));
  private static final long[] LETTER_OR_DIGIT = table(c -> Character.isLetterOrDigit((char) c));
  private static final long[] WHITESPACE = table(c -> Character.isWhitespace((char) c));
  private static final long[] SPACE_CHAR = table(c -> Character.isSpaceChar((char) c));

  private CharClass() {}

  /** Same as {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return (LETTER[c >>> 6] & (1L << c)) != 0;
  }

  /** Same as {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return (LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0;
  }

  /** Same as {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    return (WHITESPACE[c >>> 6] & (1L << c)) != 0;
  }

  /** Same as {@link Character#isSpaceChar(char)}. */
  public static boolean isSpaceChar(char c) {
    return (SPACE_CHAR[c >>> 6] & (1L << c)) != 0;
  }

  private static long[] table(IntPredicate test) {
    long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (test.test(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }
}
