package org.diplomacytrends.common.ingest;

/** What became of one input: an article, or a rejection. Every input yields at least one. */
public sealed interface IngestOutcome permits IngestOutcome.Accepted, IngestOutcome.Rejected {

  /** The input became an article. */
  record Accepted(RawArticle article) implements IngestOutcome {}

  /** The input was quarantined. */
  record Rejected(Rejection rejection) implements IngestOutcome {}
}
