package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.ingest.IngestOutcome;
import org.diplomacytrends.common.ingest.RejectionReason;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad inputs (docs/INPUTS.md), each through the real pipeline: extracted, or
 * quarantined with its reason; the run's accounting adds up.
 */
class HostileInputTest {
  private static final String ARTICLE =
      "2024-06-05\n云南省人民政府代表团访问老挝琅南塔省，双方签署2项合作协议。代表团还会见了老挝国家副主席。";
  private static final String ARTICLE_TWO =
      "Harbin, 2023-09-14. A delegation of Heilongjiang Province visited Vladivostok and signed three agreements.";

  private static SparkSession spark;
  private static PipelineConfig config;
  private static PipelineJob.Result result;
  private static Map<String, Row> rejectedByName;
  private static Map<String, Row> rawByName;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runOnTheCatalogue() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "empty.txt", new byte[0]);
    write(corpus, "blank.txt", " \n\t \r\n".getBytes(StandardCharsets.UTF_8));
    write(corpus, "png.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    write(corpus, "jpeg.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
    write(corpus, "pdf.txt", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    write(corpus, "zip.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    write(corpus, "nul.txt", "text with a \0 NUL byte".getBytes(StandardCharsets.US_ASCII));
    String russian = "Делегация провинции Хэйлунцзян прибыла в Благовещенск, где стороны подписали два соглашения о сотрудничестве.";
    write(corpus, "gb18030.txt", "黑龙江省代表团访问俄罗斯阿穆尔州，双方签署三项经贸合作协议，并就口岸建设交换意见。".getBytes(Charset.forName("GB18030")));
    write(corpus, "big5.txt", "廣西壯族自治區代表團訪問香港，雙方簽署八項合作備忘錄，涵蓋貿易與物流。".getBytes(Charset.forName("Big5")));
    write(corpus, "sjis.txt", "吉林省の代表団は鳥取県を訪問し、知事と会談した。両者は覚書二件に調印した。".getBytes(Charset.forName("Shift_JIS")));
    write(corpus, "euckr.txt", "산둥성 대표단이 경기도를 방문하여 도지사와 회담하고 협약 세 건을 체결했다.".getBytes(Charset.forName("EUC-KR")));
    write(corpus, "cp1251.txt", russian.getBytes(Charset.forName("windows-1251")));
    write(corpus, "bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "浙江省代表团访问日本静冈县。".getBytes(StandardCharsets.UTF_8)));
    write(corpus, "invalid-utf8.txt", concat(("湖南省代表团访问德国。".repeat(30)).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}));
    write(corpus, "crlf.txt", "Line one of a report.\r\nLine two.\r\n".getBytes(StandardCharsets.UTF_8));
    write(corpus, "cr.txt", "First line.\rSecond line.\r".getBytes(StandardCharsets.UTF_8));
    write(corpus, "page.txt", ("<!DOCTYPE html><html><head><title>外事新闻</title><script>x()</script></head><body>"
        + "<p>四川省代表团访问法国。</p><p>双方签署1项协议。</p></body></html>").getBytes(StandardCharsets.UTF_8));
    write(corpus, "dates.txt", "2024-13-45\n2031-01-01\n山东省代表团访问韩国。".getBytes(StandardCharsets.UTF_8));
    write(corpus, "future.txt", "2031-01-01\n江西省代表团访问印度。".getBytes(StandardCharsets.UTF_8));
    write(corpus, "supplementary.txt", "江苏省代表团访问𠮷野町，签署两项协议。😀".getBytes(StandardCharsets.UTF_8));
    write(corpus, "notes.docx", new byte[] {'P', 'K', 3, 4});
    write(corpus, "copy-utf8.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    write(corpus, "copy-gb18030.txt", ARTICLE.getBytes(Charset.forName("GB18030")));
    write(corpus, "too-large.txt", ("江苏省代表团访问英国。\n".repeat(120_000)).getBytes(StandardCharsets.UTF_8));
    Files.writeString(corpus.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"f1\",\"text\":" + json(ARTICLE_TWO) + "}",
        "{\"id\":\"f2\",\"text\":\"unterminated",
        "{\"id\":\"f3\",\"title\":\"no text\"}",
        "{\"id\":\"f4\",\"text\":" + json("Line with a long body. " + "Guangdong Province expanded trade with Brazil. ".repeat(22_000)) + "}"),
        StandardCharsets.UTF_8);
    StringBuilder large = new StringBuilder();
    for (int line = 1; line <= 300; line++) {
      large.append(line == 277 ? "{broken json" : "{\"text\":\"Article " + line + ": Jilin Province met a delegation from Mongolia. "
          + "x".repeat(11_000) + "\"}").append('\n');
    }
    Files.writeString(corpus.resolve("large.jsonl"), large, StandardCharsets.UTF_8);
    Files.createSymbolicLink(corpus.resolve("broken-link.txt"), corpus.resolve("gone.txt"));

    spark = SharedSpark.start();
    config = SharedSpark.config(dir, corpus.toString());
    config.ingest.maxFileBytes = 2L * 1024 * 1024;
    config.ingest.jsonlSplitBytes = 1024 * 1024;
    result = PipelineJob.run(spark, config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    rejectedByName = store.read(Tables.REJECTED_INPUTS).collectAsList().stream()
        .collect(Collectors.toMap(r -> name(r.getAs("source")) + lineSuffix(r), r -> r));
    rawByName = new HashMap<>();
    for (Row row : store.read(Tables.ARTICLES_RAW).collectAsList()) {
      for (Object source : row.getList(row.fieldIndex("sources"))) {
        rawByName.put(name((String) source), row);
      }
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void quarantinedInputsCarryTheirReason() {
    Map<String, String> reasons = new HashMap<>();
    rejectedByName.forEach((name, row) -> reasons.put(name, row.getAs("reason")));
    assertThat(reasons).as("rejected inputs and reasons").containsAllEntriesOf(Map.ofEntries(
        Map.entry("empty.txt", "empty"),
        Map.entry("blank.txt", "blank"),
        Map.entry("png.txt", "binary"),
        Map.entry("jpeg.txt", "binary"),
        Map.entry("pdf.txt", "binary"),
        Map.entry("zip.txt", "binary"),
        Map.entry("nul.txt", "binary"),
        Map.entry("notes.docx", "unsupported_format"),
        Map.entry("too-large.txt", "too_large"),
        Map.entry("feed.jsonl#L2", "malformed_json"),
        Map.entry("feed.jsonl#L3", "missing_text"),
        Map.entry("large.jsonl#L277", "malformed_json"),
        Map.entry("broken-link.txt", "unreadable")));
    assertThat(reasons).as("nothing else is rejected").hasSize(13);
    assertThat(rejectedByName.get("too-large.txt").<String>getAs("detail")).contains("over the limit of 2097152 bytes");
    assertThat(rejectedByName.get("broken-link.txt").<String>getAs("detail")).contains("gone.txt");
  }

  @Test
  void legacyEncodingsAreDecodedAndRepairsNoted() {
    assertThat(encoding("gb18030.txt")).isEqualTo("GB18030");
    assertThat(encoding("big5.txt")).isEqualTo("Big5");
    assertThat(encoding("sjis.txt")).isEqualTo("Shift_JIS");
    assertThat(encoding("euckr.txt")).isEqualTo("EUC-KR");
    assertThat(encoding("cp1251.txt")).isEqualTo("windows-1251");
    assertThat(text("cp1251.txt")).startsWith("Делегация провинции Хэйлунцзян");
    assertThat(text("bom.txt")).as("BOM removed").isEqualTo("浙江省代表团访问日本静冈县。");
    assertThat(rawByName.get("invalid-utf8.txt").<String>getAs("notes")).contains("invalid UTF-8");
    assertThat(text("crlf.txt")).isEqualTo("Line one of a report.\nLine two.");
    assertThat(text("cr.txt")).isEqualTo("First line.\nSecond line.");
    assertThat(text("page.txt")).isEqualTo("四川省代表团访问法国。\n双方签署1项协议。");
    assertThat(rawByName.get("page.txt").<String>getAs("title")).isEqualTo("外事新闻");
  }

  @Test
  void theSameArticleTwiceIsOneArticleWithBothSources() {
    Row copy = rawByName.get("copy-utf8.txt");
    assertThat(rawByName.get("copy-gb18030.txt")).as("same row for both copies").isEqualTo(copy);
    assertThat(copy.getList(copy.fieldIndex("sources")).stream().map(s -> name((String) s)).toList())
        .containsExactlyInAnyOrder("copy-utf8.txt", "copy-gb18030.txt");
    assertThat(result.ingest().duplicates()).as("duplicate inputs in the run").isEqualTo(1);
  }

  @Test
  void largeJsonLinesAreReadInSplitsWithExactLineNumbers() {
    long articlesFromLarge = rawByName.keySet().stream().filter(n -> n.startsWith("large.jsonl")).count();
    assertThat(articlesFromLarge).as("articles read from the 3 MB JSON Lines file").isEqualTo(299);
    Row line42 = rawByName.get("large.jsonl#L42");
    assertThat(line42.<String>getAs("text")).as("line 42 is the 42nd article").startsWith("Article 42:");
    assertThat(rawByName.get("feed.jsonl#L4").<Integer>getAs("text_chars")).as("1 MB line kept").isGreaterThan(1_000_000);
  }

  @Test
  void textLengthsCountUtf16UnitsAsEvidenceOffsetsDo() {
    Row raw = rawByName.get("supplementary.txt");
    String text = raw.getAs("text");
    assertThat(text.codePointCount(0, text.length())).as("two characters outside the BMP").isEqualTo(text.length() - 2);
    assertThat(raw.<Integer>getAs("text_chars")).as("bronze text_chars").isEqualTo(text.length());
    Row silver = new DeltaTableStore(spark, config.warehouse).read(Tables.ARTICLES)
        .filter(org.apache.spark.sql.functions.col("source").endsWith("supplementary.txt")).first();
    assertThat(silver.<Integer>getAs("text_chars")).as("silver text_chars").isEqualTo(text.length());
  }

  @Test
  void impossibleAndFutureDatesGiveNoDateNotACrash() {
    Row dates = new DeltaTableStore(spark, config.warehouse).read(Tables.ARTICLES)
        .filter(org.apache.spark.sql.functions.col("source").endsWith("dates.txt")).first();
    assertThat(dates.<Object>getAs("publish_date")).as("2024-13-45 and 2031-01-01 are not publish dates").isNull();
    assertThat(dates.<String>getAs("date_flag")).as("the ignored date is flagged").isEqualTo("impossible date ignored: 2024-13-45");
  }

  @Test
  void aFutureDateIsFlaggedAndNotUsed() {
    Row future = new DeltaTableStore(spark, config.warehouse).read(Tables.ARTICLES)
        .filter(org.apache.spark.sql.functions.col("source").endsWith("future.txt")).first();
    assertThat(future.<Object>getAs("publish_date")).isNull();
    assertThat(future.<String>getAs("date_flag")).isEqualTo("future date ignored: 2031-01-01");
  }

  @Test
  void everyInputIsAccountedForInTheRunsTable() {
    Row run = new DeltaTableStore(spark, config.warehouse).read(Tables.RUNS).first();
    long inputs = run.getAs("inputs");
    assertThat(run.<String>getAs("status")).isEqualTo("succeeded");
    assertThat(inputs).as("inputs = accepted + rejected + duplicates")
        .isEqualTo(run.<Long>getAs("accepted") + run.<Long>getAs("rejected") + run.<Long>getAs("duplicates"));
    assertThat(run.<Long>getAs("rejected")).isEqualTo(13);
  }

  @Test
  void aFileThatVanishesBeforeItIsReadIsQuarantined() {
    List<IngestOutcome> outcomes = IngestJob.ParseFiles.read(new org.apache.hadoop.conf.Configuration(),
        dir.resolve("vanished.txt").toUri().toString());
    assertThat(outcomes).singleElement().satisfies(outcome ->
        assertThat(((IngestOutcome.Rejected) outcome).rejection().reason()).isEqualTo(RejectionReason.UNREADABLE));
  }

  private static String encoding(String name) {
    return rawByName.get(name).getAs("encoding");
  }

  private static String text(String name) {
    return rawByName.get(name).getAs("text");
  }

  private static String lineSuffix(Row rejected) {
    Object line = rejected.getAs("source_line");
    return line == null ? "" : "#L" + line;
  }

  private static String name(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static void write(Path dir, String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
