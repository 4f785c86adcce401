package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A province's section: which provinces get one, their fact mix and their partner rows (no Spark). */
class ProvincePagesTest {
  private static final List<String> YEAR_COLUMNS = List.of("province_code", "province_name", "year", "articles",
      "outbound_visits", "inbound_visits", "domestic_visits", "agreements", "meetings");

  @Test
  void theBusiestProvincesInTheTablesOrderGetASectionUpToTheLimit() {
    List<List<Object>> rows = new ArrayList<>();
    for (int p = 0; p < ReportData.MAX_SECTIONS + 2; p++) {
      rows.add(List.of("CN-P" + p, "Province " + p, 2023, 1L, 0L, 0L, 0L, 0L, 0L));
      rows.add(List.of("CN-P" + p, "Province " + p, 2024, 1L, 0L, 0L, 0L, 0L, 0L));
    }
    var provinces = ProvincePages.sectionProvinces(new DataTable(YEAR_COLUMNS, rows, false));
    assertThat(provinces.keySet()).as("first %d codes, in the table's (busiest-first) order", ReportData.MAX_SECTIONS)
        .hasSize(ReportData.MAX_SECTIONS).startsWith("CN-P0", "CN-P1");
    assertThat(ProvincePages.anchor("CN-HL")).as("anchor").isEqualTo("province-CN-HL");
  }

  @Test
  void factMixSumsEachFactOverTheYears() {
    DataTable years = new DataTable(YEAR_COLUMNS, List.of(
        List.<Object>of("CN-HL", "Heilongjiang", 2023, 2L, 1L, 1L, 0L, 4L, 2L),
        List.<Object>of("CN-HL", "Heilongjiang", 2024, 3L, 1L, 2L, 0L, 9L, 4L)), false);
    assertThat(ProvincePages.factMix(years).rows()).as("facts, all years, and the articles behind them").containsExactly(
        List.of("Outbound visits", 2L), List.of("Inbound visits", 3L), List.of("Domestic visits", 0L),
        List.of("Agreements", 13L), List.of("Meetings", 6L), List.of("Articles behind them", 5L));
  }

  @Test
  void rankMixSumsTheVisitsByRankWithTheirShares() {
    List<String> columns = List.of("province_code", "year", "visits_top_leader", "visits_other_rank", "visits_rank_unnamed");
    DataTable years = new DataTable(columns, List.of(
        List.<Object>of("CN-HL", 2023, 1L, 2L, 1L),
        List.<Object>of("CN-HL", 2024, 2L, 1L, 1L)), false);
    assertThat(ProvincePages.rankMix(years).rows()).as("visits by the rank that led them, all years").containsExactly(
        List.of("Party secretary or governor", 3L, "38%"),
        List.of("Lower rank (deputy, legislature, foreign-affairs office, prefecture, other)", 3L, "38%"),
        List.of("No Chinese official's title named", 2L, "25%"));
    DataTable none = new DataTable(columns, List.of(List.<Object>of("CN-HL", 2023, 0L, 0L, 0L)), false);
    assertThat(ProvincePages.rankMix(none).rows()).as("no visits: no share").extracting(r -> r.get(2))
        .containsOnly("–");
  }

  @Test
  void partnersAreTheProvincesOwnRowsWithCountriesInBothLanguages() {
    DataTable partners = new DataTable(List.of("province_code", "country_code", "country_name", "articles",
        "outbound_visits", "inbound_visits", "agreements", "meetings"), List.of(
        List.<Object>of("CN-HL", "RUS", "Russia", 5L, 2L, 2L, 7L, 5L),
        List.<Object>of("CN-YN", "LAO", "Laos", 2L, 1L, 0L, 0L, 1L)), false);
    assertThat(ProvincePages.partners(partners, "CN-HL").rows()).as("Heilongjiang's partners only")
        .containsExactly(List.of("Russia 俄罗斯", 2L, 2L, 7L, 5L, 5L));
  }

  @Test
  void theTrendShowsEveryYearOfTheReportWithZerosWhereTheProvinceHasNoRow() {
    DataTable all = new DataTable(YEAR_COLUMNS, List.of(
        List.<Object>of("CN-YN", "Yunnan", 2022, 1L, 1L, 0L, 0L, 0L, 0L),
        List.<Object>of("CN-CQ", "Chongqing", 2023, 2L, 8L, 1L, 1L, 23L, 2L),
        List.<Object>of("CN-YN", "Yunnan", 2024, 1L, 0L, 1L, 0L, 0L, 0L)), false);
    DataTable chongqing = ProvincePages.everyYear(all, "CN-CQ");
    assertThat(chongqing.rows()).as("2022 and 2024 as zero rows around Chongqing's own 2023").extracting(r -> r.get(2))
        .containsExactly(2022, 2023, 2024);
    assertThat(chongqing.number(0, "articles")).as("2022: no article").isZero();
    assertThat(chongqing.number(1, "agreements")).as("2023: Chongqing's own row").isEqualTo(23);
    assertThat(chongqing.text(2, "province_code")).as("zero rows carry the province's code").isEqualTo("CN-CQ");
    assertThat(Charts.provinceTrend(chongqing, "Chongqing").getCategoryPlot().getCategories())
        .as("the trend's years, n=0 marked few").hasSize(3).first().isEqualTo(Charts.yearLabel(2022, 0));
  }
}
