package org.diplomacytrends.common.gazetteer;

import java.util.Locale;

/** What a gazetteer entry names. */
public enum PlaceKind {
  /** A Chinese province-level division (province, autonomous region, municipality, SAR, Taiwan). */
  PROVINCE,
  /** A Chinese prefecture-level or sub-provincial city. */
  PREFECTURE,
  /** A Chinese county-level division. */
  COUNTY,
  /** A foreign country or economy by name. */
  COUNTRY,
  /** A country's "side" or people: 俄方, 越方, Russian, белорусская. */
  SIDE,
  /** A China–X pair that names X as counterpart: 中俄, 中越, Sino-Russian. */
  BILATERAL,
  /** A region of a foreign country (Sarawak, Amur Oblast, 新潟県). */
  REGION,
  /** A city of a foreign country (Chicago, Иркутск). */
  CITY,
  /** A grouping of countries (ASEAN, EU, 东盟); never a country. */
  BLOC,
  /** A string that only blocks other matches inside it (中新社, 朝鲜族). */
  BLOCK;

  /** Parses the {@code kind} column of the gazetteer files. */
  public static PlaceKind parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  /** True for Chinese divisions. */
  public boolean isChinese() {
    return this == PROVINCE || this == PREFECTURE || this == COUNTY;
  }

  /** True for kinds that stand for a foreign country. */
  public boolean isForeignCountry() {
    return this == COUNTRY || this == SIDE || this == BILATERAL || this == REGION || this == CITY;
  }
}
