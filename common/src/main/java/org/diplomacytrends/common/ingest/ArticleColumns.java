package org.diplomacytrends.common.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which columns of an article table (CSV, Parquet) hold the text and the optional metadata. A
 * metadata column the table lacks is simply absent; a table without the text column is rejected
 * whole.
 *
 * @param text the article text (required)
 * @param id the source's own id
 * @param url the article's URL
 * @param title the title
 * @param published the publish date, as given
 * @param lang the language code
 * @param source the publication's name
 */
public record ArticleColumns(String text, String id, String url, String title, String published, String lang,
    String source) implements Serializable {

  /** The names used when the configuration names none: those of the JSON Lines fields. */
  public static final ArticleColumns DEFAULT = new ArticleColumns("text", "id", "url", "title", "published", "lang", "source");

  public ArticleColumns {
    Objects.requireNonNull(text, "text column");
  }
}
