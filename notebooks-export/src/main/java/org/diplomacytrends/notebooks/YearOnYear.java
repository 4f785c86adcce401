package org.diplomacytrends.notebooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's uncertainty section: each province's change between the two latest years with a
 * 95% interval ({@link RateRatio}), "too few to tell" where the counts are few, and how many
 * articles the corpus holds per year, so a change of coverage is not read as a change of diplomacy.
 */
final class YearOnYear {
  private YearOnYear() {}

  /** What is compared: visits of every direction plus agreements. */
  static final String MEASURE = "visits + agreements";

  /**
   * Fewer articles than this behind the two years together and no change is stated: the interval
   * takes facts as independent, and facts read from one article (23 agreements of one annual
   * report) are not.
   */
  static final int MIN_ARTICLES = 10;

  static void section(StringBuilder out, ReportData data) {
    out.append("<section id=\"change\">\n<h2>Year on year, with its uncertainty</h2>\n");
    DataTable table = table(data.lastTwoYears());
    if (table == null) {
      out.append("<p class=\"empty\">No province-year rows in gold/province_year.</p>\n");
    } else {
      out.append("<p class=\"lead\">Each province's ").append(MEASURE).append(" in the two latest years, the change, "
              + "and a 95% interval for it: the later count's share of the two, with a Wilson interval, read as a "
              + "ratio of two Poisson rates. Where the two years hold fewer than ").append(RateRatio.MIN_TOTAL)
          .append(" facts, or rest on fewer than ").append(MIN_ARTICLES).append(" articles, together, the table says "
              + "<em>too few to tell</em> rather than give a percentage: facts come in clusters (one annual report can "
              + "list 23 agreements), so the counts vary more than Poisson counts would, and even where a change is "
              + "given its interval is, if anything, too narrow. The latest year may not be complete.</p>\n");
      HtmlReport.table(out, table);
    }
    coverage(out, data);
    out.append("</section>\n");
  }

  private static void coverage(StringBuilder out, ReportData data) {
    out.append("<h3 id=\"corpus-per-year\">How many articles the corpus holds per year</h3>\n")
        .append("<p class=\"lead\">A province's figures rise when the corpus holds more articles about that year, "
            + "whatever happened in diplomacy: read every trend and every change above against this line. A rise "
            + "that follows the corpus is a change of coverage, not of activity.</p>\n");
    DataTable coverage = data.coverage();
    long withYear = 0;
    for (int i = 0; i < coverage.size(); i++) {
      withYear += coverage.number(i, "articles");
    }
    HtmlReport.figure(out, Charts.coverage(coverage), 1000, 340, "coverage", "No article in silver/articles has an activity year.");
    out.append("<p class=\"note\">").append(data.intake().articles() - withYear)
        .append(" of the ").append(data.intake().articles())
        .append(" articles in silver/articles have no activity year and are in no line.</p>\n");
    if (coverage.size() > 0) {
      HtmlReport.table(out, coverage);
    }
  }

  /**
   * One row per province with rows in the two latest years: both counts (articles in brackets), the
   * change, its interval, and a plain reading; provinces with the most facts first. Null without rows.
   */
  static DataTable table(DataTable lastTwoYears) {
    if (lastTwoYears.size() == 0) {
      return null;
    }
    int latest = Integer.MIN_VALUE;
    for (int i = 0; i < lastTwoYears.size(); i++) {
      latest = Math.max(latest, ((Number) lastTwoYears.get(i, "year")).intValue());
    }
    Map<String, long[]> counts = new LinkedHashMap<>(); // facts before, facts after, articles before, articles after
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < lastTwoYears.size(); i++) {
      String code = lastTwoYears.text(i, "province_code");
      labels.putIfAbsent(code, PlaceLabels.province(code, lastTwoYears.text(i, "province_name")));
      int at = ((Number) lastTwoYears.get(i, "year")).intValue() == latest ? 1 : 0;
      long[] c = counts.computeIfAbsent(code, k -> new long[4]);
      c[at] += lastTwoYears.number(i, "visits") + lastTwoYears.number(i, "agreements");
      c[2 + at] += lastTwoYears.number(i, "articles");
    }
    List<String> order = new ArrayList<>(counts.keySet());
    order.sort(Comparator.comparingLong((String k) -> -(counts.get(k)[0] + counts.get(k)[1])).thenComparing(k -> k));
    List<List<Object>> rows = new ArrayList<>();
    for (String code : order) {
      long[] c = counts.get(code);
      List<Object> row = new ArrayList<>(List.of(labels.get(code), c[0] + " (" + c[2] + " art.)", c[1] + " (" + c[3] + " art.)"));
      row.addAll(change(c[0], c[1], c[2] + c[3]));
      rows.add(row);
    }
    String before = (latest - 1) + ": " + MEASURE;
    String after = latest + ": " + MEASURE;
    return new DataTable(List.of("province", before, after, "change", "95% interval", "reading"), rows, false);
  }

  /** Change, interval and reading of one province, whose two years rest on {@code articles} articles. */
  static List<String> change(long before, long after, long articles) {
    if (RateRatio.tooFew(before, after)) {
      return List.of("–", "–", "too few to tell");
    }
    if (articles < MIN_ARTICLES) {
      return List.of("–", "–", "too few to tell (" + articles + " articles)");
    }
    if (before == 0) {
      return List.of("–", "–", "none the year before: no ratio");
    }
    RateRatio r = RateRatio.of(before, after);
    String interval = RateRatio.percent(r.lower()) + " to " + RateRatio.percent(r.upper());
    String reading = !r.clearChange() ? "could be chance" : r.lower() > 1 ? "clear rise" : "clear fall";
    return List.of(RateRatio.percent(r.ratio()), interval, reading);
  }
}
