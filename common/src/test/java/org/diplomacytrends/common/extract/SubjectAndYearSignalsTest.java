package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomacytrends.common.gazetteer.Gazetteer;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleId;
import org.diplomacytrends.common.model.ArticleInput;
import org.junit.jupiter.api.Test;

/**
 * Signals outside the sentences that name the acts: the site an article stands on, the date in its
 * URL, "last month" against the article's date, and the officials of Hong Kong and Macao.
 * Made-up articles written for these rules.
 */
class SubjectAndYearSignalsTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.shared();

  private static ArticleExtraction extract(String url, String text) {
    return EXTRACTOR.extract(new ArticleInput(ArticleId.of(text), url, null, text, null, null, url));
  }

  @Test
  void aProvincesOwnSiteWritesFromItsSide() {
    Gazetteer gazetteer = EXTRACTOR.gazetteer();
    assertThat(SubjectResolver.publisherProvince("http://www.sc.gov.cn/10462/2019/7/12/x.shtml", gazetteer))
        .as("abbreviation").isEqualTo("CN-SC");
    assertThat(SubjectResolver.publisherProvince("https://wb.zj.gov.cn/art/2023/5/25/art_1.html", gazetteer))
        .as("its foreign-affairs office").isEqualTo("CN-ZJ");
    assertThat(SubjectResolver.publisherProvince("http://www.hangzhou.gov.cn/art/x.html", gazetteer))
        .as("a city's site, by the gazetteer's English name").isEqualTo("CN-ZJ");
    assertThat(SubjectResolver.publisherProvince("http://english.hubei.gov.cn/news/x.html", gazetteer))
        .as("a full pinyin name").isEqualTo("CN-HB");
    assertThat(SubjectResolver.publisherProvince("https://www.example.com/sc/x.html", gazetteer))
        .as("not a government site").isNull();

    String text = "The Chongqing Delegation Visited Sichuan\n\nFrom July 9 to 10, a delegation of the CPC Chongqing "
        + "Municipal Committee and the Chongqing Municipal Government led by the Party Secretary of Chongqing visited "
        + "Sichuan Province. Chongqing and Sichuan signed agreements on the Chengdu-Chongqing economic circle.";
    assertThat(extract("http://www.sc.gov.cn/news/2019/7/12/a.shtml", text).provinceCode())
        .as("on Sichuan's site: Sichuan received the delegation").isEqualTo("CN-SC");
    assertThat(extract("http://www.cq.gov.cn/news/2019/7/12/a.shtml", text).provinceCode())
        .as("on Chongqing's site: Chongqing's delegation went out").isEqualTo("CN-CQ");
  }

  @Test
  void theUrlDatesAnArticleThatPrintsNoDate() {
    String text = "湖南省代表团访问越南\n\n湖南省副省长率代表团于3月5日访问越南,会见了越南工贸部副部长。";
    ArticleExtraction x = extract("https://news.example.cn/content/2021-03/08/content_1.htm", text);
    assertThat(x.activityYear()).as("the year from the URL path").isEqualTo(2021);
    assertThat(x.publishDate()).as("the URL's date is no printed publish date").isNull();
  }

  @Test
  void theYearATieBeganIsBackground() {
    String text = "톈진시 대표단 인천 방문\n\n톈진시 대표단이 23일 인천시를 방문해 협약을 체결했다. 2025.2.23 인천시 제공\n\n"
        + "톈진시는 인천시와 1993년 12월부터 자매결연 관계다.";
    assertThat(extract(null, text).activityYear()).as("1993년 12월부터: when the tie began, not the visit").isEqualTo(2025);
    assertThat(YearResolver.markedAsSince("friendship provinces since 1994", new DateParser.DateMention(27, 31, 1994, null, null)))
        .as("since 1994").isTrue();
    assertThat(YearResolver.markedAsSince("自5月10日起访问", new DateParser.DateMention(1, 6, null, 5, 10)))
        .as("a date with its day dates the act, whatever precedes it").isFalse();
  }

  @Test
  void aBannerDateYieldsToTheHeaderDateTheUrlAgreesWith() {
    String text = "Provincial Government Portal\n\n15 July 2015\n\nVice Governor Meets Consuls\n\n2018-05-13 Print\n\n"
        + "On May 10, the vice governor of Hunan met in Changsha with a delegation of consuls general from Laos and Nepal.";
    ArticleExtraction x = extract("http://en.hunan.gov.cn/news/201805/t20180514_1.html", text);
    assertThat(x.publishDate()).as("the URL (2018-05-14) agrees with 2018-05-13, not the banner's 2015")
        .isEqualTo(java.time.LocalDate.of(2018, 5, 13));
    assertThat(x.activityYear()).isEqualTo(2018);
  }

  @Test
  void aNewsAgencysDatelineIsWhereTheCorrespondentFilesNotTheSubject() {
    String korean = "(상하이=연합뉴스) 특파원 = 중국 배터리 업체가 15일 한국 기업과 전략 협약을 체결했다고 밝혔다.";
    assertThat(extract(null, korean).provinceCode()).as("(상하이=연합뉴스) alone makes no subject").isNull();
    String chinese = "新华社上海5月10日电 江苏省代表团10日访问老挝,与老挝计划投资部签署合作协议。";
    assertThat(extract(null, chinese).provinceCode()).as("the province that acts, not the dateline's city").isEqualTo("CN-JS");
    String english = "SHANGHAI, May 10 (Xinhua) -- A Jiangsu delegation visited Laos and signed a cooperation agreement.";
    assertThat(extract(null, english).provinceCode()).as("an all-caps dateline").isEqualTo("CN-JS");
  }

  @Test
  void lastMonthInAJanuaryArticleIsDecemberOfTheYearBefore() {
    String text = "광둥성 대표단 방문\n\n2025년 1월 3일\n\n광둥성 대표단은 지난달 24일 부산시를 방문해 부산시장과 회담을 가졌다.";
    assertThat(extract(null, text).activityYear()).as("지난달 24일, dated 2025-01-03").isEqualTo(2024);
  }

  @Test
  void hongKongsChiefExecutiveMakesHongKongTheSubject() {
    String text = "香港特区行政长官访问北京\n\n2017年8月11日\n\n香港特别行政区行政长官林郑月娥9日在北京结束为期4天的访问,"
        + "她表示此行成果丰硕,香港与内地的合作将进一步深化。";
    assertThat(extract(null, text).provinceCode()).as("the traveller's region, not the city she visited")
        .isEqualTo("CN-HK");
  }
}
