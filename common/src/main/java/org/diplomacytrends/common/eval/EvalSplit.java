package org.diplomacytrends.common.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * The one split of the labelled documents into a tuning part, whose mistakes rules may be fixed
 * against, and a checking part, read only to measure how the rules hold on text they were not
 * tuned to. The part depends on the document id alone (first byte of its SHA-256: divisible by 3
 * is checking, about a third), so it never moves when files are re-ordered or documents added,
 * and every language falls in both parts.
 */
public enum EvalSplit {
  /** Every document. */
  ALL,
  /** Documents whose failures may guide rule changes. */
  TUNING,
  /** Documents held back: scored, their failures read only at the end of a piece of work. */
  CHECKING;

  /** The part a document id belongs to: {@link #TUNING} or {@link #CHECKING}. */
  public static EvalSplit partOf(String documentId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8));
      return Byte.toUnsignedInt(digest[0]) % 3 == 0 ? CHECKING : TUNING;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The documents of this part ({@link #ALL}: all of them), in their order. */
  public List<GoldDocument> select(List<GoldDocument> documents) {
    return this == ALL ? documents : documents.stream().filter(d -> partOf(d.id()) == this).toList();
  }

  /** The lower-case name used on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
