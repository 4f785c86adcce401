package org.diplomacytrends.common.model;

import java.util.Locale;

/** What kind of foreign-affairs fact an {@link Event} records. */
public enum EventKind {
  /** Officials or a delegation of the subject region travel abroad (or to Hong Kong, Macao, Taiwan). */
  VISIT_OUTBOUND,
  /** A foreign official, delegation, diplomat or guest visits the subject region. */
  VISIT_INBOUND,
  /** Officials travel inside China on foreign-affairs work, to or from another province. */
  VISIT_DOMESTIC,
  /** An agreement, memorandum, contract, protocol or joint statement signed or concluded. */
  AGREEMENT,
  /** A meeting or talks with a counterpart, without travel stated. */
  MEETING;

  /** The stable lower-case name stored in tables ({@code visit_outbound}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The visit direction this kind stands for, or {@code null} when it is not a visit. */
  public VisitDirection visitDirection() {
    return switch (this) {
      case VISIT_OUTBOUND -> VisitDirection.OUTBOUND;
      case VISIT_INBOUND -> VisitDirection.INBOUND;
      case VISIT_DOMESTIC -> VisitDirection.DOMESTIC;
      default -> null;
    };
  }
}
