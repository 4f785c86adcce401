package org.diplomacytrends.common.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The province table the report's map and labels share, read from cn_divisions.tsv. */
class ProvincesTest {
  @Test
  void listsThe34ProvinceLevelDivisionsWithBothCodesAndShortChineseNames() {
    assertThat(Provinces.all()).as("province-level divisions").hasSize(34);
    assertThat(Provinces.all()).extracting(Provinces.Province::isoCode).as("ISO codes, each once").doesNotHaveDuplicates();
    assertThat(Provinces.isoByGbCode()).as("GB/T 2260 to ISO")
        .containsEntry("440000", "CN-GD").containsEntry("230000", "CN-HL").containsEntry("820000", "CN-MO");
    assertThat(Provinces.chineseNameByIsoCode()).as("short Chinese names, without 省/市/自治区")
        .containsEntry("CN-GX", "广西").containsEntry("CN-NM", "内蒙古").containsEntry("CN-BJ", "北京")
        .containsEntry("CN-HK", "香港");
  }
}
