package org.diplomacytrends.common.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  private static final String ZH_SIMPLIFIED =
      "黑龙江省人民政府代表团于十一月十五日抵达哈巴罗夫斯克，双方签署了三项经贸合作协议，并就口岸建设、跨境物流和农业合作深入交换意见。";
  private static final String ZH_TRADITIONAL =
      "廣西壯族自治區代表團訪問香港，與香港特別行政區政府官員會面，雙方簽署八項合作備忘錄，涵蓋貿易、物流、金融與人才交流。";
  private static final String JA =
      "吉林省の訪日代表団は鳥取県を訪問し、知事と会談した。両県省は友好交流に関する覚書二件に調印し、観光と教育の協力を確認した。";
  private static final String KO =
      "산둥성 대표단이 경기도를 방문하여 도지사와 회담하고 경제 무역 협력에 관한 협약 세 건을 체결했다고 밝혔다. 양측은 교류를 확대하기로 했다.";
  private static final String RU =
      "Делегация провинции Хэйлунцзян прибыла в Благовещенск, где стороны подписали два соглашения о сотрудничестве в сфере торговли и логистики.";

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GB18030, zh", "Big5, zhTraditional", "Shift_JIS, ja", "EUC-KR, ko", "windows-1251, ru"})
  void decodesLegacyEncodings(String charset, String sample) {
    String text = switch (sample) {
      case "zh" -> ZH_SIMPLIFIED;
      case "zhTraditional" -> ZH_TRADITIONAL;
      case "ja" -> JA;
      case "ko" -> KO;
      default -> RU;
    };
    DecodedText decoded = decoder.decode(text.getBytes(Charset.forName(charset)));
    assertThat(decoded.succeeded()).as("decoding %s", charset).isTrue();
    assertThat(decoded.text()).as("text decoded from %s (detected %s)", charset, decoded.encoding()).isEqualTo(text);
  }

  @Test
  void utf8WithBomAndCrlf() {
    byte[] body = "第一行\r\n第二行\rthird".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    DecodedText decoded = decoder.decode(bytes);
    assertThat(decoded.text()).as("BOM dropped, line ends folded").isEqualTo("第一行\n第二行\nthird");
    assertThat(decoded.encoding()).isEqualTo("UTF-8 (BOM)");
  }

  @Test
  void rejectsEmptyAndBinary() {
    assertThat(decoder.decode(new byte[0]).failure()).isEqualTo(RejectionReason.EMPTY);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    DecodedText decodedPng = decoder.decode(png);
    assertThat(decodedPng.failure()).as("PNG bytes").isEqualTo(RejectionReason.BINARY);
    assertThat(decodedPng.detail()).contains("89504E47");
    byte[] withNul = "text\0more".getBytes(StandardCharsets.US_ASCII);
    assertThat(decoder.decode(withNul).failure()).as("NUL byte").isEqualTo(RejectionReason.BINARY);
  }

  @Test
  void toleratesAFewInvalidUtf8Sequences() {
    byte[] good = ("这是一篇很长的新闻稿件，".repeat(40)).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3; // truncated two-byte sequence at the end
    DecodedText decoded = decoder.decode(bytes);
    assertThat(decoded.succeeded()).isTrue();
    assertThat(decoded.detail()).as("lossy decode is flagged").contains("malformed");
  }
}
