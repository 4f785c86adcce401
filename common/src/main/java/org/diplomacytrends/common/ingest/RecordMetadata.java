package org.diplomacytrends.common.ingest;

/**
 * What a record says about its article beside the text (JSON Lines fields, table columns, WARC
 * headers). Any part may be null.
 *
 * @param externalId the source's own id
 * @param url the article's URL
 * @param title the title
 * @param published the publish date, as given
 * @param lang the language code
 * @param sourceName the publication's name
 */
public record RecordMetadata(String externalId, String url, String title, String published, String lang,
    String sourceName) {

  /** No metadata: a plain text file. */
  public static final RecordMetadata NONE = new RecordMetadata(null, null, null, null, null, null);
}
