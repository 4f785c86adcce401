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
}
