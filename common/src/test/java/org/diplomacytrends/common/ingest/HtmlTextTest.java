package org.diplomacytrends.common.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Main-content extraction on page layouts of the genre (written for these tests, modelled on a
 * provincial foreign-affairs office, an English news site, a Japanese prefecture's CMS, a Korean
 * newspaper and a Russian regional site): the article stays, the furniture goes.
 */
class HtmlTextTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("zh-fao-gov.html",
            List.of("4月17日，副省长在南宁会见了越南广宁省", "见证签署了两省边境经济合作区合作备忘录", "省外办、省商务厅有关负责同志参加会见"),
            List.of("首页", "当前位置", "分享到微信", "相关新闻", "我省代表团赴老挝", "版权所有", "ICP备"),
            "2025-04-18 09:30"),
        Arguments.of("en-news-site.html",
            List.of("Guangdong delegation signs port deal in Rotterdam", "meeting officials of the province of South Holland",
                "signed a memorandum on port logistics"),
            List.of("Business", "Share on X", "Shenzhen opens new ferry line", "All rights reserved", "Privacy"),
            "2024-11-06T08:15:00+08:00"),
        Arguments.of("ja-prefecture.html",
            List.of("中国浙江省友好代表団が来県しました", "知事を表敬訪問しました", "提携40周年に向けて"),
            List.of("くらし・環境", "ホーム", "パスポートの申請", "Copyright", "電話"),
            null),
        Arguments.of("ko-newspaper.html",
            List.of("충청남도, 중국 산둥성과 교류 협력 강화", "중국 산둥성 부성장 일행을 만나", "청소년 교류를 위한 협약을 체결했다"),
            List.of("정치", "관련기사", "하노이시와 우호 협력", "무단전재"),
            "2024-06-20T14:02:00+09:00"),
        Arguments.of("ru-regional.html",
            List.of("Делегация провинции Хэйлунцзян посетила Хабаровский край", "встретился с делегацией провинции Хэйлунцзян",
                "подписали соглашение о сотрудничестве"),
            List.of("Главная", "Популярное", "Погода на выходные", "Все права защищены"),
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theArticleStaysAndTheFurnitureGoes(String page, List<String> article, List<String> furniture, String published)
      throws IOException {
    HtmlText.Page stripped = HtmlText.strip(read(page));
    assertThat(stripped.text()).as("the article's headline and paragraphs, of %s", page).contains(article);
    for (String line : furniture) {
      assertThat(stripped.text()).as("navigation, share bars, related links and footers of %s", page).doesNotContain(line);
    }
    assertThat(stripped.published()).as("the publish date the page declares in a meta tag").isEqualTo(published);
    assertThat(stripped.title()).as("the <title>").isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void aSavedPageBecomesOneArticleWithItsDeclaredDate(String page, List<String> article, List<String> furniture,
      String published) throws IOException {
    IngestOutcome outcome = new DocumentParser().parse("saved/" + page, read(page).getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
    RawArticle raw = ((IngestOutcome.Accepted) outcome).article();
    assertThat(raw.text()).contains(article.get(1));
    assertThat(raw.published()).isEqualTo(published);
    assertThat(raw.notes()).isEqualTo("HTML markup stripped");
  }

  static String read(String page) throws IOException {
    try (InputStream in = HtmlTextTest.class.getResourceAsStream("pages/" + page)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
