package org.diplomacytrends.common.ingest;

import java.util.Locale;

/**
 * Why an input was quarantined instead of ingested. The codes are stable: they are stored in the
 * {@code rejected_inputs} table and documented in {@code docs/INPUTS.md}.
 */
public enum RejectionReason {
  /** The file has no bytes. */
  EMPTY,
  /** The file or line holds only white space. */
  BLANK,
  /** The bytes are an image, archive, PDF or other binary data, not text. */
  BINARY,
  /** No supported encoding decodes the bytes to plausible text. */
  UNDECODABLE,
  /** The file is larger than {@code ingest.max-file-bytes}. */
  TOO_LARGE,
  /** The file name's extension is not one the pipeline reads ({@code ingest.extensions}). */
  UNSUPPORTED_FORMAT,
  /** A JSON Lines line that is not a JSON object. */
  MALFORMED_JSON,
  /** A JSON Lines object, table row or table without a non-empty text. */
  MISSING_TEXT,
  /** A CSV or Parquet file, or a row of one, that cannot be parsed. */
  MALFORMED_TABLE,
  /** A WARC file, or a record of one, that cannot be parsed. */
  MALFORMED_WARC,
  /** A WARC capture that is not an article: an HTTP error or redirect, or content that is not HTML or text. */
  NOT_AN_ARTICLE,
  /** The file could not be read (permissions, broken link, I/O error). */
  UNREADABLE;

  /** The lower-case code stored in tables ({@code too_large}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
