package org.diplomacytrends.common.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable article ids: the same text gives the same id whatever file, encoding or line ending it
 * came in, so a rerun or a second copy of an article never counts twice.
 */
public final class ArticleId {
  private ArticleId() {}

  /** 32 hex characters: the first 128 bits of SHA-256 over the normalised text. */
  public static String of(String text) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    byte[] hash = digest.digest(normalise(text).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 16);
  }

  /** NFKC, BOM removed, every run of white space (any line ending included) folded to one space. */
  static String normalise(String text) {
    String nfkc = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFKC);
    return nfkc.replaceAll("\\s+", " ").strip();
  }
}
