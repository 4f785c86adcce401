package org.diplomacytrends.common.ingest;

/**
 * An article as read from the corpus, decoded, before extraction.
 *
 * @param articleId stable id from the normalised text ({@link org.diplomacytrends.common.model.ArticleId})
 * @param source the file path or URI
 * @param lineNumber the record within the file, from 1: line of a JSON Lines file, row of a table,
 *     record of a WARC file; null for one-article files
 * @param externalId the {@code id} the source gave, or null
 * @param url the article's URL, or null
 * @param title the title from metadata, or null
 * @param published the publish date from metadata, as given, or null
 * @param lang the language from metadata, or null
 * @param sourceName the publication named in metadata, or null
 * @param encoding the character encoding the bytes were decoded from
 * @param text the article text with line ends normalised to {@code \n}
 * @param notes what ingest had to repair (invalid UTF-8 replaced, HTML markup stripped), or null
 */
public record RawArticle(
    String articleId,
    String source,
    Integer lineNumber,
    String externalId,
    String url,
    String title,
    String published,
    String lang,
    String sourceName,
    String encoding,
    String text,
    String notes) {

  /** This article with {@code date} as its publish date. */
  public RawArticle withPublished(String date) {
    return new RawArticle(articleId, source, lineNumber, externalId, url, title, date, lang, sourceName, encoding, text,
        notes);
  }
}
