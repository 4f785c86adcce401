package org.diplomacytrends.notebooks;

import static org.diplomacytrends.notebooks.Html.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The report page: one self-contained HTML file (inline CSS, charts as inline SVG, no script, no
 * external reference), so it opens offline and from an e-mail attachment alike. A Content
 * Security Policy forbids any request the page might make by mistake.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Width and height of one small-multiple panel, in CSS pixels. */
  static final int PANEL_WIDTH = 420;
  static final int PANEL_HEIGHT = 250;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** Lang attribute values for the languages the extractor reports. */
  private static final Map<String, String> LANG = Map.of("zh", "zh", "en", "en", "ja", "ja", "ko", "ko", "ru", "ru");

  private static final String CSS = """
      :root { --fg: #1b1f24; --muted: #5b6570; --line: #d8dee4; --accent: #0072b2; --bg: #f6f8fa; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--fg); background: var(--bg); line-height: 1.5; font-size: 15px;
        font-family: Noto Sans, FONT_STACK; }
      :lang(ja) { font-family: Noto Sans CJK JP, FONT_STACK; }
      :lang(ko) { font-family: Noto Sans CJK KR, FONT_STACK; }
      header { background: #0b3a5b; color: #fff; padding: 28px 24px 20px; }
      header h1 { margin: 0 0 6px; font-size: 26px; }
      header p { margin: 0; color: #d6e4ef; }
      main { max-width: 1240px; margin: 0 auto; padding: 8px 24px 48px; }
      nav { margin: 14px 0 0; font-size: 14px; }
      nav a { color: #fff; margin-right: 16px; }
      section { margin-top: 34px; }
      h2 { font-size: 21px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      h3 { font-size: 16px; margin: 22px 0 8px; }
      h4 { font-size: 14px; margin: 14px 0 6px; }
      p.lead, p.note { color: var(--muted); }
      p.note { font-size: 13px; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; }
      .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
      .card .n { font-size: 28px; font-weight: 700; font-variant-numeric: tabular-nums; }
      .card .l { color: var(--muted); font-size: 13px; }
      .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px; }
      figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 6px; }
      figure.wide { max-width: 1000px; }
      svg { display: block; width: 100%; height: auto; }
      .legend { display: flex; flex-wrap: wrap; gap: 16px; font-size: 13px; margin: 6px 0 10px; }
      .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; }
      .table-wrap { overflow: auto; max-height: 440px; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
      table { border-collapse: collapse; font-size: 13px; width: 100%; }
      th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
      thead th { position: sticky; top: 0; background: #eef2f6; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      td.zero { color: #b0b8c0; }
      table.evidence td.sentence { font-size: 14px; max-width: 560px; }
      table.evidence td.src { color: var(--muted); font-size: 12px; word-break: break-all; }
      .empty { color: var(--muted); font-style: italic; }
      footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
      figcaption { color: var(--muted); font-size: 13px; padding: 4px 6px 2px; }
      figure.map { max-width: 900px; }
      ul.toc { columns: 3 220px; padding-left: 18px; }
      .two { display: grid; grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr); gap: 14px; align-items: start; }
      @media (max-width: 900px) { .two { grid-template-columns: 1fr; } }
      article.province-page { border-top: 1px solid var(--line); margin-top: 26px; }
      code { font-size: 13px; background: #eef2f6; padding: 1px 4px; border-radius: 3px; }
      header code { background: rgba(255, 255, 255, 0.14); color: #fff; }
      """.replace("FONT_STACK", ChartRenderer.CSS_FONT_STACK);

  /**
   * The page for {@code data}.
   *
   * @param notebooks relative links to the notebooks written beside the page, by title
   */
  public static String render(ReportData data, Instant generatedAt, Map<String, String> notebooks) {
    StringBuilder out = new StringBuilder(256 * 1024);
    out.append("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <link rel="icon" href="data:,">
        <title>diplomacy-trends report</title>
        <style>
        """).append(CSS).append("</style>\n</head>\n<body>\n");

    out.append("<header>\n<h1>Subnational diplomacy in the news <span lang=\"zh-Hans\">地方外事动态</span></h1>\n<p>Generated ")
        .append(escape(STAMP.format(generatedAt))).append(" from the warehouse <code>").append(escape(data.warehouse()))
        .append("</code>. Every number below is a count of facts extracted from articles; the sentences that prove the "
            + "leading figures follow each chart.</p>\n")
        .append("<nav><a href=\"#intake\">Documents</a><a href=\"#map\">Map</a><a href=\"#provinces\">Provinces</a>"
            + "<a href=\"#province-pages\">Province by province</a><a href=\"#change\">Year on year</a>"
            + "<a href=\"#partners\">Partner countries</a><a href=\"#heatmap\">Province × country</a>"
            + "<a href=\"#flows\">Flows</a><a href=\"#pairs\">Domestic pairs</a><a href=\"#notebooks\">Notebooks</a></nav>\n")
        .append("</header>\n<main>\n");

    intake(out, data);
    map(out, data);
    provinces(out, data);
    ProvincePages.section(out, data);
    YearOnYear.section(out, data);
    partners(out, data);
    heatMap(out, data);
    flows(out, data);
    pairs(out, data);

    out.append("<section id=\"notebooks\">\n<h2>Notebooks</h2>\n<p>The same queries as Jupyter notebooks (outputs already filled in, "
        + "pandas on the CSVs and PySpark on the Delta tables) and as Databricks source notebooks:</p>\n<ul>\n");
    notebooks.forEach((title, href) -> out.append("<li><a href=\"").append(escape(href)).append("\">")
        .append(escape(title)).append("</a></li>\n"));
    out.append("</ul>\n</section>\n");
    out.append("<footer>Counting rules: a gold row counts articles whose subject province and activity year are known; "
        + "visits and agreements sum the count of each fact (12 agreements signed at once count 12). "
        + "Charts drawn with JFreeChart. Rebuild with <code>bin/diplomacy-trends report --warehouse DIR</code>.</footer>\n");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void intake(StringBuilder out, ReportData data) {
    ReportData.Intake in = data.intake();
    out.append("<section id=\"intake\">\n<h2>Documents read</h2>\n<div class=\"cards\">\n");
    card(out, in.articlesRaw() + in.rejected(), "inputs read (files and JSON lines)");
    card(out, in.articlesRaw(), "distinct articles ingested (bronze articles_raw)");
    card(out, in.rejected(), "inputs rejected (bronze rejected_inputs)");
    card(out, in.articles(), "articles extracted (silver articles)");
    card(out, in.counted(), "articles with a province and a year (counted in gold)");
    card(out, in.events(), "facts with evidence (silver events)");
    out.append("</div>\n<h3>Rejections by reason</h3>\n");
    if (data.rejections().size() == 0) {
      out.append("<p class=\"empty\">No input was rejected.</p>\n");
    } else {
      table(out, data.rejections());
    }
    out.append("</section>\n");
  }

  static void card(StringBuilder out, long n, String label) {
    out.append("<div class=\"card\"><div class=\"n\">").append(n).append("</div><div class=\"l\">")
        .append(escape(label)).append("</div></div>\n");
  }

  private static void provinces(StringBuilder out, ReportData data) {
    out.append("<section id=\"provinces\">\n<h2>Visits by direction and agreements, per province and year</h2>\n")
        .append("<p class=\"lead\">One panel per province (the ").append(ReportData.MAX_PROVINCES)
        .append(" busiest at most), all on the same scales: outbound visits abroad, foreign visitors received and "
            + "foreign-affairs trips inside China as bars (left axis); agreements signed as points on their own "
            + "axis (right), so one large signing does not flatten the visits. Under each year, n is the number of "
            + "articles behind it; years resting on fewer than ").append(Charts.FEW_ARTICLES)
        .append(" articles are marked <em>few</em>: read their ups and downs with care.</p>\n");
    Map<String, JFreeChart> panels = Charts.provinceMultiples(data.provinceYear());
    if (panels.isEmpty()) {
      out.append("<p class=\"empty\">No province-year rows in gold/province_year.</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"legend\">");
    int s = 0;
    List<String> labels = new java.util.ArrayList<>(Charts.VISIT_SERIES.values());
    labels.add(Charts.AGREEMENTS_LABEL);
    for (String label : labels) {
      java.awt.Color c = ChartRenderer.PALETTE.get(s++);
      out.append("<span><i style=\"background:").append(String.format("#%06x", c.getRGB() & 0xFFFFFF)).append("\"></i>")
          .append(escape(label)).append("</span>");
    }
    out.append("</div>\n<div class=\"multiples\">\n");
    int i = 0;
    for (var panel : panels.entrySet()) {
      out.append("<figure>").append(ChartRenderer.svg(panel.getValue(), PANEL_WIDTH, PANEL_HEIGHT, "p" + i++))
          .append("</figure>\n");
    }
    out.append("</div>\n<h3>Data: gold/province_year</h3>\n");
    table(out, data.provinceYear());
    evidence(out, "Where the busiest province-years come from", data.provinceEvidence());
    out.append("</section>\n");
  }

  private static void partners(StringBuilder out, ReportData data) {
    out.append("<section id=\"partners\">\n<h2>Top partner countries over time</h2>\n")
        .append("<p class=\"lead\">Articles per year that name the country as a counterpart of a Chinese province (the ")
        .append(ReportData.MAX_COUNTRIES).append(" leading countries).</p>\n");
    figure(out, Charts.partnersOverTime(data.partnerYear()), 1000, 420, "partners", "No partner-country rows in gold/partner_year.");
    if (data.partnerYear().size() > 0) {
      out.append("<h3>Data: gold/partner_year</h3>\n");
      table(out, data.partnerYear());
    }
    evidence(out, "Where the leading partner countries come from", data.countryEvidence());
    out.append("</section>\n");
  }

  private static void heatMap(StringBuilder out, ReportData data) {
    out.append("<section id=\"heatmap\">\n<h2>Province × partner country</h2>\n")
        .append("<p class=\"lead\">Articles in which the province deals with the country, over all years (up to ")
        .append(ReportData.HEAT_SIZE).append(" provinces and ").append(ReportData.HEAT_SIZE).append(" countries).</p>\n");
    DataTable heat = data.heat();
    int rows = Charts.distinct(heat, "province_code").size();
    int columns = Charts.distinct(heat, "country_code").size();
    figure(out, Charts.heatMap(heat), Math.max(620, 260 + 56 * columns), Math.max(300, 200 + 34 * rows), "heat",
        "No rows in gold/province_partner_year.");
    if (heat.size() > 0) {
      out.append("<h3>Data: gold/province_partner_year, summed over years</h3>\n");
      table(out, pivot(heat));
    }
    out.append("</section>\n");
  }

  /** The choropleth of visits + agreements per province, all years. */
  private static void map(StringBuilder out, ReportData data) {
    List<ProvinceMap.Province> provinces = new ArrayList<>();
    DataTable totals = data.provinceTotals();
    long articles = 0;
    for (int i = 0; i < totals.size(); i++) {
      provinces.add(new ProvinceMap.Province(totals.text(i, "province_code"), totals.text(i, "province_name"),
          totals.number(i, "articles"), totals.number(i, "visits"), totals.number(i, "agreements")));
      articles += totals.number(i, "articles");
    }
    out.append("<section id=\"map\">\n<h2>Where the activity is</h2>\n")
        .append("<figure class=\"map\">").append(ProvinceMap.svg(provinces))
        .append("<figcaption>Visits (outbound, inbound and domestic) plus agreements signed, per province, all years "
            + "summed (gold/province_year); ").append(articles)
        .append(" articles with a subject province and a year stand behind the map. Classes hold about as many "
            + "provinces each; grey provinces have no counted article, which says nothing of their real activity. "
            + "Point at a province for its figures. Boundaries: Apache ECharts 4.1.0 <code>china.json</code> "
            + "(Apache License 2.0).</figcaption></figure>\n");
    if (totals.size() > 0) {
      out.append("<h3>Data: gold/province_year, summed over years</h3>\n");
      table(out, totals);
    }
    out.append("</section>\n");
  }

  /** Provinces linked to partner countries by visits and agreements, all years. */
  private static void flows(StringBuilder out, ReportData data) {
    DataTable rows = data.flows();
    List<PartnerFlows.Flow> flows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      flows.add(new PartnerFlows.Flow(rows.text(i, "province_code"), rows.text(i, "province_name"),
          rows.text(i, "country_code"), rows.text(i, "country_name"), rows.number(i, "articles"),
          rows.number(i, "visits"), rows.number(i, "agreements")));
    }
    out.append("<section id=\"flows\">\n<h2>Provinces and their partner countries</h2>\n")
        .append("<p class=\"lead\">Each curve joins a province to a country; its width is the visits (both directions) "
            + "plus agreements between them over all years (gold/province_partner_year), a dotted line a pair only "
            + "named together in articles. The ").append(ReportData.FLOW_SIDE).append(" heaviest provinces and "
            + "countries at most; the figures in brackets are visits + agreements, then articles. Agreements and "
            + "visits that name no counterpart are in no curve.</p>\n");
    String svg = PartnerFlows.svg(flows);
    if (svg == null) {
      out.append("<p class=\"empty\">No rows in gold/province_partner_year.</p>\n");
    } else {
      out.append("<figure class=\"wide\">").append(svg).append("</figure>\n<h3>Data: gold/province_partner_year, "
          + "summed over years (visits: outbound + inbound)</h3>\n");
      table(out, rows);
    }
    out.append("</section>\n");
  }

  private static void pairs(StringBuilder out, ReportData data) {
    out.append("<section id=\"pairs\">\n<h2>Domestic cross-regional pairs</h2>\n")
        .append("<p class=\"lead\">Two provinces named as counterparts of each other: articles, domestic visits and "
            + "agreements between them, over all years (the ").append(ReportData.MAX_PAIRS).append(" strongest pairs).</p>\n");
    figure(out, Charts.pairs(data.pairs()), 1000, Math.max(260, 120 + 46 * data.pairs().size()), "pairs",
        "No rows in gold/province_pair_year.");
    if (data.pairs().size() > 0) {
      out.append("<h3>Data: gold/province_pair_year, summed over years</h3>\n");
      table(out, data.pairs());
      out.append("<h3>Data: gold/province_pair_year, per year</h3>\n");
      table(out, data.pairYears());
    }
    evidence(out, "Where the strongest pairs come from", data.pairEvidence());
    out.append("</section>\n");
  }

  static void figure(StringBuilder out, JFreeChart chart, int width, int height, String id, String empty) {
    if (chart == null) {
      out.append("<p class=\"empty\">").append(escape(empty)).append("</p>\n");
      return;
    }
    out.append("<figure class=\"wide\">").append(ChartRenderer.svg(chart, width, height, id)).append("</figure>\n");
  }

  static void table(StringBuilder out, DataTable table) {
    out.append("<div class=\"table-wrap\">").append(table.toHtml()).append("</div>\n");
  }

  /** Long rows (province, country, articles) as a grid: provinces down, countries across. */
  static DataTable pivot(DataTable heat) {
    List<String> countries = Charts.heatCountries(heat);
    Map<String, List<Object>> rows = new LinkedHashMap<>();
    for (int i = 0; i < heat.size(); i++) {
      String p = heat.text(i, "province_code");
      List<Object> row = rows.computeIfAbsent(p, k -> {
        List<Object> r = new ArrayList<>();
        r.add(k);
        r.add(null);
        countries.forEach(c -> r.add(0L));
        return r;
      });
      row.set(1, PlaceLabels.province(p, heat.text(i, "province_name")));
      row.set(2 + countries.indexOf(heat.text(i, "country_code")), heat.number(i, "articles"));
    }
    List<String> columns = new ArrayList<>(List.of("province_code", "province"));
    columns.addAll(countries);
    return new DataTable(columns, new ArrayList<>(rows.values()), heat.truncated());
  }

  static void evidence(StringBuilder out, String heading, List<ReportData.Evidence> figures) {
    out.append("<h3>").append(escape(heading)).append("</h3>\n");
    if (figures.isEmpty()) {
      out.append("<p class=\"empty\">No evidence sentences in silver/events for these figures.</p>\n");
      return;
    }
    out.append("<p class=\"note\">Up to ").append(ReportData.EVIDENCE_PER_FIGURE)
        .append(" facts per figure from silver/events (highest confidence first), with the article they were read in "
            + "(silver/articles).</p>\n");
    for (ReportData.Evidence figure : figures) {
      evidenceTable(out, figure);
    }
  }

  /** One figure's sentences under an {@code <h4>} naming the figure. */
  static void evidenceTable(StringBuilder out, ReportData.Evidence figure) {
    out.append("<h4>").append(escape(figure.figure())).append("</h4>\n<div class=\"table-wrap\"><table class=\"evidence\">\n")
        .append("<thead><tr><th>year</th><th>fact</th><th>counterpart</th><th>count</th><th>confidence</th>"
            + "<th>evidence sentence</th><th>article</th></tr></thead>\n<tbody>\n");
    DataTable s = figure.sentences();
    for (int i = 0; i < s.size(); i++) {
      String lang = LANG.get(s.text(i, "lang"));
      String source = s.text(i, "source");
      String file = source == null ? "" : source.substring(source.lastIndexOf('/') + 1);
      out.append("<tr><td class=\"num\">").append(escape(s.text(i, "year")))
          .append("</td><td>").append(escape(s.text(i, "kind")))
          .append("</td><td>").append(escape(s.text(i, "counterpart_code")))
          .append("</td><td class=\"num\">").append(escape(s.text(i, "count")))
          .append("</td><td class=\"num\">").append(escape(DataTable.cell(s.get(i, "confidence"), "")))
          .append("</td><td class=\"sentence\"").append(lang == null ? "" : " lang=\"" + lang + "\"").append(">")
          .append(escape(s.text(i, "evidence")))
          .append("</td><td class=\"src\"><span").append(lang == null ? "" : " lang=\"" + lang + "\"").append(">")
          .append(escape(s.text(i, "title"))).append("</span><br><span title=\"").append(escape(source)).append("\">")
          .append(escape(file)).append("</span></td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
  }
}
