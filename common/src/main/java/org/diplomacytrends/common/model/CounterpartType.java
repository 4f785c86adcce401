package org.diplomacytrends.common.model;

import java.util.Locale;

/** Whether an event's counterpart is a foreign country (ISO 3166-1 alpha-3) or a Chinese province (ISO 3166-2:CN). */
public enum CounterpartType {
  COUNTRY, PROVINCE;

  /** The lower-case name stored in tables. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
