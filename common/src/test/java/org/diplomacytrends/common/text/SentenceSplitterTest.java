package org.diplomacytrends.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsOnChineseAndJapanesePunctuationAndLineBreaks() {
    assertThat(sentences("省长会见了代表团。双方签署协议！真的吗？\n新的一行；还有"))
        .as("。！？, new lines and ；").containsExactly("省长会见了代表团。", "双方签署协议！", "真的吗？", "新的一行；", "还有");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(sentences("他说：“我们欢迎。”随后参观。")).as("closing quote").containsExactly("他说：“我们欢迎。”", "随后参观。");
  }

  @Test
  void doesNotSplitAbbreviationsInitialsOrNumbers() {
    assertThat(sentences("Mr. Zhang met U.S. officials on Jan. 12 in Changsha. They signed 2.5 deals."))
        .as("Mr., U.S., Jan., 2.5").containsExactly("Mr. Zhang met U.S. officials on Jan. 12 in Changsha.", "They signed 2.5 deals.");
    assertThat(sentences("15.11.2022 г. В г. Боао состоялся форум. Далее."))
        .as("Russian dates and г.").containsExactly("15.11.2022 г. В г. Боао состоялся форум.", "Далее.");
  }

  @Test
  void spansAreTrimmedOffsetsIntoTheOriginal() {
    String text = "  第一句。  \n\n  Second one.  ";
    List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
    assertThat(spans).as("two sentences").hasSize(2);
    assertThat(text.substring(spans.get(1).start(), spans.get(1).end())).as("trimmed span").isEqualTo("Second one.");
    assertThat(SentenceSplitter.split("")).as("empty text").isEmpty();
  }
}
