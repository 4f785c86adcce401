package org.diplomacytrends.common.text;

/**
 * An article text with its matching form: {@link #normalized()} has exactly the length of
 * {@link #original()}, so any offset found in one is valid in the other and evidence offsets
 * always point into the text as ingested.
 *
 * @param original the text as ingested
 * @param normalized the same-length matching form (NFKC where 1:1, simplified Chinese, lower case)
 */
public record NormalizedText(String original, String normalized) {
  public NormalizedText {
    if (original.length() != normalized.length()) {
      throw new IllegalArgumentException("normalised text must keep the original length");
    }
  }

  /** Length of both strings. */
  public int length() {
    return original.length();
  }
}
