package org.diplomacytrends.common.ingest;

import java.util.Iterator;
import java.util.List;

/** The outcomes of a file read record by record; closing it closes the file. */
public interface RecordStream extends Iterator<IngestOutcome>, AutoCloseable {
  @Override
  void close();

  /** A stream of a single outcome, for a file that could not be opened. */
  static RecordStream of(IngestOutcome outcome) {
    Iterator<IngestOutcome> one = List.of(outcome).iterator();
    return new RecordStream() {
      @Override
      public boolean hasNext() {
        return one.hasNext();
      }

      @Override
      public IngestOutcome next() {
        return one.next();
      }

      @Override
      public void close() {}
    };
  }
}
