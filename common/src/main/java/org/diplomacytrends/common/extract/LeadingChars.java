package org.diplomacytrends.common.extract;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's matches can begin with, and {@code Matcher.find} restricted to them.
 * Java's matcher tries a pattern at every character; for an alternation of words that means dozens
 * of comparisons per character of the text. Here the pattern is tried ({@code lookingAt} with
 * transparent bounds, so a lookbehind still sees the text before) only where a match can begin,
 * which gives the same matches in the same order as repeated {@code find()} calls, for patterns
 * whose matches are never empty and begin with one of the given characters.
 */
final class LeadingChars {
  /** Refuses a start that a pattern's lookbehind would refuse anyway (a digit right after a digit). */
  interface Refusal {
    /** True when no match can begin with {@code c} right after {@code previous}. */
    boolean refuses(char previous, char c);
  }

  /** Refuses nothing: for patterns without a lookbehind. */
  static final Refusal NONE = (previous, c) -> false;

  private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
  private final Refusal refusal;

  private LeadingChars(Refusal refusal) {
    this.refusal = refusal;
  }

  /** Matches begin with one of {@code chars}. */
  static LeadingChars of(String chars) {
    return of(chars, NONE);
  }

  /** Matches begin with one of {@code chars}, never where {@code refusal} says they cannot. */
  static LeadingChars of(String chars, Refusal refusal) {
    LeadingChars leading = new LeadingChars(refusal);
    for (int i = 0; i < chars.length(); i++) {
      leading.add(chars.charAt(i));
    }
    return leading;
  }

  /** The first characters of the words of an alternation of plain words ({@code a|b|c}, no other syntax). */
  static LeadingChars ofWords(String alternation) {
    LeadingChars leading = new LeadingChars(NONE);
    for (String word : alternation.split("\\|")) {
      leading.add(word.charAt(0));
    }
    return leading;
  }

  private void add(char c) {
    bits[c >>> 6] |= 1L << c;
  }

  private boolean canStart(CharSequence text, int at) {
    char c = text.charAt(at);
    return (bits[c >>> 6] & (1L << c)) != 0 && (at == 0 || !refusal.refuses(text.charAt(at - 1), c));
  }

  /** The first match of {@code pattern} in {@code text}, as {@code find()} gives it, or null. */
  Matcher find(Pattern pattern, CharSequence text) {
    Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
    return findFrom(matcher, text, 0) >= 0 ? matcher : null;
  }

  /** Every match of {@code pattern} in {@code text}, as repeated {@code find()} gives them; one matcher, advanced. */
  Iterable<Matcher> matches(Pattern pattern, CharSequence text) {
    return () -> new Iterator<>() {
      private final Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
      private int next;
      private boolean pending;

      @Override
      public boolean hasNext() {
        if (!pending && next <= text.length()) {
          int at = findFrom(matcher, text, next);
          // As find(): go on from the end of the match, one further after an empty one.
          next = at < 0 ? text.length() + 1 : Math.max(matcher.end(), at + 1);
          pending = at >= 0;
        }
        return pending;
      }

      @Override
      public Matcher next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        pending = false;
        return matcher;
      }
    };
  }

  /** Start of the first match at or after {@code from} (the matcher holds it), or -1. */
  private int findFrom(Matcher matcher, CharSequence text, int from) {
    int length = text.length();
    for (int at = from; at < length; at++) {
      if (canStart(text, at) && matcher.region(at, length).lookingAt()) {
        return at;
      }
    }
    return -1;
  }
}
