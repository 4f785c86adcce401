package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.diplomacytrends.common.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static LocalDate header(String text) {
    return DateParser.publishDate(TextNormalizer.get().normalizeTerm(text), TODAY);
  }

  @Test
  void readsHeaderDatesInTheGenresFormats() {
    assertThat(header("标题\n2024-01-15 17:18\n正文")).as("ISO with time").isEqualTo("2024-01-15");
    assertThat(header("时间:2024-04-23\n王雯")).as("时间:").isEqualTo("2024-04-23");
    assertThat(header("題\n  • リリース日:2024-01-15 17:18")).as("リリース日").isEqualTo("2024-01-15");
    assertThat(header("제목\n2024년 5월 21일 13:57")).as("Korean").isEqualTo("2024-05-21");
    assertThat(header("Заголовок\n21 мая 2024 г.")).as("Russian month name").isEqualTo("2024-05-21");
    assertThat(header("«人民網日本語版»2011年7月28日")).as("Japanese with source").isEqualTo("2011-07-28");
    assertThat(header("date 2025-10-22 По поручению губернатора представители региона посетят провинции.")).as("date marker")
        .isEqualTo("2025-10-22");
    assertThat(header("Ван Цзюньчжэн расширяет международную перспективу\n\n2018-05-04\n\nтекст")).as("alone on a line")
        .isEqualTo("2018-05-04");
    assertThat(header("Title\nUpdated: 2018-10-27")).as("Updated:").isEqualTo("2018-10-27");
    assertThat(header("シガツェ市の党政府代表団が吉林省へ考察\n2018/08/06     出所:")).as("slashes").isEqualTo("2018-08-06");
    assertThat(header("Published: May 20, 2011 11:25 PM")).as("English month name").isEqualTo("2011-05-20");
    assertThat(header("阮成发率云南省政府代表团访问老挝越南缅甸\n\n05.06.2019  11:52")).as("day first").isEqualTo("2019-06-05");
    assertThat(header("5\nиюня\n2018\n\nСостоялся первый визит")).as("broken over lines").isEqualTo("2018-06-05");
  }

  @Test
  void rejectsImpossibleAndFutureDatesWithoutThrowing() {
    assertThat(header("时间:2024-13-45")).as("month 13").isNull();
    assertThat(header("时间:2030-01-01")).as("after today").isNull();
    assertThat(header("")).as("empty").isNull();
    assertThat(DateParser.parseAny("not a date", TODAY)).as("metadata that is not a date").isNull();
    assertThat(DateParser.parseAny("2019-08-23T16:42:37Z", TODAY)).as("metadata timestamp").isEqualTo("2019-08-23");
  }

  @Test
  void ignoresDatesInTheBodyAndEraDates() {
    String body = "【外事接待】2021年,海口市紧紧围绕海南自贸港建设,不断深化对外交流合作。".repeat(8)
        + "\n2021 年11 月20 日,第十四届海口—东盟国家驻广州总领事馆对话会举办。";
    assertThat(header(body)).as("a caption below the body is not the header").isNull();
    assertThat(header("福島県への訪問者\n令和6年9月30日(月曜日)")).as("era dates are not header dates").isNull();
  }

  @Test
  void findsDatesInsideTheText() {
    String text = TextNormalizer.get().normalizeTerm("1月9日から10日にかけて 令和6年 с 28 по 30 декабря 2018 года on Jan. 12");
    var mentions = DateParser.mentions(text, 0, text.length());
    assertThat(mentions).as("month-day, era year, Russian and English dates")
        .anyMatch(m -> m.month() != null && m.month() == 1 && m.day() != null && m.day() == 9 && m.year() == null)
        .anyMatch(m -> m.year() != null && m.year() == 2024)
        .anyMatch(m -> m.year() != null && m.year() == 2018 && m.month() != null && m.month() == 12 && m.day() == 30)
        .anyMatch(m -> m.month() != null && m.month() == 1 && m.day() != null && m.day() == 12);
  }

  @Test
  void readsDatesInUrlPaths() {
    assertThat(DateParser.fromUrl("http://www.example.gov.cn/art/2023/5/25/art_1229_123.html", TODAY))
        .as("/art/Y/M/D/").isEqualTo("2023-05-25");
    assertThat(DateParser.fromUrl("https://news.example.cn/content/2024-03/05/content_777.htm", TODAY))
        .as("/Y-M/D/").isEqualTo("2024-03-05");
    assertThat(DateParser.fromUrl("http://wb.example.gov.cn/zwgk/202403/t20240305_1234.html", TODAY))
        .as("t + YYYYMMDD").isEqualTo("2024-03-05");
    assertThat(DateParser.fromUrl("https://www.example.com/article/201906257806Y", TODAY))
        .as("an id that starts with the date").isEqualTo("2019-06-25");
    assertThat(DateParser.fromUrl("https://example.ru/news/2018-05-04-visit", TODAY)).as("ISO").isEqualTo("2018-05-04");
    assertThat(DateParser.fromUrl("https://example.com/news/1730328", TODAY)).as("a plain id").isNull();
    assertThat(DateParser.fromUrl("https://20240305.example.com/news", TODAY)).as("the host is not the path").isNull();
    assertThat(DateParser.fromUrl("https://example.com/2027/01/05/future", TODAY)).as("after today").isNull();
    assertThat(DateParser.fromUrl(null, TODAY)).as("no URL").isNull();
  }

  @Test
  void saysWhyAHeaderDateWasIgnored() {
    assertThat(DateParser.ignoredHeaderDate("标题\n2024-13-45\n正文", TODAY)).as("impossible")
        .isEqualTo("impossible date ignored: 2024-13-45");
    assertThat(DateParser.ignoredHeaderDate("标题\n2027-01-02\n正文", TODAY)).as("future")
        .isEqualTo("future date ignored: 2027-01-02");
    assertThat(DateParser.ignoredHeaderDate("标题\n2024-01-02\n正文", TODAY)).as("a good date is no flag").isNull();
  }

  @Test
  void readsMinguoHeaderDatesAndDatelinesDatedByTheUrl() {
    assertThat(header("三明市市長拜會\n  • 發布日期:101-03-26\n\n正文")).as("Minguo 101 is 2012").isEqualTo("2012-03-26");
    assertThat(header("标题\n编号 101-03-26 之三\n正文")).as("no header marker, no Minguo date").isNull();
    String dateline = TextNormalizer.get().normalizeTerm("新華網北京8月11日(記者/趙博)香港特別行政区の行政長官は");
    assertThat(DateParser.datelineWithUrlYear(dateline, LocalDate.of(2017, 8, 11))).as("month and day agree")
        .isEqualTo("2017-08-11");
    assertThat(DateParser.datelineWithUrlYear(dateline, LocalDate.of(2017, 8, 12))).as("another day").isNull();
    assertThat(DateParser.datelineWithUrlYear(dateline, null)).as("no URL date").isNull();
  }
}
