package org.diplomacytrends.notebooks;

/**
 * HTML escaping for the report and the notebooks' {@code text/html} outputs. Every string that
 * comes from the data (titles, evidence sentences, file names, codes) goes through {@link #escape}
 * before it reaches a page, so a {@code <script>} in an article is shown, never run.
 */
public final class Html {
  private Html() {}

  /**
   * {@code text} safe as element content and as a double- or single-quoted attribute value;
   * {@code null} becomes the empty string.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
