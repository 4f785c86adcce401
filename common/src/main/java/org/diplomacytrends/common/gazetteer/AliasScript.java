package org.diplomacytrends.common.gazetteer;

/** The script of an alias, which decides its boundary rule. */
public enum AliasScript {
  /** Latin: word boundaries on both sides. */
  LATIN,
  /** Cyrillic: left word boundary; up to a few case-ending letters may follow. */
  CYRILLIC,
  /** Hangul: substring match; particles may follow. */
  HANGUL,
  /** Han and kana: no boundary; longest match decides. */
  CJK;

  /** The script of a term, by its first letter. */
  public static AliasScript of(String term) {
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return switch (script) {
        case LATIN -> LATIN;
        case CYRILLIC -> CYRILLIC;
        case HANGUL -> HANGUL;
        default -> CJK;
      };
    }
    return CJK;
  }
}
