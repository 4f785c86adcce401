package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.diplomacytrends.common.model.VisitDirection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms that must hold beyond the labelled sets: direction of travel, visit verbs with
 * modifiers, Hangul and Cyrillic name boundaries, counted agreements, and the traveller as
 * subject. Every sentence here is written for the test, in several variants per language.
 */
class GeneralisationTest {
  private static ArticleExtraction extract(String text) {
    return ArticleExtractor.shared().extract(ArticleInput.ofText("gen", text));
  }

  private static int sum(ArticleExtraction x, EventKind kind) {
    return x.events().stream().filter(e -> e.kind() == kind).mapToInt(Event::count).sum();
  }

  // --- zh: a one-character "side" abbreviation (赴日, 赴越) must not swallow the full country name.

  @ParameterizedTest
  @ValueSource(strings = {
      "2022年9月3日，湖南省副省长一行9月4日赴日本考察，并与日本企业家座谈。",
      "2022年9月3日，广西壮族自治区主席率领广西代表团赴越南开展经贸交流活动。",
      "2022年9月3日，浙江省副省长一行赴越南访问，推动双方经贸合作。"})
  void zhGoingToAFullCountryNameIsOutbound(String text) {
    ArticleExtraction x = extract(text);
    assertThat(x.visitDirections()).containsExactly(VisitDirection.OUTBOUND);
  }

  // --- zh: the aspect particle 了 keeps the visited country a destination, even after a home-place phrase.

  @ParameterizedTest
  @ValueSource(strings = {
      "2022年9月3日，湖北省经贸代表团在湖北省副省长率领下访问了意大利，考察当地企业。",
      "2022年9月3日，山东省友好代表团在山东省人大副主任带领下抵达了韩国首尔，开展交流。"})
  void zhAspectParticleKeepsTheDestination(String text) {
    ArticleExtraction x = extract(text);
    assertThat(x.visitDirections()).containsExactly(VisitDirection.OUTBOUND);
  }

  // --- zh: 来访的X: X qualifies the visitors, it is not where they go.

  @ParameterizedTest
  @ValueSource(strings = {
      "2022年9月3日，黑龙江省省长在哈尔滨会见了来访的俄罗斯政府代表团。",
      "2022年9月3日，四川省副省长在成都会见了到访的泰国商务代表团，双方就合作交换意见。",
      "2022年9月3日，福建省副省长在省政府会见了来访的新加坡企业代表团。"})
  void zhVisitorsQualifiedByTheirCountryAreInbound(String text) {
    ArticleExtraction x = extract(text);
    assertThat(x.visitDirections()).containsExactly(VisitDirection.INBOUND);
  }

  // --- ja: the object of a visit verb with an adverbial noun (公式訪問, 歴訪).

  @ParameterizedTest
  @ValueSource(strings = {
      "2022年9月3日、四川省の代表団がスペインを公式訪問した。",
      "2022年9月3日、湖北省の友好代表団がマレーシアを歴訪し、経済協力について意見を交わした。",
      "2022年9月3日、山東省の副省長がフランスを表敬訪問した。"})
  void jaModifiedVisitVerbsMarkTheirObject(String text) {
    ArticleExtraction x = extract(text);
    assertThat(x.visitDirections()).containsExactly(VisitDirection.OUTBOUND);
  }

  // --- ko: 순방, 찾았다 and 공식 방문 take their object as the destination.

  @ParameterizedTest
  @ValueSource(strings = {
      "2022년 9월 3일 산둥성 대표단이 캐나다를 순방하며 경제 협력을 논의했다.",
      "2022년 9월 3일 저장성 대표단이 베트남을 찾았다.",
      "2022년 9월 3일 허베이성 대표단이 독일을 공식 방문했다."})
  void koVisitVerbsMarkTheirObject(String text) {
    ArticleExtraction x = extract(text);
    assertThat(x.visitDirections()).containsExactly(VisitDirection.OUTBOUND);
  }

  // --- ko: a short foreign name at the start of a longer word is no place.

  @ParameterizedTest
  @ValueSource(strings = {
      "2022년 9월 3일 지린성 대표단이 몽골을 방문했다. 양측은 대구지원 사업에 대해 논의했다.",
      "2022년 9월 3일 지린성 대표단이 몽골을 방문했다. 양측은 부산물 활용 협력에 대해 논의했다."})
  void koShortNamesNeedAParticleAfterThem(String text) {
    assertThat(extract(text).partnerCountries()).containsExactly("MNG");
  }

  @Test
  void koShortNamesWithAParticleStillMatch() {
    ArticleExtraction x = extract("2022년 9월 3일 지린성 대표단이 대구를 방문했다. 양측은 협력에 대해 논의했다.");
    assertThat(x.partnerCountries()).containsExactly("KOR");
  }

  // --- ru: stems take case endings only; the longer name wins an equal span.

  @ParameterizedTest
  @ValueSource(strings = {
      "3 сентября 2022 года делегация провинции Хубэй посетила Австралию.",
      "3 сентября 2022 года делегация провинции Хубэй прибыла в Австралию с визитом.",
      "3 сентября 2022 года губернатор провинции Хубэй провёл переговоры с делегацией Австралии о сотрудничестве."})
  void ruAustraliaIsNotAustria(String text) {
    assertThat(extract(text).partnerCountries()).containsExactly("AUS");
  }

  // --- ru: a declined adjective of a multi-word name stays inside the destination phrase.

  @ParameterizedTest
  @ValueSource(strings = {
      "3 сентября 2022 года вице-губернатор провинции Хубэй прибыл в Южную Корею с рабочим визитом.",
      "3 сентября 2022 года делегация провинции Хубэй посетила Южную Корею.",
      "3 сентября 2022 года губернатор провинции Хубэй находился с визитом в Южной Корее."})
  void ruDeclinedAdjectivesKeepTheDestination(String text) {
    assertThat(extract(text).visitDirections()).containsExactly(VisitDirection.OUTBOUND);
  }

  @Test
  void ruAustriaStillMatchesInItsCases() {
    ArticleExtraction x = extract("3 сентября 2022 года делегация провинции Хубэй посетила Австрию.");
    assertThat(x.partnerCountries()).containsExactly("AUT");
  }

  // --- ru: the reflexive of подписать is subscribing, not signing.

  @ParameterizedTest
  @ValueSource(strings = {
      "3 сентября 2022 года делегация провинции Хубэй посетила Италию. Подпишитесь на нашу рассылку.",
      "3 сентября 2022 года делегация провинции Хубэй посетила Италию.\nЧтобы не пропустить новости, подписывайтесь на телеграм-канал.",
      "3 сентября 2022 года делегация провинции Хубэй посетила Италию. Подписаться на новости можно на сайте."})
  void ruSubscribingIsNoAgreement(String text) {
    ArticleExtraction x = extract(text);
    assertThat(x.agreementCount()).isZero();
    assertThat(sum(x, EventKind.AGREEMENT)).isZero();
  }

  // --- counting: numerals with classifiers and coordinated batches; facts sum to the article total.

  @ParameterizedTest
  @ValueSource(strings = {
      "2022年9月3日，湖北省代表团访问马来西亚，双方共签约七个合作项目。|7",
      "2022년 9월 3일 허베이성 대표단이 독일을 방문했다. 이 자리에서 협약 6건이 체결됐다.|6",
      "On September 3, 2022, a Hubei delegation visiting Italy signed 4 agreements with Italy and 2 agreements with Spain.|6",
      "3 сентября 2022 года делегация провинции Хубэй посетила Италию и подписала три соглашения с Италией и два соглашения с Испанией.|5",
      "On September 3, 2022, a Hubei delegation visited Italy and signed 5 agreements, including 2 memorandums of understanding.|5"})
  void countedAgreementsAndTheirFactsAgree(String row) {
    String[] parts = row.split("\\|");
    ArticleExtraction x = extract(parts[0]);
    int expected = Integer.parseInt(parts[1]);
    assertThat(x.agreementCount()).isEqualTo(expected);
    assertThat(sum(x, EventKind.AGREEMENT)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Hubei expands its partnerships in Europe\n\nOn March 2, 2021, Hubei Province signed four agreements with Italy.\nOn March 9, the Hubei government signed two memorandums with partners from Spain.|6",
      "허베이성, 유럽과 협력 확대\n\n2021년 3월 2일 허베이성과 이탈리아 사이에 양해각서 4건이 체결됐다.\n허베이성과 스페인의 기업들이 3월 9일 1건의 협력협의에 서명했다.|5",
      "湖北省、欧州との協力を拡大\n\n2021年3月2日、湖北省とイタリアの企業は協力協定4件を結んだ。\n3月9日、湖北省とスペインは協力文書2件に調印した。|6"})
  void separateSigningsWithDifferentCountriesAddUp(String row) {
    countedAgreementsAndTheirFactsAgree(row);
  }

  // --- lexicon: concluding verbs that need a document noun (맺다, 結ぶ, заключить) and the nouns they take.

  @ParameterizedTest
  @ValueSource(strings = {
      "2021년 3월 2일 허베이성과 몽골의 기업들은 3건의 협력협의를 맺었다.|3",
      "2021년 3월 2일 허베이성과 몽골은 6건의 협력문서에 서명했다.|6",
      "2021年3月2日、湖北省とモンゴルの企業は協力協定2件を結んだ。|2",
      "2 марта 2021 года предприятия провинции Хубэй и Монголии заключили 9 контрактов.|9"})
  void concludingVerbsCountWithTheirDocuments(String row) {
    countedAgreementsAndTheirFactsAgree(row);
  }

  @Test
  void concludingAFriendshipTalkIsNoAgreement() {
    ArticleExtraction x = extract("2021년 3월 2일 허베이성 대표단이 몽골을 방문해 현지 기업인들과 인연을 맺었다.");
    assertThat(x.agreementCount()).isZero();
  }

  @Test
  void aHeadlineCountRestatesTheBodyOnce() {
    ArticleExtraction x = extract("허베이성, 몽골과 3건의 협력협의 체결\n\n2021년 3월 2일 허베이성 대표단이 몽골을 방문했다. "
        + "회담 후 양측은 《허베이성과 몽골 간 무역 협력에 관한 협의》 등 3건의 협력협의를 체결했다.");
    assertThat(x.agreementCount()).isEqualTo(3);
    assertThat(sum(x, EventKind.AGREEMENT)).isEqualTo(3);
  }

  @Test
  void repeatedSigningReportsCountOnceInFactsToo() {
    ArticleExtraction x = extract("On September 3, 2022, a Hubei delegation visited Italy and signed 3 agreements. "
        + "The 3 agreements were signed in Rome.");
    assertThat(x.agreementCount()).isEqualTo(sum(x, EventKind.AGREEMENT));
  }

  // --- subject: the region whose official travels, not the one visited; the visited one is a domestic partner.

  @ParameterizedTest
  @ValueSource(strings = {
      "On September 3, 2022, the Vice Governor of Hubei Province went to Hunan Province to study cooperation between the two provinces.",
      "On September 3, 2022, the Vice Governor of Hubei Province arrived in Hunan Province at the head of a delegation studying cooperation between the two provinces.",
      "3 сентября 2022 года вице-губернатор провинции Хубэй находился с рабочим визитом в провинции Хунань. Стороны обсудили сотрудничество."})
  void theTravellerIsTheSubject(String text) {
    ArticleExtraction x = extract(text);
    assertThat(x.provinceCode()).isEqualTo("CN-HB");
    assertThat(x.domesticPartners()).containsExactly("CN-HN");
    assertThat(x.visitDirections()).containsExactly(VisitDirection.DOMESTIC);
  }

  @Test
  void aForeignConsulsDelegationIsNoDomesticTrip() {
    ArticleExtraction x = extract("On September 3, 2022, the Vice Governor of Hubei Province met in Wuhan with the "
        + "French consul-general in Guangzhou and his delegation.");
    assertThat(x.visitDirections()).doesNotContain(VisitDirection.DOMESTIC);
    assertThat(List.copyOf(x.domesticPartners())).doesNotContain("CN-GD");
  }
}
