package org.diplomacytrends.common.model;

import java.util.Locale;

/** Direction of a visit, from the subject region's point of view. */
public enum VisitDirection {
  OUTBOUND, INBOUND, DOMESTIC;

  /** The lower-case name stored in tables and used by the evaluation labels. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The event kind that records a visit in this direction. */
  public EventKind eventKind() {
    return switch (this) {
      case OUTBOUND -> EventKind.VISIT_OUTBOUND;
      case INBOUND -> EventKind.VISIT_INBOUND;
      case DOMESTIC -> EventKind.VISIT_DOMESTIC;
    };
  }
}
