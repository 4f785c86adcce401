package org.diplomacytrends.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = TextNormalizer.get();

  @Test
  void keepsTheLengthSoOffsetsPointIntoTheOriginal() {
    String original = "黒竜江省ハルビン市　ＡＢＣ１２３㈠金華 Россия";
    NormalizedText text = normalizer.normalize(original);
    assertThat(text.normalized()).as("same length as the original").hasSameSizeAs(original);
    int at = text.normalized().indexOf("哈尔滨");
    assertThat(at).as("katakana is not converted to Han").isEqualTo(-1);
    int harbin = text.normalized().indexOf("ハルビン");
    assertThat(original.substring(harbin, harbin + 4)).as("offset found in the normalised text").isEqualTo("ハルビン");
  }

  @Test
  void mapsFullwidthAsciiAndIdeographicSpaceCharByChar() {
    assertThat(normalizer.normalizeTerm("ＡＢＣ１２３　：，")).as("fullwidth forms").isEqualTo("abc123 :,");
  }

  @Test
  void skipsMultiCharacterExpansions() {
    assertThat(normalizer.normalizeTerm("㈠")).as("NFKC would give three characters").hasSize(1);
  }

  @Test
  void convertsTraditionalChineseToSimplified() {
    assertThat(normalizer.normalizeTerm("金華 大連 重慶 黑龍江 廣東 陜西")).as("traditional forms")
        .isEqualTo("金华 大连 重庆 黑龙江 广东 陕西");
  }

  @Test
  void convertsJapaneseShinjitaiToChineseForms() {
    assertThat(normalizer.normalizeTerm("黒竜江 広東 遼寧 県 浜松 関係 経済 発展 対外 図們 斉斉哈爾 満洲里"))
        .as("Japanese forms, for matching")
        .isEqualTo("黑龙江 广东 辽宁 县 滨松 关系 经济 发展 对外 图们 齐齐哈尔 满洲里");
  }

  @Test
  void lowerCasesLatinAndCyrillicAndFoldsYo() {
    assertThat(normalizer.normalizeTerm("Harbin ХАРБИН Ёлка Russia’s")).as("case, ё and apostrophes")
        .isEqualTo("harbin харбин елка russia's");
  }
}
