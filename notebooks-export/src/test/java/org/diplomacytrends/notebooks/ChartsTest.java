package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/** The province charts' scales and sample sizes, from a small table (no Spark). */
class ChartsTest {
  private static final List<String> COLUMNS = List.of("province_code", "province_name", "year", "articles",
      "outbound_visits", "inbound_visits", "domestic_visits", "agreements");

  private static DataTable provinceYear() {
    return new DataTable(COLUMNS, List.of(
        List.<Object>of("CN-GX", "Guangxi", 2023, 12L, 3L, 4L, 1L, 23L),
        List.<Object>of("CN-GX", "Guangxi", 2024, 2L, 1L, 0L, 0L, 0L),
        List.<Object>of("CN-YN", "Yunnan", 2024, 7L, 2L, 5L, 0L, 1L)), false);
  }

  @Test
  void agreementsHaveTheirOwnAxis() {
    Map<String, JFreeChart> panels = Charts.provinceMultiples(provinceYear());
    CategoryPlot guangxi = panels.get("CN-GX").getCategoryPlot();
    assertThat(guangxi.getRangeAxis(0).getUpperBound()).as("visits axis: the largest visit count, 5 of Yunnan")
        .isLessThan(10);
    assertThat(guangxi.getRangeAxis(1)).as("a second axis").isNotNull();
    assertThat(guangxi.getRangeAxis(1).getUpperBound()).as("agreements axis reaches the 23 agreements").isGreaterThan(23);
    assertThat(guangxi.getDataset(0).getRowKeys()).as("bars: visits only").doesNotContain(Charts.AGREEMENTS_LABEL);
    assertThat(guangxi.getDataset(1).getValue(Charts.AGREEMENTS_LABEL, Charts.yearLabel(2023, 12)).doubleValue())
        .as("agreements of 2023 on the second dataset").isEqualTo(23.0);
  }

  @Test
  void pairsAndCountryChartsPutAgreementsOnTheirOwnAxisToo() {
    DataTable pairs = new DataTable(List.of("province_a", "province_b", "articles", "domestic_visits", "agreements"),
        List.of(List.<Object>of("CN-ZJ", "CN-SC", 3L, 2L, 40L)), false);
    CategoryPlot pairPlot = Charts.pairs(pairs).getCategoryPlot();
    assertThat(pairPlot.getDataset(0).getRowCount()).as("bars: articles and domestic visits").isEqualTo(2);
    assertThat(pairPlot.getRangeAxis(1).getUpperBound()).as("the agreements' own axis").isGreaterThanOrEqualTo(40);
    assertThat(pairPlot.getRangeAxis(0).getUpperBound()).as("articles and visits not flattened by 40").isLessThan(40);
    DataTable partners = new DataTable(List.of("province_code", "province_name", "articles", "agreements"),
        List.of(List.<Object>of("CN-HL", "Heilongjiang", 4L, 23L)), false);
    CategoryPlot partnerPlot = Charts.countryPartners(partners, "Russia").getCategoryPlot();
    assertThat(partnerPlot.getRangeAxis(1).getUpperBound()).as("the agreements' own axis").isGreaterThanOrEqualTo(23);
    assertThat(partnerPlot.getRangeAxis(0).getUpperBound()).as("articles not flattened").isLessThan(23);
  }

  @Test
  void eachYearSaysHowManyArticlesStandBehindItAndMarksFew() {
    CategoryPlot guangxi = Charts.provinceMultiples(provinceYear()).get("CN-GX").getCategoryPlot();
    assertThat(guangxi.getCategories()).as("year labels with n, few marked below " + Charts.FEW_ARTICLES)
        .containsExactly("2023 · n=12", "2024 · n=2 · few");
    CategoryPlot yunnan = Charts.provinceMultiples(provinceYear()).get("CN-YN").getCategoryPlot();
    assertThat(yunnan.getCategories()).as("a year without rows for the province: n=0, few")
        .containsExactly("2023 · n=0 · few", "2024 · n=7");
  }

  @Test
  void coverageDrawsArticlesAndCountedArticlesPerYear() {
    DataTable coverage = new DataTable(List.of("year", "articles", "counted"),
        List.of(List.<Object>of(2022, 3L, 2L), List.<Object>of(2023, 14L, 11L)), false);
    CategoryPlot plot = Charts.coverage(coverage).getCategoryPlot();
    assertThat(plot.getCategories()).as("one point per year").containsExactly(2022, 2023);
    assertThat(plot.getDataset().getValue(Charts.COVERAGE_SERIES.get("articles"), 2023).longValue())
        .as("articles with a year, 2023").isEqualTo(14);
    assertThat(plot.getDataset().getValue(Charts.COVERAGE_SERIES.get("counted"), 2022).longValue())
        .as("articles counted for a province, 2022").isEqualTo(2);
    assertThat(Charts.coverage(new DataTable(List.of("year", "articles", "counted"), List.of(), false)))
        .as("no year, no chart").isNull();
  }
}
