package org.diplomacytrends.common.model;

import java.util.Locale;

/** The languages the corpus is written in, as ISO 639-1 codes; {@link #OTHER} for anything else. */
public enum Language {
  ZH, EN, JA, KO, RU, OTHER;

  /** The lower-case ISO 639-1 code ({@code zh}, {@code en}, ...), or {@code other}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a language code or tag ({@code zh-Hans}, {@code ru-RU}); unknown values give {@link #OTHER}. */
  public static Language fromCode(String code) {
    if (code == null || code.isBlank()) {
      return OTHER;
    }
    String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    for (Language language : values()) {
      if (language.code().equals(primary)) {
        return language;
      }
    }
    return OTHER;
  }
}
