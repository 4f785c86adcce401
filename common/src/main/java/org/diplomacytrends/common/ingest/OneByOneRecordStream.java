package org.diplomacytrends.common.ingest;

import java.util.NoSuchElementException;

/**
 * A {@link RecordStream} over a reader that yields one outcome per call: subclasses read the next
 * record and say when the file is done.
 */
public abstract class OneByOneRecordStream implements RecordStream {
  private IngestOutcome pending;
  private boolean done;

  /** The outcome of the next record, or null for a record that is not an input (or the end: call {@link #finished}). */
  protected abstract IngestOutcome readNext();

  /** Marks the file as read to its end: no call of {@link #readNext} follows. */
  protected final void finished() {
    done = true;
  }

  @Override
  public final boolean hasNext() {
    while (pending == null && !done) {
      pending = readNext();
    }
    return pending != null;
  }

  @Override
  public final IngestOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestOutcome next = pending;
    pending = null;
    return next;
  }
}
