package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The inputs a data engineer brings, each through the whole pipeline: a gzip WARC written by a
 * crawler library (jwarc), a folder of saved HTML pages with their navigation and footers, a CSV
 * and a Parquet article table (written by Spark). Each becomes articles with their metadata and
 * facts; each bad record is quarantined with its reason; the run accounts for every input.
 */
class InputFormatsTest {
  private static SparkSession spark;
  private static PipelineConfig config;
  private static PipelineJob.Result result;
  private static Map<String, Row> articleByUrl;
  private static List<Row> rejected;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runOnEveryFormat() throws IOException {
    spark = SharedSpark.start();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));

    try (WarcWriter warc = new WarcWriter(java.nio.channels.FileChannel.open(corpus.resolve("crawl-20240504.warc.gz"),
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      warc.write(capture("https://news.example.cn/2024/0503/sichuan.html", 200, page("四川省代表团访问匈牙利",
          "5月3日，四川省代表团访问匈牙利布达佩斯，与布达佩斯市长会谈，双方签署2项合作协议。")));
      warc.write(capture("https://news.example.cn/missing.html", 404, "<html><body>Not found</body></html>"));
    }
    Path pages = Files.createDirectories(corpus.resolve("saved-pages"));
    Files.writeString(pages.resolve("yunnan.html"), page("云南省代表团访问老挝",
        "2024年6月5日，云南省代表团访问老挝万象，会见老挝副总理，并签署3项合作协议。"));
    Files.writeString(pages.resolve("gansu.htm"), page("Gansu receives Kazakh delegation",
        "On 12 April 2024 Gansu Province received a delegation from Kazakhstan in Lanzhou; the sides signed one agreement."));
    Files.writeString(corpus.resolve("articles.csv"), "id,url,published,text\n"
        + "c1,https://example.org/c1,2024-03-02,\"Shandong Province sent a delegation to South Korea in March 2024.\n"
        + "The delegation met the governor of Gyeonggi Province.\"\n"
        + "c2,https://example.org/c2,2024-03-03,\n", StandardCharsets.UTF_8);
    StructType schema = new StructType().add("id", "string").add("text", "string").add("url", "string")
        .add("published", "date").add("lang", "string");
    Path parquetOut = dir.resolve("parquet-out");
    spark.createDataFrame(List.of(
            RowFactory.create("p1", "2024年9月，浙江省代表团访问日本静冈县，双方签署友好交流协议。", "https://example.org/p1",
                Date.valueOf("2024-09-10"), "zh"),
            RowFactory.create("p2", null, "https://example.org/p2", Date.valueOf("2024-09-11"), "zh")), schema)
        .coalesce(1).write().parquet(parquetOut.toString());
    try (var parts = Files.list(parquetOut)) {
      Path part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(part, corpus.resolve("articles.parquet"));
    }
    Files.write(corpus.resolve("broken.parquet"), "PAR1 this is not parquet".getBytes(StandardCharsets.US_ASCII));

    config = SharedSpark.config(dir, corpus.toString());
    result = PipelineJob.run(spark, config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    articleByUrl = store.read(Tables.ARTICLES).filter("url IS NOT NULL").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("url"), r -> r));
    rejected = store.read(Tables.REJECTED_INPUTS).orderBy("source", "source_line").collectAsList();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void aWarcCaptureIsAnArticleWithItsUrlDateAndFacts() {
    Row sichuan = articleByUrl.get("https://news.example.cn/2024/0503/sichuan.html");
    assertThat(sichuan).as("the 200 capture became an article with its target URI as url").isNotNull();
    assertThat((String) sichuan.getAs("province_code")).isEqualTo("CN-SC");
    assertThat(sichuan.<Integer>getAs("activity_year")).as("from the capture date and the text").isEqualTo(2024);
    assertThat(sichuan.getList(sichuan.fieldIndex("partner_countries"))).contains("HUN");
    assertThat(rejectionOf("crawl-20240504.warc.gz")).as("the 404 capture").isEqualTo("not_an_article");
  }

  @Test
  void savedPagesKeepTheirArticleAndLoseTheirFurniture() {
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    List<Row> raw = store.read(Tables.ARTICLES_RAW).filter("source LIKE '%saved-pages%'").collectAsList();
    assertThat(raw).hasSize(2);
    for (Row row : raw) {
      String text = row.getAs("text");
      assertThat(text).as("navigation, related links and footer are gone").doesNotContain("Home", "Related news", "All rights reserved");
      assertThat((String) row.getAs("published")).as("the page's meta date").isEqualTo("2024-06-05");
    }
    assertThat(store.read(Tables.ARTICLES).filter("province_code = 'CN-YN' AND array_contains(partner_countries, 'LAO')").count())
        .isEqualTo(1);
  }

  @Test
  void tableRowsAreArticlesAndEmptyRowsAreQuarantined() {
    Row csv = articleByUrl.get("https://example.org/c1");
    assertThat((String) csv.getAs("province_code")).isEqualTo("CN-SD");
    Row parquet = articleByUrl.get("https://example.org/p1");
    assertThat((String) parquet.getAs("province_code")).isEqualTo("CN-ZJ");
    assertThat(parquet.getList(parquet.fieldIndex("partner_countries"))).contains("JPN");
    assertThat(rejectionOf("articles.csv")).isEqualTo("missing_text");
    assertThat(rejectionOf("articles.parquet")).isEqualTo("missing_text");
    assertThat(rejectionOf("broken.parquet")).isEqualTo("malformed_table");
    Row emptyRow = rejected.stream().filter(r -> ((String) r.getAs("source")).endsWith("articles.parquet")).findFirst().orElseThrow();
    assertThat(emptyRow.<Integer>getAs("source_line")).as("the row number").isEqualTo(2);
    assertThat((String) emptyRow.getAs("detail")).isEqualTo("row 2: column 'text' is empty");
  }

  @Test
  void everyRecordIsAccountedFor() {
    assertThat(result.ingest().records()).as("2 captures + 2 pages + 2 CSV rows + 2 Parquet rows + 1 broken file").isEqualTo(9);
    assertThat(result.ingest().accepted()).isEqualTo(5);
    assertThat(result.ingest().rejected()).isEqualTo(4);
    assertThat(rejected).hasSize(4);
  }

  private static String rejectionOf(String file) {
    return rejected.stream().filter(r -> ((String) r.getAs("source")).endsWith(file)).map(r -> (String) r.getAs("reason"))
        .findFirst().orElse(null);
  }

  private static String page(String headline, String paragraph) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"2024-06-05\"><title>" + headline
        + "</title></head><body><div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
        + "<div class=\"content\"><h1>" + headline + "</h1><p>" + paragraph + "</p></div>"
        + "<div class=\"related\"><h3>Related news</h3><ul><li><a href=\"/1\">Another story</a></li></ul></div>"
        + "<div class=\"footer\">© Example. All rights reserved.</div></body></html>";
  }

  private static WarcResponse capture(String uri, int status, String html) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(uri).date(Instant.parse("2024-05-04T10:00:00Z")).body(http).build();
  }
}
