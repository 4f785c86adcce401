package org.diplomacytrends.common.model;

/**
 * The sentence that proves a fact, with its character offsets in the article text as ingested
 * ({@code text.substring(start, end)} is the sentence, before normalisation).
 *
 * @param sentence the sentence, trimmed
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 */
public record Evidence(String sentence, int start, int end) {
  public Evidence {
    if (sentence == null) {
      throw new IllegalArgumentException("evidence sentence must not be null");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets [" + start + ", " + end + ")");
    }
  }
}
