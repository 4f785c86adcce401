package org.diplomacytrends.common.model;

import java.util.Locale;

/** Which side of a foreign-affairs act an official is on. */
public enum ActorSide {
  /** An official of a Chinese province, city or the Chinese state. */
  CHINESE,
  /** An official, diplomat or business leader of the foreign counterpart. */
  FOREIGN;

  /** The lower-case name stored in tables. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
