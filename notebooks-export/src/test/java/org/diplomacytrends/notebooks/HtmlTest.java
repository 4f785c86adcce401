package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping: data never becomes markup, in the report or in a notebook's HTML output. */
class HtmlTest {

  @Test
  void escapesMarkupAmpersandsAndQuotes() {
    assertThat(Html.escape("<script>alert('x')</script>"))
        .as("a script tag in an article title")
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(Html.escape("AT&T \"quoted\" & 'single'"))
        .as("ampersands and both quote kinds")
        .isEqualTo("AT&amp;T &quot;quoted&quot; &amp; &#39;single&#39;");
    assertThat(Html.escape("&amp;")).as("an entity in the data is shown as typed, not decoded").isEqualTo("&amp;amp;");
    assertThat(Html.escape(null)).as("null").isEmpty();
  }

  @Test
  void leavesChineseJapaneseKoreanAndCyrillicAlone() {
    String text = "黑龙江省代表团 ロシア 경기도 Хабаровск";
    assertThat(Html.escape(text)).as("non-ASCII text passes through").isEqualTo(text);
  }

  @Test
  void tablesEscapeEveryCell() {
    DataTable table = new DataTable(List.of("title", "<b>col</b>"),
        List.of(List.of("<img src=x onerror=alert(1)>", 3L)), false);
    assertThat(table.toHtml()).as("report table")
        .contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;col&lt;/b&gt;")
        .doesNotContain("<img", "<b>");
    assertThat(table.toPandasHtml("None")).as("notebook table")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img");
  }
}
