package org.diplomacytrends.common.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Recognises a web page saved as text and turns it into the article's plain text: scripts,
 * styles and navigation dropped, one line per block element, the page title kept apart.
 */
public final class HtmlText {
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
  private static final Pattern DOCUMENT_START = Pattern.compile("^\\s*(<!doctype html|<html|<\\?xml[^>]*>\\s*<html)",
      Pattern.CASE_INSENSITIVE);
  private static final String BLOCKS = "p, div, br, li, tr, h1, h2, h3, h4, h5, h6, article, section, blockquote, pre, table, dd, dt";

  private HtmlText() {}

  /**
   * The plain text of a page.
   *
   * @param title the page's {@code <title>}, or null
   * @param text the visible text, one block per line
   */
  public record Page(String title, String text) {}

  /** True when {@code text} is markup rather than an article with an odd angle bracket. */
  public static boolean looksLikeHtml(String text) {
    if (DOCUMENT_START.matcher(text).find()) {
      return true;
    }
    int tags = 0;
    int tagChars = 0;
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      tags++;
      tagChars += matcher.end() - matcher.start();
    }
    return tags >= 5 && tagChars * 10 >= text.length();
  }

  /** Strips the markup of {@code html}. */
  public static Page strip(String html) {
    Document document = Jsoup.parse(html);
    document.select("script, style, noscript, template, nav, iframe, svg, form").remove();
    for (Element block : document.body().select(BLOCKS)) {
      block.after(new TextNode("\n"));
    }
    String text = document.body().wholeText()
        .replace('\u00A0', ' ')
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
    String title = document.title().isBlank() ? null : document.title().strip();
    return new Page(title, text);
  }
}
