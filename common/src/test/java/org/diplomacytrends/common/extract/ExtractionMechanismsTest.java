package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.VisitDirection;
import org.junit.jupiter.api.Test;

/**
 * Made-up articles, written for these rules and unrelated to any evaluation document, that pin
 * one mechanism each: the trip frame of visit directions, who owns a delegation, invitations,
 * who travels on a domestic trip, venue cities, and agreement counts in Russian, Korean and
 * Japanese.
 */
class ExtractionMechanismsTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.shared();

  private static ArticleExtraction extract(String text) {
    return EXTRACTOR.extract(ArticleInput.ofText("test", text));
  }

  @Test
  void whileTheDelegationIsAbroadItsMeetingsAndToursAreOutbound() {
    ArticleExtraction zh = extract("江苏省代表团访问德国\n2024-04-10\n"
        + "4月8日,江苏省副省长率江苏省政府代表团访问德国。代表团在慕尼黑会见了巴伐利亚州经济部长。"
        + "来自德国的80余家企业参加了代表团举办的江苏—巴伐利亚经贸推介会。");
    assertThat(zh.visitDirections()).as("local companies at the delegation's own event abroad")
        .containsExactly(VisitDirection.OUTBOUND);
    assertThat(zh.partnerCountries()).containsExactly("DEU");

    ArticleExtraction ja = extract("福建省代表団が沖縄県を訪問\n2024-02-10\n"
        + "福建省政府代表団が2月8日、沖縄県を訪問し、知事と会談した。9日には、代表団が沖縄県内の港湾施設を視察した。");
    assertThat(ja.provinceCode()).isEqualTo("CN-FJ");
    assertThat(ja.visitDirections()).as("an inspection by the delegation abroad")
        .containsExactly(VisitDirection.OUTBOUND);
  }

  @Test
  void aTourOfTwoCountriesIsOneTripButAVisitFromAnotherCountryIsAnother() {
    ArticleExtraction tour = extract("浙江省代表团访问德国和法国\n2024-09-20\n"
        + "9月10日至16日,浙江省副省长率省政府代表团先后访问德国和法国。"
        + "在法国期间,代表团出席了浙江—法国投资推介会,来自法国的60余家企业参加。");
    assertThat(tour.visitDirections()).as("French firms at the delegation's event in France")
        .containsExactly(VisitDirection.OUTBOUND);

    ArticleExtraction two = extract("浙江省外事简讯\n2024-09-20\n"
        + "9月10日,浙江省副省长率团访问德国。"
        + "9月15日,浙江省省长在杭州会见了来访的巴西政府代表团。");
    assertThat(two.visitDirections()).as("a Brazilian delegation at home while another went to Germany")
        .containsExactlyInAnyOrder(VisitDirection.OUTBOUND, VisitDirection.INBOUND);
  }

  @Test
  void thePlaceAfterADelegationNounOwnsTheDelegation() {
    ArticleExtraction ru = extract("Делегация Хабаровского края посетила провинцию Хэйлунцзян\n2024-07-02\n"
        + "Делегация Хабаровского края во главе с губернатором находилась с визитом в провинции Хэйлунцзян. "
        + "Губернатор провинции Хэйлунцзян встретился с гостями.");
    assertThat(ru.provinceCode()).isEqualTo("CN-HL");
    assertThat(ru.visitDirections()).as("делегация X: visitors from X, not a trip to X")
        .containsExactly(VisitDirection.INBOUND);

    ArticleExtraction ruOut = extract("Делегация провинции Цзилинь посетила Владивосток\n2024-06-20\n"
        + "Делегация провинции Цзилинь во главе с вице-губернатором посетила Владивосток. "
        + "Гостей встретил губернатор Приморского края. Члены делегации посетили морской порт Владивостока.");
    assertThat(ruOut.provinceCode()).isEqualTo("CN-JL");
    assertThat(ruOut.visitDirections()).containsExactly(VisitDirection.OUTBOUND);
  }

  @Test
  void anInvitationToGoAbroadIsNoTrip() {
    ArticleExtraction zh = extract("老挝驻昆明总领事拜会云南省外办\n2024-03-15\n"
        + "3月14日,老挝驻昆明总领事一行到访云南省外办。双方表示,欢迎更多云南企业赴老挝投资,推动两地合作。");
    assertThat(zh.provinceCode()).isEqualTo("CN-YN");
    assertThat(zh.visitDirections()).as("欢迎…企业赴老挝 invites, it reports no trip")
        .containsExactly(VisitDirection.INBOUND);
  }

  @Test
  void onADomesticTripTheTravellerIsTheSubjectAndTheHostThePartner() {
    ArticleExtraction ja = extract("江蘇省外事弁公室代表団が貴州省を訪問\n2024-05-10\n"
        + "江蘇省外事弁公室の主任は代表団を率いて貴州省を訪問し、貴陽市で調査研究を行った。"
        + "貴州省外事弁公室の主任は、貴州省と江蘇省の外事協力を紹介した。代表団は貴州省の企業と座談した。");
    assertThat(ja.provinceCode()).as("the host is named more often, the traveller is the subject").isEqualTo("CN-JS");
    assertThat(ja.domesticPartners()).containsExactly("CN-GZ");
    assertThat(ja.visitDirections()).containsExactly(VisitDirection.DOMESTIC);

    ArticleExtraction ko = extract("절강성 외사판공실 대표단 사천성 방문\n2024-05-10\n"
        + "절강성 외사판공실 대표단이 사천성을 방문했다. 사천성 외사판공실 주임은 사천성과 절강성의 외사 협력을 소개했다. "
        + "대표단은 사천성의 기업을 고찰했다.");
    assertThat(ko.provinceCode()).isEqualTo("CN-ZJ");
    assertThat(ko.domesticPartners()).containsExactly("CN-SC");
  }

  @Test
  void aCityIsTheCentreOnlyWhenItActsNotWhenItIsTheVenue() {
    ArticleExtraction ja = extract("湖北省長が日本総領事と会談\n2024-04-11\n"
        + "4月10日、湖北省長は武漢市で日本の総領事と会談した。湖北省と日本の経済交流について意見を交わした。");
    assertThat(ja.provinceCode()).isEqualTo("CN-HB");
    assertThat(ja.city()).as("the capital as venue of a provincial meeting").isNull();

    ArticleExtraction zh = extract("大连市市长会见日本北九州市代表团\n2024-05-20\n"
        + "5月19日,大连市市长在大连会见了日本北九州市副市长率领的代表团。大连市与北九州市是友好城市。");
    assertThat(zh.city()).as("the city's own mayor hosts").isEqualTo("Dalian");
  }

  @Test
  void agreementCountsInRussianKoreanAndJapanese() {
    assertThat(extract("Ляонин и Приморский край\n2024-05-01\n"
        + "Провинция Ляонин и Приморский край подписали два соглашения о сотрудничестве.").agreementCount())
        .as("два соглашения").isEqualTo(2);
    assertThat(extract("Делегация провинции Ляонин в Приморье\n2024-05-01\n"
        + "Стороны подписали соглашение о сотрудничестве в сфере туризма. "
        + "Кроме того, университеты двух регионов подписали меморандум об обмене студентами.").agreementCount())
        .as("an agreement and, separately, a memorandum").isEqualTo(2);
    assertThat(extract("길림성 대표단 강원도 방문\n2024-05-01\n"
        + "길림성 정부대표단이 한국 강원도를 방문했다. 길림성과 강원도는 교육, 관광 등 분야의 5건의 협력협의를 체결했다.")
        .agreementCount()).as("5건의 협력협의").isEqualTo(5);
    assertThat(extract("山西省代表団が岡山県を訪問\n2024-05-01\n"
        + "山西省政府代表団が岡山県を訪問し、知事と会談した。双方は友好交流について意見を交わした。").agreementCount())
        .as("意見を交わした: views exchanged, nothing signed").isZero();
  }
}
