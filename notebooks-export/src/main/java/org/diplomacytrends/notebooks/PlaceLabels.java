package org.diplomacytrends.notebooks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.diplomacytrends.common.gazetteer.Provinces;

/**
 * Display labels for codes in charts and tables: provinces as "Heilongjiang 黑龙江", countries with
 * their CLDR Chinese name, so a reader of either language finds the place.
 */
public final class PlaceLabels {
  private PlaceLabels() {}

  /** Simplified Chinese names of the ISO 3166-2:CN subdivisions (display only, not matching). */
  private static final Map<String, String> PROVINCES_ZH = Provinces.chineseNameByIsoCode();

  /** Short forms where CLDR's name is a long official one (中国香港特别行政区). */
  private static final Map<String, String> COUNTRIES_ZH_SHORT = Map.of("HKG", "香港", "MAC", "澳门", "TWN", "台湾");

  private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      ALPHA3_TO_ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
  }

  /** Chinese name of a province code, or null when unknown. */
  public static String provinceZh(String code) {
    return code == null ? null : PROVINCES_ZH.get(code);
  }

  /** "Heilongjiang 黑龙江", falling back to what is known ("CN-XX" alone at worst). */
  public static String province(String code, String englishName) {
    String zh = provinceZh(code);
    String en = englishName == null || englishName.isBlank() ? code : englishName;
    return zh == null ? en : en + " " + zh;
  }

  /** CLDR simplified-Chinese name of an ISO 3166-1 alpha-3 code, or null. */
  public static String countryZh(String alpha3) {
    if (alpha3 != null && COUNTRIES_ZH_SHORT.containsKey(alpha3)) {
      return COUNTRIES_ZH_SHORT.get(alpha3);
    }
    String alpha2 = alpha3 == null ? null : ALPHA3_TO_ALPHA2.get(alpha3);
    if (alpha2 == null) {
      return null;
    }
    String name = new Locale("", alpha2).getDisplayCountry(Locale.forLanguageTag("zh-Hans"));
    return name.equals(alpha2) ? null : name;
  }

  /** "Russia 俄罗斯", falling back to the code. */
  public static String country(String code, String englishName) {
    String zh = countryZh(code);
    String en = englishName == null || englishName.isBlank() ? code : englishName;
    return zh == null ? en : en + " " + zh;
  }
}
