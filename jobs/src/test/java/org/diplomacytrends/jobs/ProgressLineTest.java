package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The progress line's text: stage, records read, rate and time, without a Spark session. */
class ProgressLineTest {
  @Test
  void namesTheStageTheRecordsAndTheRate() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ROOT);
    try {
      assertThat(ProgressLine.format("extract", 120_000, 30_000_000_000L))
          .as("120,000 records in 30 s").isEqualTo("  … extract: 120,000 records read, 4,000/s, 30 s");
      assertThat(ProgressLine.format("ingest", 0, 0)).as("no time elapsed yet: no division by zero")
          .isEqualTo("  … ingest: 0 records read, 0/s, 0 s");
    } finally {
      Locale.setDefault(before);
    }
  }
}
