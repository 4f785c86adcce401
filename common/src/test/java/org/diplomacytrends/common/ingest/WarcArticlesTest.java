package org.diplomacytrends.common.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacytrends.common.ingest.Outcomes.accepted;
import static org.diplomacytrends.common.ingest.Outcomes.rejected;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * WARC files as crawlers write them, built byte by byte here (WARC/1.1 headers, HTTP responses
 * inside): one article per HTML or text capture, every other capture accounted for.
 */
class WarcArticlesTest {
  private static final String PAGE = "<!DOCTYPE html><html><head><title>Sichuan delegation visits Hungary</title></head><body>"
      + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Sichuan delegation visits Hungary</h1>"
      + "<p>A delegation from Sichuan province visited Budapest on 3 May and met the mayor of the city.</p>"
      + "<p>The two sides signed an agreement on tourism and education exchanges.</p></article>"
      + "<footer class='site-footer'>© Example News</footer></body></html>";

  @Test
  void eachHtmlCaptureIsAnArticleWithItsUrlAndDate() {
    byte[] warc = concat(
        record("warcinfo", null, "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.UTF_8)),
        record("request", "https://news.example/a/1", "application/http; msgtype=request",
            "GET /a/1 HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        response("https://news.example/a/1", 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)),
        response("https://news.example/old", 301, "text/html", "<a href='/a/1'>moved</a>".getBytes(StandardCharsets.UTF_8)),
        response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
        record("resource", "file:///notes/visit.txt", "text/plain",
            "黑龙江省代表团6月访问俄罗斯哈巴罗夫斯克边疆区。".getBytes(StandardCharsets.UTF_8)));

    List<IngestOutcome> outcomes = read("crawl/news.warc", warc);

    assertThat(outcomes).as("two requests-free, info-free inputs: 2 articles + 2 rejections").hasSize(4);
    RawArticle page = accepted(outcomes.get(0));
    assertThat(page.url()).isEqualTo("https://news.example/a/1");
    assertThat(page.published()).as("no date declared by the page: the capture date").isEqualTo("2024-05-04T10:00:00Z");
    assertThat(page.lineNumber()).as("the record number among the captures").isEqualTo(1);
    assertThat(page.text()).contains("met the mayor of the city", "signed an agreement").doesNotContain("Home", "© Example News");
    assertThat(page.title()).isEqualTo("Sichuan delegation visits Hungary");
    assertThat(rejected(outcomes.get(1)).reason()).isEqualTo(RejectionReason.NOT_AN_ARTICLE);
    assertThat(rejected(outcomes.get(1)).detail()).isEqualTo("record 2 (https://news.example/old): HTTP status 301");
    assertThat(rejected(outcomes.get(2)).detail()).contains("image/png is not HTML or text");
    assertThat(accepted(outcomes.get(3)).text()).isEqualTo("黑龙江省代表团6月访问俄罗斯哈巴罗夫斯克边疆区。");
  }

  @Test
  void gzipRecordsAndGzipContentEncodingAreRead() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(body)) {
      gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
        + body.size() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body.toByteArray());
    byte[] warc = concat(gzip(record("response", "https://news.example/gz", "application/http; msgtype=response", http)),
        gzip(response("https://news.example/plain", 200, "text/plain", "Plain text capture.".getBytes(StandardCharsets.UTF_8))));

    List<IngestOutcome> outcomes = read("CC-NEWS-20240504.warc.gz", warc);

    assertThat(outcomes).hasSize(2);
    assertThat(accepted(outcomes.get(0)).text()).contains("met the mayor of the city");
    assertThat(accepted(outcomes.get(1)).text()).isEqualTo("Plain text capture.");
  }

  @Test
  void aFileThatBreaksOffEndsWithARejectionNamingTheRecord() {
    byte[] whole = concat(response("https://news.example/a", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)),
        response("https://news.example/b", 200, "text/html", PAGE.replace("Budapest", "Szeged").getBytes(StandardCharsets.UTF_8)));
    byte[] truncated = Arrays.copyOf(whole, whole.length - 200);

    List<IngestOutcome> outcomes = read("broken.warc", truncated);

    assertThat(accepted(outcomes.get(0)).text()).contains("Budapest");
    assertThat(outcomes).as("every capture is accounted for").hasSize(2);
    Rejection last = rejected(outcomes.get(1));
    assertThat(last.reason()).isIn(RejectionReason.MALFORMED_WARC);
    assertThat(last.lineNumber()).isEqualTo(2);
  }

  @Test
  void notAWarcAndAnEmptyWarcAreRejectedWhole() {
    assertThat(rejected(read("notes.warc", "just some text\n".getBytes(StandardCharsets.UTF_8)).get(0)).reason())
        .isEqualTo(RejectionReason.MALFORMED_WARC);
    List<IngestOutcome> infoOnly = read("info.warc",
        record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(rejected(infoOnly.get(0)).detail()).isEqualTo("no response or resource records");
  }

  @Test
  void aCaptureOverTheLimitIsRejectedAndTheNextOneRead() {
    byte[] warc = concat(response("https://news.example/big", 200, "text/html", PAGE.repeat(20).getBytes(StandardCharsets.UTF_8)),
        response("https://news.example/small", 200, "text/plain", "Small capture.".getBytes(StandardCharsets.UTF_8)));
    List<IngestOutcome> outcomes = new ArrayList<>();
    try (RecordStream stream = new DocumentParser(ArticleColumns.DEFAULT, 4096).parseStream("big.warc", new ByteArrayInputStream(warc))) {
      stream.forEachRemaining(outcomes::add);
    }
    assertThat(rejected(outcomes.get(0)).reason()).isEqualTo(RejectionReason.TOO_LARGE);
    assertThat(accepted(outcomes.get(1)).text()).isEqualTo("Small capture.");
  }

  private static List<IngestOutcome> read(String name, byte[] warc) {
    assertThat(DocumentParser.isStreamed(name)).isTrue();
    List<IngestOutcome> outcomes = new ArrayList<>();
    try (RecordStream stream = new DocumentParser().parseStream(name, new ByteArrayInputStream(warc))) {
      stream.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static byte[] response(String uri, int status, String contentType, byte[] body) {
    byte[] http = concat(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body);
    return record("response", uri, "application/http; msgtype=response", http);
  }

  private static int ids;

  /** One WARC/1.1 record: headers, the block, two CRLFs. */
  private static byte[] record(String type, String uri, String contentType, byte[] block) {
    String headers = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
        + String.format("%012d", ++ids) + ">\r\nWARC-Date: 2024-05-04T10:00:00Z\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(headers.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
