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
