package org.diplomacytrends.common.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentParserTest {
  private final DocumentParser parser = new DocumentParser();

  @Test
  void jsonLinesKeepGoodLinesAndQuarantineBadOnes() {
    String jsonl = String.join("\n",
        "{\"id\":\"a1\",\"title\":\"T\",\"published\":\"2024-03-05\",\"lang\":\"en\",\"text\":\"Yunnan delegation visited Laos.\"}",
        "{not json",
        "",
        "{\"id\":\"a3\",\"title\":\"no text here\"}",
        "[1,2]",
        "{\"text\":\"Second article.\\r\\nWith CRLF.\"}");
    List<IngestOutcome> outcomes = parser.parse("s3a://bucket/feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

    assertThat(outcomes).as("one outcome per non-blank line").hasSize(5);
    RawArticle first = ((IngestOutcome.Accepted) outcomes.get(0)).article();
    assertThat(first.lineNumber()).isEqualTo(1);
    assertThat(first.externalId()).isEqualTo("a1");
    assertThat(first.published()).isEqualTo("2024-03-05");
    Rejection malformed = ((IngestOutcome.Rejected) outcomes.get(1)).rejection();
    assertThat(malformed.reason()).isEqualTo(RejectionReason.MALFORMED_JSON);
    assertThat(malformed.lineNumber()).as("line number of the malformed line").isEqualTo(2);
    Rejection missing = ((IngestOutcome.Rejected) outcomes.get(2)).rejection();
    assertThat(missing.reason()).isEqualTo(RejectionReason.MISSING_TEXT);
    assertThat(missing.lineNumber()).isEqualTo(4);
    assertThat(missing.detail()).contains("id, title");
    assertThat(((IngestOutcome.Rejected) outcomes.get(3)).rejection().reason()).isEqualTo(RejectionReason.MALFORMED_JSON);
    RawArticle last = ((IngestOutcome.Accepted) outcomes.get(4)).article();
    assertThat(last.text()).as("line ends normalised").isEqualTo("Second article.\nWith CRLF.");
    assertThat(last.lineNumber()).isEqualTo(6);
  }

  @Test
  void sameTextSameIdWhateverTheWrapping() {
    String text = "浙江省代表团访问日本静冈县。";
    RawArticle plain = ((IngestOutcome.Accepted) parser.parse("a.txt", (text + "\r\n").getBytes(StandardCharsets.UTF_8)).get(0)).article();
    RawArticle gbk = ((IngestOutcome.Accepted) parser.parse("b.txt", text.getBytes(java.nio.charset.Charset.forName("GB18030"))).get(0)).article();
    assertThat(plain.articleId()).as("UTF-8 and GB18030 copies of one article").isEqualTo(gbk.articleId()).hasSize(32);
  }

  @Test
  void unsupportedAndBlankInputsAreAccountedFor() {
    assertThat(parser.parse("notes.docx", new byte[] {1, 2}))
        .singleElement()
        .satisfies(o -> assertThat(((IngestOutcome.Rejected) o).rejection().reason()).isEqualTo(RejectionReason.UNSUPPORTED_FORMAT));
    assertThat(parser.parse("blank.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)))
        .singleElement()
        .satisfies(o -> assertThat(((IngestOutcome.Rejected) o).rejection().reason()).isEqualTo(RejectionReason.BLANK));
  }

  @Test
  void htmlSavedAsTextIsStrippedToItsVisibleText() {
    String html = "<!DOCTYPE html><html><head><title>省外办新闻</title><style>p{color:red}</style>"
        + "<script>var x = '<p>not text</p>';</script></head><body><nav>首页 | 新闻</nav>"
        + "<h1>云南省代表团访问老挝</h1><p>6月5日，代表团抵达万象。</p><p>双方签署2项协议。</p></body></html>";
    RawArticle article = ((IngestOutcome.Accepted) parser.parse("page.txt", html.getBytes(StandardCharsets.UTF_8)).get(0)).article();
    assertThat(article.text()).as("visible text, one block per line")
        .isEqualTo("云南省代表团访问老挝\n6月5日，代表团抵达万象。\n双方签署2项协议。");
    assertThat(article.title()).isEqualTo("省外办新闻");
    assertThat(article.notes()).isEqualTo("HTML markup stripped");
  }

  @Test
  void plainTextWithAnAngleBracketIsNotHtml() {
    assertThat(HtmlText.looksLikeHtml("Trade grew <5% while exports rose. The <b> tag is rare.")).isFalse();
  }
}
