package org.diplomacytrends.common.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomacytrends.common.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  private static List<PlaceMatch> match(String text) {
    return gazetteer.match(TextNormalizer.get().normalize(text));
  }

  private static List<String> countries(String text) {
    return match(text).stream().map(PlaceMatch::country).filter(c -> c != null).toList();
  }

  private static List<String> provinces(String text) {
    return match(text).stream().map(PlaceMatch::chinese).filter(p -> p != null).map(Place::provinceCode).toList();
  }

  @Test
  void longestMatchWins() {
    assertThat(countries("援巴布亚新几内亚医疗队")).as("巴布亚新几内亚 is not 几内亚").containsExactly("PNG");
    assertThat(countries("南非")).as("南非 is South Africa").containsExactly("ZAF");
    assertThat(countries("非洲国家")).as("非洲 is a bloc, not a country").isEmpty();
  }

  @Test
  void blocksConsumeTheirSpan() {
    assertThat(countries("中新社北京电")).as("中新社 is a news agency, not China-Singapore").isEmpty();
    assertThat(countries("延边朝鲜族自治州")).as("朝鲜族 is an ethnic group, not North Korea").doesNotContain("PRK");
    assertThat(provinces("外交部长沙伦赛")).as("部长沙 is a title and a name, not Changsha").isEmpty();
  }

  @Test
  void aPlaceRightBeforeAnotherProvincesPlaceIsInsideAName() {
    assertThat(provinces("王安顺北京市长会见了代表团")).as("安顺 is part of the mayor's name").containsExactly("CN-BJ");
    assertThat(provinces("吉林长春")).as("province then its own city: both places").containsExactly("CN-JL", "CN-JL");
  }

  @Test
  void aPlaceInsideATransliteratedNameIsNoPlace() {
    assertThat(countries("会见奥地利驻华大使安德里亚斯·利肯")).as("德里 of Andreas is not Delhi").containsExactly("AUT");
    assertThat(provinces("中国・大連市長が訪問")).as("a place opening its part stays").containsExactly("CN-LN");
    assertThat(countries("省长会见坦桑尼亚驻华大使姆贝尔瓦·凯鲁基")).as("a country well before the name stays").containsExactly("TZA");
  }

  @Test
  void blocsAreNeverCountries() {
    List<PlaceMatch> matches = match("更好链接东盟、ASEAN and the EU");
    assertThat(matches).as("blocs are matched").isNotEmpty().allMatch(PlaceMatch::bloc);
  }

  @Test
  void koreanNamesTakeParticlesButNoPrefix() {
    assertThat(countries("러시아와 러시아의 협력")).as("particles after the name").containsExactly("RUS", "RUS");
    assertThat(countries("귀중한 토지를 귀중하게")).as("중한 inside 귀중한 is not China-Korea").isEmpty();
    assertThat(provinces("흑룡강성위 서기")).as("a province with its office").containsExactly("CN-HL");
  }

  @Test
  void russianNamesTakeCaseEndings() {
    assertThat(provinces("форум в Харбине и делегация Хэйлунцзяна")).as("locative and genitive")
        .containsExactly("CN-HL", "CN-HL");
    assertThat(countries("сотрудничество с Россией, Индию, Беларуси")).as("declined country names")
        .containsExactly("RUS", "IND", "BLR");
    assertThat(countries("того же года")).as("того is a pronoun, not Togo").isEmpty();
  }

  @Test
  void latinNamesNeedWordBoundariesAndAllCapsNeedCase() {
    assertThat(countries("business with Indiana")).as("no match inside words").doesNotContain("IND");
    assertThat(countries("visited India")).as("word").containsExactly("IND");
    assertThat(countries("the US delegation")).as("all-caps alias").containsExactly("USA");
    assertThat(countries("let us go")).as("lower-case us is a pronoun").isEmpty();
  }

  @Test
  void katakanaNamesAreNotCutOutOfLongerWords() {
    assertThat(countries("ステイランティスグループとの契約")).as("イラン inside ステイランティス").isEmpty();
    assertThat(countries("イランとの交流")).as("イラン alone").containsExactly("IRN");
  }

  @Test
  void foreignRegionsStandForTheirCountry() {
    assertThat(countries("Sarawak and Yunnan")).as("Sarawak").containsExactly("MYS");
    assertThat(countries("Amur Oblast")).as("Amur Oblast").containsExactly("RUS");
    assertThat(countries("俄罗斯堪察加边区")).as("region after its country").containsExactly("RUS", "RUS");
  }

  @Test
  void chineseDivisionsInEveryLanguage() {
    assertThat(provinces("浙江省 黒竜江省 大連市 길림성 Чжэцзян Yunnan Province")).as("provinces and cities")
        .containsExactly("CN-ZJ", "CN-HL", "CN-LN", "CN-JL", "CN-ZJ", "CN-YN");
  }

  @Test
  void builderReadsTheFileFormats() throws Exception {
    Gazetteer small = Gazetteer.builder()
        .addDivisions(new java.io.StringReader("level\tgb_code\tiso_code\tprovince\tname_en\tzh\tzh_weak\tja\tko\tru\ten\n"
            + "province\t330000\tCN-ZJ\tCN-ZJ\tZhejiang\t浙江省|浙江\t浙\t-\t저장성\tЧжэцзян\tZhejiang\n"))
        .addForeignPlaces(new java.io.StringReader("target\tkind\tlang\talias\nJPN\tregion\tja\t静岡県\n"))
        .build();
    List<PlaceMatch> matches = small.match(TextNormalizer.get().normalize("静岡県と浙江省"));
    assertThat(matches).as("two places").hasSize(2);
    assertThat(matches.get(0).country()).as("region of Japan").isEqualTo("JPN");
    assertThat(matches.get(1).chinese().provinceCode()).as("province").isEqualTo("CN-ZJ");
    assertThat(small.province("CN-ZJ").nameEn()).as("English name").isEqualTo("Zhejiang");
  }
}
