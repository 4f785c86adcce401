package org.diplomacytrends.notebooks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Display labels for codes in charts and tables: provinces as "Heilongjiang 黑龙江", countries with
 * their CLDR Chinese name, so a reader of either language finds the place.
 */
public final class PlaceLabels {
  private PlaceLabels() {}

  /** Simplified Chinese names of the ISO 3166-2:CN subdivisions (display only, not matching). */
  private static final Map<String, String> PROVINCES_ZH = Map.ofEntries(
      Map.entry("CN-AH", "安徽"), Map.entry("CN-BJ", "北京"), Map.entry("CN-CQ", "重庆"),
      Map.entry("CN-FJ", "福建"), Map.entry("CN-GD", "广东"), Map.entry("CN-GS", "甘肃"),
      Map.entry("CN-GX", "广西"), Map.entry("CN-GZ", "贵州"), Map.entry("CN-HA", "河南"),
      Map.entry("CN-HB", "湖北"), Map.entry("CN-HE", "河北"), Map.entry("CN-HI", "海南"),
      Map.entry("CN-HK", "香港"), Map.entry("CN-HL", "黑龙江"), Map.entry("CN-HN", "湖南"),
      Map.entry("CN-JL", "吉林"), Map.entry("CN-JS", "江苏"), Map.entry("CN-JX", "江西"),
      Map.entry("CN-LN", "辽宁"), Map.entry("CN-MO", "澳门"), Map.entry("CN-NM", "内蒙古"),
      Map.entry("CN-NX", "宁夏"), Map.entry("CN-QH", "青海"), Map.entry("CN-SC", "四川"),
      Map.entry("CN-SD", "山东"), Map.entry("CN-SH", "上海"), Map.entry("CN-SN", "陕西"),
      Map.entry("CN-SX", "山西"), Map.entry("CN-TJ", "天津"), Map.entry("CN-TW", "台湾"),
      Map.entry("CN-XJ", "新疆"), Map.entry("CN-XZ", "西藏"), Map.entry("CN-YN", "云南"),
      Map.entry("CN-ZJ", "浙江"));

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
