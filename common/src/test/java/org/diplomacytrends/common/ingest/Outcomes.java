package org.diplomacytrends.common.ingest;

import static org.assertj.core.api.Assertions.assertThat;

/** Unwraps ingest outcomes in tests, failing with the outcome when it is of the other kind. */
final class Outcomes {
  private Outcomes() {}

  static RawArticle accepted(IngestOutcome outcome) {
    assertThat(outcome).as("an article: %s", outcome).isInstanceOf(IngestOutcome.Accepted.class);
    return ((IngestOutcome.Accepted) outcome).article();
  }

  static Rejection rejected(IngestOutcome outcome) {
    assertThat(outcome).as("a rejection: %s", outcome).isInstanceOf(IngestOutcome.Rejected.class);
    return ((IngestOutcome.Rejected) outcome).rejection();
  }
}
