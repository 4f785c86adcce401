package org.diplomacytrends.common.generate;

/** The kinds of fact the generator writes, each as one sentence of its own. */
public enum FactKind {
  /** Officials of the subject province visit a foreign country. */
  OUTBOUND,
  /** A foreign delegation or diplomat visits the subject province. */
  INBOUND,
  /** Officials of the subject province travel to another province on foreign-affairs work. */
  DOMESTIC,
  /** The subject province signs a stated number of agreements with a foreign counterpart. */
  AGREEMENT;

  /** The visit direction as SCHEMA.md spells it, or null for agreements. */
  public String visitDirection() {
    return switch (this) {
      case OUTBOUND -> "outbound";
      case INBOUND -> "inbound";
      case DOMESTIC -> "domestic";
      case AGREEMENT -> null;
    };
  }
}
