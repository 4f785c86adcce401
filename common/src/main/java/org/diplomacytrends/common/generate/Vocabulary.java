package org.diplomacytrends.common.generate;

import java.util.List;
import java.util.Locale;

/**
 * The generator's own place vocabulary: the subject provinces and the partner countries, each
 * spelled the way the press of every corpus language usually spells it (Russian with the case
 * forms the templates need). Written for the generator; the extractor's gazetteer is not read,
 * so a spelling the extractor misses shows up as a difference from the truth.
 */
final class Vocabulary {
  private Vocabulary() {}

  /**
   * A province-level division that is the subject of generated articles.
   *
   * @param code ISO 3166-2:CN
   * @param en English name without "Province" (the gold tables' province_name)
   * @param zh Chinese name with 省
   * @param ja Japanese name with 省
   * @param ko Korean name with 성
   * @param ru Russian name, indeclinable after провинция/провинции
   */
  record Province(String code, String en, String zh, String ja, String ko, String ru) {}

  /**
   * A partner country.
   *
   * @param code ISO 3166-1 alpha-3
   * @param en English name as used in running text
   * @param zh Chinese name
   * @param ja Japanese name
   * @param ko Korean name
   * @param ru Russian forms: nominative, genitive, accusative, prepositional, instrumental
   */
  record Country(String code, String en, String zh, String ja, String ko, String[] ru) {
    String ruNom() {
      return ru[0];
    }

    String ruGen() {
      return ru[1];
    }

    String ruAcc() {
      return ru[2];
    }

    String ruPrep() {
      return ru[3];
    }

    String ruIns() {
      return ru[4];
    }

    /** The English name the gold tables use: the JDK's CLDR name, as AggregateJob does. */
    String goldName() {
      for (String alpha2 : Locale.getISOCountries()) {
        Locale country = new Locale("", alpha2);
        if (country.getISO3Country().equals(code)) {
          return country.getDisplayCountry(Locale.ENGLISH);
        }
      }
      return code;
    }
  }

  static final List<Province> PROVINCES = List.of(
      new Province("CN-ZJ", "Zhejiang", "浙江省", "浙江省", "저장성", "Чжэцзян"),
      new Province("CN-JS", "Jiangsu", "江苏省", "江蘇省", "장쑤성", "Цзянсу"),
      new Province("CN-GD", "Guangdong", "广东省", "広東省", "광둥성", "Гуандун"),
      new Province("CN-SD", "Shandong", "山东省", "山東省", "산둥성", "Шаньдун"),
      new Province("CN-HL", "Heilongjiang", "黑龙江省", "黒竜江省", "헤이룽장성", "Хэйлунцзян"),
      new Province("CN-JL", "Jilin", "吉林省", "吉林省", "지린성", "Цзилинь"),
      new Province("CN-LN", "Liaoning", "辽宁省", "遼寧省", "랴오닝성", "Ляонин"),
      new Province("CN-YN", "Yunnan", "云南省", "雲南省", "윈난성", "Юньнань"),
      new Province("CN-SC", "Sichuan", "四川省", "四川省", "쓰촨성", "Сычуань"),
      new Province("CN-FJ", "Fujian", "福建省", "福建省", "푸젠성", "Фуцзянь"),
      new Province("CN-HI", "Hainan", "海南省", "海南省", "하이난성", "Хайнань"),
      new Province("CN-HB", "Hubei", "湖北省", "湖北省", "후베이성", "Хубэй"),
      new Province("CN-HN", "Hunan", "湖南省", "湖南省", "후난성", "Хунань"),
      new Province("CN-AH", "Anhui", "安徽省", "安徽省", "안후이성", "Аньхой"),
      new Province("CN-HE", "Hebei", "河北省", "河北省", "허베이성", "Хэбэй"));

  static final List<Country> COUNTRIES = List.of(
      new Country("DEU", "Germany", "德国", "ドイツ", "독일",
          new String[] {"Германия", "Германии", "Германию", "Германии", "Германией"}),
      new Country("FRA", "France", "法国", "フランス", "프랑스",
          new String[] {"Франция", "Франции", "Францию", "Франции", "Францией"}),
      new Country("ITA", "Italy", "意大利", "イタリア", "이탈리아",
          new String[] {"Италия", "Италии", "Италию", "Италии", "Италией"}),
      new Country("GBR", "the United Kingdom", "英国", "イギリス", "영국",
          new String[] {"Великобритания", "Великобритании", "Великобританию", "Великобритании", "Великобританией"}),
      new Country("USA", "the United States", "美国", "アメリカ", "미국",
          new String[] {"США", "США", "США", "США", "США"}),
      new Country("RUS", "Russia", "俄罗斯", "ロシア", "러시아",
          new String[] {"Россия", "России", "Россию", "России", "Россией"}),
      new Country("JPN", "Japan", "日本", "日本", "일본",
          new String[] {"Япония", "Японии", "Японию", "Японии", "Японией"}),
      new Country("KOR", "South Korea", "韩国", "韓国", "한국",
          new String[] {"Южная Корея", "Южной Кореи", "Южную Корею", "Южной Корее", "Южной Кореей"}),
      new Country("VNM", "Vietnam", "越南", "ベトナム", "베트남",
          new String[] {"Вьетнам", "Вьетнама", "Вьетнам", "Вьетнаме", "Вьетнамом"}),
      new Country("LAO", "Laos", "老挝", "ラオス", "라오스",
          new String[] {"Лаос", "Лаоса", "Лаос", "Лаосе", "Лаосом"}),
      new Country("THA", "Thailand", "泰国", "タイ", "태국",
          new String[] {"Таиланд", "Таиланда", "Таиланд", "Таиланде", "Таиландом"}),
      new Country("MYS", "Malaysia", "马来西亚", "マレーシア", "말레이시아",
          new String[] {"Малайзия", "Малайзии", "Малайзию", "Малайзии", "Малайзией"}),
      new Country("SGP", "Singapore", "新加坡", "シンガポール", "싱가포르",
          new String[] {"Сингапур", "Сингапура", "Сингапур", "Сингапуре", "Сингапуром"}),
      new Country("KAZ", "Kazakhstan", "哈萨克斯坦", "カザフスタン", "카자흐스탄",
          new String[] {"Казахстан", "Казахстана", "Казахстан", "Казахстане", "Казахстаном"}),
      new Country("BRA", "Brazil", "巴西", "ブラジル", "브라질",
          new String[] {"Бразилия", "Бразилии", "Бразилию", "Бразилии", "Бразилией"}),
      new Country("AUS", "Australia", "澳大利亚", "オーストラリア", "호주",
          new String[] {"Австралия", "Австралии", "Австралию", "Австралии", "Австралией"}),
      new Country("IDN", "Indonesia", "印度尼西亚", "インドネシア", "인도네시아",
          new String[] {"Индонезия", "Индонезии", "Индонезию", "Индонезии", "Индонезией"}));

  static Province province(String code) {
    for (Province p : PROVINCES) {
      if (p.code().equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no generated province " + code);
  }

  static Country country(String code) {
    for (Country c : COUNTRIES) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no generated country " + code);
  }
}
