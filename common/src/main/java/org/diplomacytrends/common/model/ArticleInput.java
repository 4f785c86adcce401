package org.diplomacytrends.common.model;

/**
 * An article as ingested, before extraction.
 *
 * @param articleId stable id, see {@link ArticleId}
 * @param source where it came from (file path or URI, with a line number for JSON Lines)
 * @param title title given by the source metadata, or null (the extractor then uses the first line)
 * @param text the article text, decoded
 * @param publishedHint publish date given by the source metadata (any format), or null
 * @param languageHint language given by the source metadata, or null
 * @param url the article's address from the metadata (JSON Lines url, a WARC record's target), or
 *     null; a date in its path is a signal the extractor may use
 */
public record ArticleInput(
    String articleId, String source, String title, String text, String publishedHint, String languageHint, String url) {
  public ArticleInput {
    if (text == null) {
      throw new IllegalArgumentException("article text must not be null (source " + source + ")");
    }
  }

  /** An input without a URL. */
  public ArticleInput(String articleId, String source, String title, String text, String publishedHint,
      String languageHint) {
    this(articleId, source, title, text, publishedHint, languageHint, null);
  }

  /** An input with only a text and the address it was published at; for the evaluation. */
  public static ArticleInput ofTextAt(String url, String text) {
    return new ArticleInput(ArticleId.of(text), url, null, text, null, null, url);
  }

  /** An input with only a text, its id computed from it; for tests and the {@code extract} command. */
  public static ArticleInput ofText(String source, String text) {
    return new ArticleInput(ArticleId.of(text), source, null, text, null, null);
  }
}
