package org.diplomacytrends.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomacytrends.common.model.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static Language detect(String text) {
    return LanguageDetector.detect(text, 0, text.length());
  }

  @Test
  void detectsEachScript() {
    assertThat(detect("省长会见俄罗斯代表团一行。")).as("Han only").isEqualTo(Language.ZH);
    assertThat(detect("허근, 할빈에서 대외 개방 협력 업무 조사 연구")).as("Hangul").isEqualTo(Language.KO);
    assertThat(detect("Первой точкой маршрута стал Харбин.")).as("Cyrillic").isEqualTo(Language.RU);
    assertThat(detect("The delegation from Guangdong came to Chicago.")).as("Latin").isEqualTo(Language.EN);
    assertThat(detect("")).as("no letters").isEqualTo(Language.OTHER);
  }

  @Test
  void aJapaneseTranslationOfChineseWithFewKanaIsJapanese() {
    String text = "省外事弁公室の党組織書記、主任の顧建新氏はチームを率いて金華に赴き、調査研究活動を展開した";
    assertThat(detect(text)).as("mostly kanji with some kana").isEqualTo(Language.JA);
  }

  @Test
  void listsDocumentLanguagesMostUsedFirst() {
    String text = "重庆市外事工作取得新成效,全市外事系统服务国家总体外交。\nChongqing held a forum.\n重庆与新加坡合作不断深化。";
    assertThat(LanguageDetector.documentLanguages(text)).as("languages by share").startsWith(Language.ZH)
        .contains(Language.EN);
  }

  @Test
  void linesCountLongLinesLikeTheSpanCount() {
    // Lines counts in packed 12-bit fields emptied every 4,095 characters: lines around and far
    // beyond that length must count exactly as LanguageDetector.count does.
    for (int length : new int[] {4_094, 4_095, 4_096, 8_190, 20_001}) {
      String line = "漢字abcdeКириллица한국어かな ".repeat(length / 20 + 1).substring(0, length);
      String text = "Title line\n" + line + "\n" + "a".repeat(length) + "漢".repeat(length / 3) + "\nend";
      LanguageDetector.Lines lines = LanguageDetector.lines(text);
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        assertThat(lines.languageOf(start, end)).as("line at %d, length %d", start, length)
            .isEqualTo(LanguageDetector.detect(LanguageDetector.count(text, start, end)));
        start = end + 1;
      }
      assertThat(lines.documentLanguages()).as("document languages, length %d", length).isNotEmpty();
    }
  }

  @Test
  void longLinesAreCountedExactly() {
    // One letter more or less flips each of these lines' language; all are longer than the
    // 4,095 characters after which Lines empties its packed counters.
    assertLine("a".repeat(9_001) + "漢".repeat(3_000), Language.EN);
    assertLine("a".repeat(9_000) + "漢".repeat(3_000), Language.ZH);
    assertLine("한".repeat(5_000) + "б".repeat(5_001), Language.RU);
    assertLine("한".repeat(5_001) + "б".repeat(5_001), Language.KO);
    assertLine("漢".repeat(20_000) + "か".repeat(1_053), Language.JA);
    assertLine("漢".repeat(20_000) + "か".repeat(1_052), Language.ZH);
  }

  private static void assertLine(String line, Language expected) {
    String text = "header\n" + line + "\nfooter";
    int start = "header\n".length();
    assertThat(LanguageDetector.lines(text).languageOf(start, start + line.length())).isEqualTo(expected);
    assertThat(LanguageDetector.detect(text, start, start + line.length())).isEqualTo(expected);
  }
}
