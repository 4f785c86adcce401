package org.diplomacytrends.common.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The articles of a WARC file (plain or gzip-compressed, as Common Crawl, Heritrix and
 * {@code wget --warc-file} write it), read record by record from the stream with jwarc.
 *
 * <p>Each {@code response} and {@code resource} record is an input: an HTML or text capture with
 * a 2xx status becomes an article whose url is the record's target URI and whose publish date is
 * the one the page declares, else the capture date (WARC-Date: a crawl may capture a page years
 * after it was published). Other captures (a redirect, a 404, an image, a script) are rejected as
 * {@code not_an_article}. Records that never hold a page ({@code warcinfo}, {@code request},
 * {@code metadata}, {@code revisit}) are not inputs. A file that breaks off ends with a
 * {@code malformed_warc} rejection naming the record it broke at.
 */
final class WarcArticles extends OneByOneRecordStream {
  /** Payload types read as articles: pages and plain text. */
  private static final Set<String> ARTICLE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

  private final String source;
  private final InputStream in;
  private final TextDecoder decoder;
  private final long maxRecordBytes;
  private WarcReader reader;
  private IngestOutcome notAWarc;
  private int record;
  private boolean lastCaptureBroken;

  WarcArticles(String source, InputStream in, TextDecoder decoder, long maxRecordBytes) {
    this.source = source;
    this.in = in;
    this.decoder = decoder;
    this.maxRecordBytes = maxRecordBytes;
    try {
      reader = new WarcReader(in);
    } catch (IOException | RuntimeException e) {
      notAWarc = DocumentParser.rejected(source, null, RejectionReason.MALFORMED_WARC, "not a WARC file: " + e.getMessage());
    }
  }

  /** The outcome of the next record, or null for a record that is not an input. */
  @Override
  protected IngestOutcome readNext() {
    if (reader == null) {
      finished();
      return notAWarc;
    }
    WarcRecord warc;
    try {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        finished();
        return record == 0 ? DocumentParser.rejected(source, null, RejectionReason.BLANK, "no response or resource records") : null;
      }
      warc = next.get();
    } catch (IOException | RuntimeException e) {
      finished();
      if (lastCaptureBroken && endOfFile(e)) {
        // The capture before broke off at the end of the file and is rejected already.
        return null;
      }
      return DocumentParser.rejected(source, record + 1, RejectionReason.MALFORMED_WARC, "record " + (record + 1)
          + " cannot be read (" + e.getMessage() + "); the rest of the file is not read");
    }
    if (!(warc instanceof WarcResponse) && !(warc instanceof WarcResource)) {
      return null;
    }
    record++;
    lastCaptureBroken = false;
    String where = "record " + record + " (" + ((WarcTargetRecord) warc).target() + "): ";
    try {
      MediaType type;
      InputStream body;
      if (warc instanceof WarcResponse response) {
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
          return reject(RejectionReason.NOT_AN_ARTICLE, where + "HTTP status " + http.status());
        }
        type = http.contentType();
        body = http.bodyDecoded().stream();
      } else {
        type = warc.contentType();
        body = warc.body().stream();
      }
      String base = type.base().toString();
      if (!ARTICLE_TYPES.contains(base)) {
        return reject(RejectionReason.NOT_AN_ARTICLE, where + "content type " + base + " is not HTML or text");
      }
      // One byte over the limit tells a capture over it from one at it.
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes) + 1);
      if (bytes.length > maxRecordBytes) {
        return reject(RejectionReason.TOO_LARGE, where + "the payload is over the limit of " + maxRecordBytes
            + " bytes (ingest.max-file-bytes)");
      }
      DecodedText decoded = decoder.decode(bytes);
      if (!decoded.succeeded()) {
        return reject(decoded.failure(), where + decoded.detail());
      }
      String url = ((WarcTargetRecord) warc).target();
      IngestOutcome outcome = DocumentParser.article(source, record, decoded.text(), decoded.encoding(), decoded.detail(),
          new RecordMetadata(null, url, null, null, null, null), RejectionReason.BLANK, where);
      if (outcome instanceof IngestOutcome.Accepted accepted && accepted.article().published() == null) {
        return new IngestOutcome.Accepted(accepted.article().withPublished(warc.date().toString()));
      }
      return outcome;
    } catch (IOException | RuntimeException e) {
      lastCaptureBroken = true;
      return reject(RejectionReason.MALFORMED_WARC, where + "the capture cannot be parsed: " + e.getMessage());
    }
  }

  /** jwarc reports a file cut short as an EOFException or as "expected N more bytes". */
  private static boolean endOfFile(Exception e) {
    return e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("more bytes");
  }

  private IngestOutcome reject(RejectionReason reason, String detail) {
    return DocumentParser.rejected(source, record, reason, detail);
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
