package org.diplomacytrends.common.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the bytes of a scraped file into text: recognises binary data, byte-order marks, UTF-8,
 * and the legacy encodings this corpus comes in (GB18030, Big5, Shift_JIS, EUC-KR,
 * windows-1251, and their near relatives), using ICU4J's statistical detector checked by a strict
 * decode. Thread-safe and stateless.
 */
public final class TextDecoder {

  /** Legacy encodings we accept, in the order tried when the detector has no usable answer. */
  private static final List<String> LEGACY_FALLBACK_ORDER =
      List.of("GB18030", "Big5", "Shift_JIS", "EUC-KR", "windows-1251");

  /** Everything ICU may answer that we are willing to decode with. */
  private static final Set<String> SUPPORTED =
      Set.of(
          "UTF-8", "GB18030", "Big5", "Shift_JIS", "EUC-KR", "EUC-JP", "ISO-2022-JP", "ISO-2022-KR",
          "ISO-2022-CN", "windows-1251", "KOI8-R", "ISO-8859-5", "IBM866", "UTF-16LE", "UTF-16BE");

  /** Files start with these bytes when they are images, documents or archives, not text. */
  private static final byte[][] BINARY_SIGNATURES = {
    {(byte) 0x89, 'P', 'N', 'G'},
    {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    {'G', 'I', 'F', '8'},
    {'%', 'P', 'D', 'F'},
    {'P', 'K', 3, 4},
    {'P', 'K', 5, 6},
    {0x1F, (byte) 0x8B},
    {'7', 'z', (byte) 0xBC, (byte) 0xAF},
    {'R', 'a', 'r', '!'},
    {0x7F, 'E', 'L', 'F'},
    {'R', 'I', 'F', 'F'},
    {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
  };

  /** How many bytes are sniffed for binary content and given to the detector. */
  private static final int SNIFF_BYTES = 64 * 1024;

  /** ICU's recognisers for charsets outside {@link #SUPPORTED} (ISO-8859-1, windows-1252, ...). */
  private static final List<String> UNSUPPORTED_DETECTABLE = java.util.Arrays.stream(
      CharsetDetector.getAllDetectableCharsets()).filter(name -> !SUPPORTED.contains(name)).toList();

  /** A lossy UTF-8 decode is accepted when at most this share of its non-ASCII characters was replaced. */
  private static final double MAX_REPLACED_SHARE = 0.005;

  /** Decodes {@code bytes}; never throws. */
  public DecodedText decode(byte[] bytes) {
    if (bytes.length == 0) {
      return DecodedText.failed(RejectionReason.EMPTY, "0 bytes");
    }
    if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      return decodeKnown(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      return decodeKnown(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      return decodeKnown(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
    }
    String binary = binarySignature(bytes);
    if (binary != null) {
      return DecodedText.failed(RejectionReason.BINARY, binary);
    }
    String utf8 = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return DecodedText.ok(normaliseLineEnds(utf8), "UTF-8", null);
    }
    // Mostly valid UTF-8 with a few broken sequences (a truncated download, a bad splice) is
    // UTF-8: legacy encodings would decode it too, but into plausible-looking nonsense.
    String lossy = new String(bytes, StandardCharsets.UTF_8);
    long replaced = lossy.chars().filter(c -> c == '\uFFFD').count();
    long nonAscii = lossy.chars().filter(c -> c >= 0x80).count();
    if (replaced <= Math.max(1, (nonAscii - replaced) * MAX_REPLACED_SHARE)) {
      return DecodedText.ok(
          normaliseLineEnds(lossy),
          "UTF-8",
          "invalid UTF-8: " + replaced + " malformed sequence(s) replaced with U+FFFD");
    }
    for (String candidate : candidates(bytes)) {
      String text = decodeStrict(bytes, 0, Charset.forName(candidate));
      if (text != null && plausible(text)) {
        return DecodedText.ok(normaliseLineEnds(text), candidate, null);
      }
    }
    return DecodedText.failed(
        RejectionReason.UNDECODABLE,
        "not valid UTF-8 (" + replaced + " malformed sequences in " + bytes.length
            + " bytes) and no supported legacy encoding decodes it");
  }

  private static DecodedText decodeKnown(byte[] bytes, int offset, Charset charset, String label) {
    String text = decodeStrict(bytes, offset, charset);
    if (text == null) {
      text = new String(bytes, offset, bytes.length - offset, charset);
      return DecodedText.ok(normaliseLineEnds(text), label, "malformed sequences replaced with U+FFFD");
    }
    return DecodedText.ok(normaliseLineEnds(text), label, null);
  }

  /** Detector answers first (most confident first), then the fixed fallback order. */
  private static Set<String> candidates(byte[] bytes) {
    Set<String> names = new LinkedHashSet<>();
    CharsetDetector detector = new CharsetDetector();
    for (String unused : UNSUPPORTED_DETECTABLE) {
      // Their answers would be dropped below; not running them halves the cost of a legacy file.
      detector.setDetectableCharset(unused, false);
    }
    detector.setText(bytes.length > SNIFF_BYTES ? java.util.Arrays.copyOf(bytes, SNIFF_BYTES) : bytes);
    CharsetMatch[] matches = detector.detectAll();
    if (matches != null) {
      for (CharsetMatch match : matches) {
        if (SUPPORTED.contains(match.getName()) && Charset.isSupported(match.getName())) {
          names.add(match.getName());
        }
      }
    }
    names.addAll(LEGACY_FALLBACK_ORDER);
    names.remove("UTF-8");
    return names;
  }

  /** Decoded text of a legacy encoding must be mostly letters, not symbols and control bytes. */
  private static boolean plausible(String text) {
    int nonAscii = 0;
    int letters = 0;
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        controls++;
      } else if (c >= 0x80) {
        nonAscii++;
        if (Character.isLetter(c) || Character.isIdeographic(c)) {
          letters++;
        }
      }
    }
    return controls == 0 && (nonAscii == 0 || letters >= 0.8 * nonAscii);
  }

  private static String decodeStrict(byte[] bytes, int offset, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String binarySignature(byte[] bytes) {
    for (byte[] signature : BINARY_SIGNATURES) {
      if (startsWith(bytes, signature)) {
        return "binary data: starts with the signature " + hex(signature);
      }
    }
    int limit = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < limit; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "binary data: NUL byte at offset " + i;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        controls++;
      }
    }
    if (controls > limit / 20) {
      return "binary data: " + controls + " control bytes in the first " + limit + " bytes";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02X", b & 0xFF));
    }
    return out.toString();
  }

  /** CRLF and lone CR become LF, and a BOM left inside is dropped, so offsets are stable. */
  static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0 && text.indexOf('\uFEFF') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
  }
}
