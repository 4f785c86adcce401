package org.diplomacytrends.notebooks;

import static org.diplomacytrends.notebooks.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's province-by-province part: for each of the busiest provinces a section of its own
 * (an anchor linked from a list) with its trend, its fact mix, its leading partners and the
 * sentences behind it.
 */
final class ProvincePages {
  private ProvincePages() {}

  /** The facts of a province's mix: gold column and label. */
  static final Map<String, String> FACTS = orderedFacts();

  private static Map<String, String> orderedFacts() {
    Map<String, String> facts = new LinkedHashMap<>(Charts.VISIT_SERIES);
    facts.put("agreements", "Agreements");
    facts.put("meetings", "Meetings");
    return java.util.Collections.unmodifiableMap(facts);
  }

  /** The anchor of a province's section ("province-CN-HL"). */
  static String anchor(String code) {
    return "province-" + code;
  }

  static void section(StringBuilder out, ReportData data) {
    Map<String, String> provinces = sectionProvinces(data.provinceYear());
    out.append("<section id=\"province-pages\">\n<h2>Province by province</h2>\n");
    if (provinces.isEmpty()) {
      out.append("<p class=\"empty\">No province-year rows in gold/province_year.</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"lead\">The ").append(provinces.size())
        .append(" busiest provinces, each with its trend, its mix of facts, the rank of the officials who led or "
            + "received its visits, its leading partner countries and the sentences behind it.</p>\n"
            + "<ul class=\"toc\">\n");
    provinces.forEach((code, label) -> out.append("<li><a href=\"#").append(escape(anchor(code))).append("\">")
        .append(escape(label)).append("</a></li>\n"));
    out.append("</ul>\n");
    int n = 0;
    for (var province : provinces.entrySet()) {
      page(out, data, province.getKey(), province.getValue(), n++);
    }
    out.append("</section>\n");
  }

  /** The first {@link ReportData#MAX_SECTIONS} provinces of the (busiest-first) province-year rows, with labels. */
  static Map<String, String> sectionProvinces(DataTable provinceYear) {
    Map<String, String> provinces = new LinkedHashMap<>();
    for (int i = 0; i < provinceYear.size() && provinces.size() < ReportData.MAX_SECTIONS; i++) {
      String code = provinceYear.text(i, "province_code");
      provinces.putIfAbsent(code, PlaceLabels.province(code, provinceYear.text(i, "province_name")));
    }
    return provinces;
  }

  private static void page(StringBuilder out, ReportData data, String code, String label, int n) {
    DataTable years = everyYear(data.provinceYear(), code);
    out.append("<article class=\"province-page\" id=\"").append(escape(anchor(code))).append("\">\n<h3>")
        .append(escape(label)).append(" <code>").append(escape(code)).append("</code></h3>\n<div class=\"two\">\n");
    HtmlReport.figure(out, Charts.provinceTrend(years, label), 620, 340, "sec" + n, "No years for this province.");
    out.append("<div>\n<h4>Facts, all years</h4>\n");
    HtmlReport.table(out, factMix(years));
    out.append("<h4>Who led the province's side, visits all years</h4>\n");
    HtmlReport.table(out, rankMix(years));
    out.append("<h4>Leading partner countries, all years</h4>\n");
    DataTable partners = partners(data.provincePartners(), code);
    if (partners.size() == 0) {
      out.append("<p class=\"empty\">No partner country named in gold/province_partner_year.</p>\n");
    } else {
      HtmlReport.table(out, partners);
    }
    out.append("</div>\n</div>\n");
    ReportData.Evidence evidence = data.sectionEvidence().stream().filter(e -> e.figure().equals(label)).findFirst().orElse(null);
    if (evidence == null) {
      out.append("<p class=\"empty\">No evidence sentences in silver/events for this province.</p>\n");
    } else {
      HtmlReport.evidenceTable(out, new ReportData.Evidence("Sentences behind " + label, evidence.sentences()));
    }
    out.append("</article>\n");
  }

  /**
   * The province's rows, with a row of zeros for every year the report covers and the province has
   * none of: a missing year is a year with no article, and the trend must show it as such (n=0).
   */
  static DataTable everyYear(DataTable provinceYear, String code) {
    java.util.SortedMap<Integer, List<Object>> byYear = new java.util.TreeMap<>();
    int yearAt = provinceYear.index("year");
    for (List<Object> row : provinceYear.rows()) {
      int year = ((Number) row.get(yearAt)).intValue();
      if (code.equals(row.get(provinceYear.index("province_code")))) {
        byYear.put(year, row);
      } else if (!byYear.containsKey(year)) {
        List<Object> zeros = new ArrayList<>();
        for (String column : provinceYear.columns()) {
          zeros.add(column.equals("year") ? (Object) year : column.equals("province_code") ? code
              : column.equals("province_name") ? null : (Object) 0L);
        }
        byYear.put(year, zeros);
      }
    }
    return new DataTable(provinceYear.columns(), new ArrayList<>(byYear.values()), false);
  }

  /** Each fact of {@link #FACTS} summed over the province's years, and the articles behind them. */
  static DataTable factMix(DataTable years) {
    List<List<Object>> rows = new ArrayList<>();
    long articles = 0;
    for (int i = 0; i < years.size(); i++) {
      articles += years.number(i, "articles");
    }
    for (var fact : FACTS.entrySet()) {
      long sum = 0;
      for (int i = 0; i < years.size(); i++) {
        sum += years.number(i, fact.getKey());
      }
      rows.add(List.of(fact.getValue(), sum));
    }
    rows.add(List.of("Articles behind them", articles));
    return new DataTable(List.of("fact", "count"), rows, false);
  }

  /** The rank mix: gold column and label, top rank first. */
  static final Map<String, String> RANKS = orderedRanks();

  private static Map<String, String> orderedRanks() {
    Map<String, String> ranks = new LinkedHashMap<>();
    ranks.put("visits_top_leader", "Party secretary or governor");
    ranks.put("visits_other_rank", "Lower rank (deputy, legislature, foreign-affairs office, prefecture, other)");
    ranks.put("visits_rank_unnamed", "No Chinese official's title named");
    return java.util.Collections.unmodifiableMap(ranks);
  }

  /**
   * The visits of the province's years by the highest rank named on its side (who led the trip or
   * received the guests), with each rank's share of the visits.
   */
  static DataTable rankMix(DataTable years) {
    Map<String, Long> sums = new LinkedHashMap<>();
    long visits = 0;
    for (String column : RANKS.keySet()) {
      long sum = 0;
      for (int i = 0; i < years.size(); i++) {
        sum += years.number(i, column);
      }
      sums.put(column, sum);
      visits += sum;
    }
    List<List<Object>> rows = new ArrayList<>();
    for (var rank : RANKS.entrySet()) {
      long n = sums.get(rank.getKey());
      rows.add(List.of(rank.getValue(), n, visits == 0 ? "–" : Math.round(100.0 * n / visits) + "%"));
    }
    return new DataTable(List.of("led at", "visits", "share"), rows, false);
  }

  /** The province's partner rows, the country named in both languages. */
  static DataTable partners(DataTable provincePartners, String code) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < provincePartners.size(); i++) {
      if (code.equals(provincePartners.text(i, "province_code"))) {
        String country = provincePartners.text(i, "country_code");
        rows.add(List.of(PlaceLabels.country(country, provincePartners.text(i, "country_name")),
            provincePartners.number(i, "outbound_visits"), provincePartners.number(i, "inbound_visits"),
            provincePartners.number(i, "agreements"), provincePartners.number(i, "meetings"),
            provincePartners.number(i, "articles")));
      }
    }
    return new DataTable(List.of("country", "outbound visits", "inbound visits", "agreements", "meetings", "articles"),
        rows, false);
  }
}
