package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The year-on-year table: counts of the two latest years, the change and its interval, or "too few to tell". */
class YearOnYearTest {
  private static final List<String> COLUMNS = List.of("province_code", "province_name", "year", "articles", "visits", "agreements");

  @Test
  void eachProvinceGetsBothYearsAndAReadingOfItsChange() {
    DataTable lastTwo = new DataTable(COLUMNS, List.of(
        List.<Object>of("CN-HL", "Heilongjiang", 2023, 8L, 6L, 4L),
        List.<Object>of("CN-HL", "Heilongjiang", 2024, 12L, 15L, 5L),
        List.<Object>of("CN-YN", "Yunnan", 2024, 2L, 3L, 0L),
        List.<Object>of("CN-GX", "Guangxi", 2023, 30L, 100L, 0L),
        List.<Object>of("CN-GX", "Guangxi", 2024, 20L, 40L, 0L)), false);
    DataTable table = YearOnYear.table(lastTwo);
    assertThat(table.columns()).as("columns name the years and the measure")
        .containsExactly("province", "2023: visits + agreements", "2024: visits + agreements", "change", "95% interval", "reading");
    assertThat(table.rows()).as("most facts first").extracting(r -> r.get(0))
        .containsExactly("Guangxi 广西", "Heilongjiang 黑龙江", "Yunnan 云南");
    assertThat(table.rows().get(0)).as("140 → 40: a clear fall")
        .containsExactly("Guangxi 广西", "100 (30 art.)", "40 (20 art.)", "−60%", YearOnYear.change(100, 40, 50).get(1), "clear fall");
    assertThat(table.rows().get(1)).as("10 → 20: doubled, but the interval holds no change")
        .containsExactly("Heilongjiang 黑龙江", "10 (8 art.)", "20 (12 art.)", "+100%", "−5% to +320%", "could be chance");
    assertThat(table.rows().get(2)).as("0 → 3: too few to tell, no percentage")
        .containsExactly("Yunnan 云南", "0 (0 art.)", "3 (2 art.)", "–", "–", "too few to tell");
  }

  @Test
  void aStartFromZeroHasNoRatio() {
    assertThat(YearOnYear.change(0, 12, 10)).as("0 → 12").containsExactly("–", "–", "none the year before: no ratio");
  }

  @Test
  void manyFactsFromFewArticlesAreTooFewToTell() {
    // 33 facts from one annual report, then 1: Poisson would call it a clear fall; two articles cannot.
    assertThat(YearOnYear.change(33, 1, 2)).as("33 → 1 from 2 articles")
        .containsExactly("–", "–", "too few to tell (2 articles)");
    assertThat(YearOnYear.change(33, 1, 10).get(2)).as("the same counts from 10 articles").isEqualTo("clear fall");
    assertThat(YearOnYear.table(new DataTable(COLUMNS, List.of(), false))).as("no rows, no table").isNull();
  }
}
