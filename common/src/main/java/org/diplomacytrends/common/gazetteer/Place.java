package org.diplomacytrends.common.gazetteer;

/**
 * A place the gazetteer knows.
 *
 * @param kind what it is
 * @param code ISO 3166-1 alpha-3 for foreign kinds, bloc id for blocs, ISO 3166-2:CN for
 *     provinces, GB/T 2260 code for cities and counties; null for blocks
 * @param provinceCode ISO 3166-2:CN code of the province a Chinese division belongs to, else null
 * @param nameEn English name (Chinese divisions), else null
 */
public record Place(PlaceKind kind, String code, String provinceCode, String nameEn) {
  /** The alpha-3 country this place stands for, or null (Chinese divisions, blocs, blocks). */
  public String countryCode() {
    return kind.isForeignCountry() ? code : null;
  }
}
