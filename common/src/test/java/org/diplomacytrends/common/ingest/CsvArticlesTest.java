package org.diplomacytrends.common.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacytrends.common.ingest.Outcomes.accepted;
import static org.diplomacytrends.common.ingest.Outcomes.rejected;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Article tables in CSV and TSV: one article per row, every row accounted for. */
class CsvArticlesTest {

  @Test
  void eachRowIsAnArticleWithTheMetadataColumnsTheHeaderHas() {
    String csv = "\uFEFFid,title,body,published,url,extra\n"
        + "a1,Visit,\"江苏省代表团访问德国，\n签署2项协议。\",2024-03-02,https://example.cn/a1,x\n"
        + "a2,Empty,,2024-03-03,,x\n"
        + "a3,\"Quoted, title\",\"Jiangsu received a delegation from Vietnam.\",,,x\n";
    ArticleColumns columns = new ArticleColumns("body", "id", "url", "title", "published", "lang", "source");

    List<IngestOutcome> outcomes = read("table.csv", csv, columns);

    assertThat(outcomes).hasSize(3);
    RawArticle first = accepted(outcomes.get(0));
    assertThat(first.text()).as("a quoted field spans lines").isEqualTo("江苏省代表团访问德国，\n签署2项协议。");
    assertThat(first.externalId()).isEqualTo("a1");
    assertThat(first.url()).isEqualTo("https://example.cn/a1");
    assertThat(first.published()).isEqualTo("2024-03-02");
    assertThat(first.lang()).as("no lang column in this table").isNull();
    assertThat(first.lineNumber()).as("row number").isEqualTo(1);
    Rejection empty = rejected(outcomes.get(1));
    assertThat(empty.reason()).isEqualTo(RejectionReason.MISSING_TEXT);
    assertThat(empty.detail()).isEqualTo("row 2: column 'body' is empty");
    assertThat(accepted(outcomes.get(2)).title()).isEqualTo("Quoted, title");
  }

  @Test
  void aTableWithoutTheTextColumnIsRejectedWholeNamingItsColumns() {
    List<IngestOutcome> outcomes = read("table.csv", "id,content\n1,Some text\n", ArticleColumns.DEFAULT);
    assertThat(outcomes).singleElement().satisfies(o -> {
      assertThat(rejected(o).reason()).isEqualTo(RejectionReason.MISSING_TEXT);
      assertThat(rejected(o).detail()).contains("no column 'text'", "columns: id, content");
    });
  }

  @Test
  void tabSeparatedAndHeaderOnlyTables() {
    assertThat(accepted(read("t.tsv", "text\tlang\nShandong signed 3 agreements.\ten\n", ArticleColumns.DEFAULT).get(0)).lang())
        .isEqualTo("en");
    assertThat(rejected(read("t.csv", "text,lang\n", ArticleColumns.DEFAULT).get(0)).reason()).isEqualTo(RejectionReason.BLANK);
  }

  @Test
  void aBrokenRowIsRejectedAndEveryRowIsAccountedFor() {
    String csv = "text,id\n"
        + "First article text.,1\n"
        + "\"An unterminated quote, then the end of the file\n";
    List<IngestOutcome> outcomes = read("broken.csv", csv, ArticleColumns.DEFAULT);
    assertThat(accepted(outcomes.get(0)).externalId()).isEqualTo("1");
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(2);
    assertThat(outcomes.subList(1, outcomes.size())).allSatisfy(o ->
        assertThat(rejected(o).reason()).isEqualTo(RejectionReason.MALFORMED_TABLE));
    assertThat(rejected(outcomes.get(1)).detail()).startsWith("row 2: ");
  }

  private static List<IngestOutcome> read(String name, String content, ArticleColumns columns) {
    List<IngestOutcome> outcomes = new ArrayList<>();
    try (RecordStream stream = new DocumentParser(columns, Long.MAX_VALUE)
        .parseStream(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))) {
      stream.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }
}
