package org.diplomacytrends.jobs;

import java.util.Iterator;
import java.util.function.Function;

/** Lazily maps an iterator, so a partition streams through instead of being materialised. */
final class MappingIterator<A, B> implements Iterator<B> {
  private final Iterator<A> source;
  private final Function<A, B> mapping;

  MappingIterator(Iterator<A> source, Function<A, B> mapping) {
    this.source = source;
    this.mapping = mapping;
  }

  @Override
  public boolean hasNext() {
    return source.hasNext();
  }

  @Override
  public B next() {
    return mapping.apply(source.next());
  }
}
