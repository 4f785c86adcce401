package org.diplomacytrends.notebooks;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;

/**
 * Everything the report shows, read from the warehouse with Spark aggregations and brought to the
 * driver in bounded pieces: the top provinces, countries and pairs (never every row), and a few
 * evidence sentences per leading figure.
 *
 * @param warehouse the warehouse root read
 * @param intake documents read, quarantined, extracted
 * @param rejections quarantined inputs by reason: reason, inputs, example
 * @param provinceYear per top province and year: visits by direction, agreements, meetings
 * @param partnerYear per top partner country and year
 * @param heat top provinces × top partner countries: articles over all years
 * @param pairs strongest domestic pairs over all years
 * @param pairYears the strongest pairs, per year
 * @param provinceEvidence sample sentences behind the busiest province-years
 * @param countryEvidence sample sentences behind the leading partner countries
 * @param pairEvidence sample sentences behind the strongest pairs
 * @param provinceTotals every province over all years: articles, visits (every direction), agreements
 * @param flows the top provinces × the top partner countries over all years: articles, visits, agreements
 * @param provincePartners the leading partners of each province that gets a section of its own
 * @param lastTwoYears every province's articles, visits and agreements in the two latest years
 * @param coverage silver articles per activity year, and those counted for a province
 * @param sectionEvidence sample sentences behind each province that gets a section of its own
 */
public record ReportData(
    String warehouse,
    Intake intake,
    DataTable rejections,
    DataTable provinceYear,
    DataTable partnerYear,
    DataTable heat,
    DataTable pairs,
    DataTable pairYears,
    List<Evidence> provinceEvidence,
    List<Evidence> countryEvidence,
    List<Evidence> pairEvidence,
    DataTable provinceTotals,
    DataTable flows,
    DataTable provincePartners,
    DataTable lastTwoYears,
    DataTable coverage,
    List<Evidence> sectionEvidence) {

  /** Provinces drawn as small multiples. */
  public static final int MAX_PROVINCES = 12;
  /** Partner countries drawn over time. */
  public static final int MAX_COUNTRIES = 8;
  /** Rows and columns of the heat map. */
  public static final int HEAT_SIZE = 15;
  /** Domestic pairs drawn. */
  public static final int MAX_PAIRS = 12;
  /** Leading figures that get evidence sentences, per chart. */
  public static final int EVIDENCE_FIGURES = 3;
  /** Evidence sentences per leading figure. */
  public static final int EVIDENCE_PER_FIGURE = 3;
  /** Provinces (the busiest) that get a section of their own. */
  public static final int MAX_SECTIONS = 6;
  /** Partner countries listed in a province's section. */
  public static final int SECTION_PARTNERS = 5;
  /** Provinces, and countries, in the flow figure. */
  public static final int FLOW_SIDE = 12;
  /** Upper bound on any table brought to the driver. */
  public static final int MAX_ROWS = 500;

  /**
   * Documents read and what became of them.
   *
   * @param articlesRaw distinct article texts ingested (bronze)
   * @param rejected inputs quarantined (bronze)
   * @param articles articles extracted (silver)
   * @param counted articles with a subject province and an activity year: the ones gold counts
   * @param events facts extracted
   */
  public record Intake(long articlesRaw, long rejected, long articles, long counted, long events) {}

  /**
   * Sentences behind one figure of a chart.
   *
   * @param figure what the figure is, for the reader ("Heilongjiang 黑龙江, 2024")
   * @param sentences year, kind, counterpart, count, confidence, evidence, lang, title, source
   */
  public record Evidence(String figure, DataTable sentences) {}

  /** The evidence columns, in display order. */
  static final String[] EVIDENCE_COLUMNS = {
      "year", "kind", "counterpart_code", "count", "confidence", "evidence", "lang", "title", "source"};

  /** Reads the warehouse; a missing table is a user-facing error naming it. */
  public static ReportData load(SparkSession spark, String warehouse) {
    Reader r = new Reader(spark, warehouse);
    Dataset<Row> raw = r.table(Tables.ARTICLES_RAW); // first: a warehouse without a run fails on bronze
    Dataset<Row> events = r.table(Tables.EVENTS);
    Dataset<Row> articles = r.table(Tables.ARTICLES);
    Dataset<Row> rejected = r.table(Tables.REJECTED_INPUTS);

    Row articleCounts = articles.agg(count(lit(1)),
        count(when(col("province_code").isNotNull().and(col("activity_year").isNotNull()), lit(1)))).first();
    Intake intake = new Intake(raw.count(), rejected.count(),
        articleCounts.getLong(0), articleCounts.getLong(1), events.count());
    DataTable rejections = DataTable.collect(rejected.groupBy("reason")
        .agg(count(lit(1)).as("inputs"), min("source").as("example"))
        .orderBy(desc("inputs"), col("reason")), MAX_ROWS);

    // Provinces: the busiest ones, each with all its years.
    Dataset<Row> provinceYear = r.table(Tables.PROVINCE_YEAR)
        .withColumn("activity", col("outbound_visits").plus(col("inbound_visits")).plus(col("domestic_visits"))
            .plus(col("agreements")).plus(col("meetings")));
    Dataset<Row> topProvinces = provinceYear.groupBy("province_code")
        .agg(sum("activity").as("total"), sum("articles").as("total_articles"))
        .orderBy(desc("total"), desc("total_articles"), col("province_code")).limit(MAX_PROVINCES);
    DataTable provinceRows = DataTable.collect(provinceYear.join(topProvinces, "province_code")
        .orderBy(desc("total"), desc("total_articles"), col("province_code"), col("year"))
        .select("province_code", "province_name", "year", "articles", "outbound_visits", "inbound_visits",
            "domestic_visits", "agreements", "meetings", "visits_top_leader", "visits_other_rank",
            "visits_rank_unnamed"), MAX_ROWS);

    // Partner countries: the leading ones, each with all its years.
    Dataset<Row> partnerYear = r.table(Tables.PARTNER_YEAR);
    Dataset<Row> topCountries = partnerYear.groupBy("country_code").agg(sum("articles").as("total"))
        .orderBy(desc("total"), col("country_code")).limit(MAX_COUNTRIES);
    DataTable partnerRows = DataTable.collect(partnerYear.join(topCountries, "country_code")
        .orderBy(desc("total"), col("country_code"), col("year"))
        .select("country_code", "country_name", "year", "articles", "provinces", "outbound_visits",
            "inbound_visits", "agreements", "meetings"), MAX_ROWS);

    // Heat map: articles of the top provinces with the top countries, over all years.
    Dataset<Row> ppy = r.table(Tables.PROVINCE_PARTNER_YEAR);
    Dataset<Row> heatProvinces = ppy.groupBy("province_code").agg(sum("articles").as("p_total"))
        .orderBy(desc("p_total"), col("province_code")).limit(HEAT_SIZE);
    Dataset<Row> heatCountries = ppy.groupBy("country_code").agg(sum("articles").as("c_total"))
        .orderBy(desc("c_total"), col("country_code")).limit(HEAT_SIZE);
    DataTable heat = DataTable.collect(ppy.join(heatProvinces, "province_code").join(heatCountries, "country_code")
        .groupBy("province_code", "province_name", "country_code", "country_name", "p_total", "c_total")
        .agg(sum("articles").as("articles"))
        .orderBy(desc("p_total"), col("province_code"), desc("c_total"), col("country_code"))
        .select("province_code", "province_name", "country_code", "country_name", "articles"), MAX_ROWS);

    // Domestic pairs: the strongest over all years, and their years.
    Dataset<Row> pairYear = r.table(Tables.PROVINCE_PAIR_YEAR);
    Dataset<Row> topPairs = pairYear.groupBy("province_a", "province_b")
        .agg(sum("articles").as("articles"), sum("domestic_visits").as("domestic_visits"),
            sum("agreements").as("agreements"), min("year").as("first_year"), max("year").as("last_year"))
        .orderBy(desc("articles"), desc("agreements"), col("province_a"), col("province_b")).limit(MAX_PAIRS);
    DataTable pairs = DataTable.collect(topPairs, MAX_PAIRS);
    DataTable pairYears = DataTable.collect(pairYear.join(topPairs.select("province_a", "province_b"),
            scalaSeq("province_a", "province_b"), "left_semi")
        .orderBy("province_a", "province_b", "year"), MAX_ROWS);

    // Evidence: a few sentences behind the leading figures of each chart.
    Dataset<Row> sentences = events.join(articles.select(col("article_id"), col("title"), col("source"),
        element_at(col("languages"), 1).as("lang")), "article_id");
    Dataset<Row> busiest = provinceYear.orderBy(desc("activity"), desc("articles"), col("province_code"), col("year"))
        .limit(EVIDENCE_FIGURES).select(col("province_code").as("f_province"), col("province_name").as("f_name"),
            col("year").as("f_year"));
    List<Evidence> provinceEvidence = evidence(busiest, sentences.join(busiest,
            col("province_code").equalTo(col("f_province")).and(col("activity_year").equalTo(col("f_year")))),
        new String[] {"f_province", "f_year"},
        row -> PlaceLabels.province(row.getAs("f_province"), row.getAs("f_name")) + ", " + row.getAs("f_year"));

    Dataset<Row> leadingCountries = partnerYear.groupBy("country_code", "country_name").agg(sum("articles").as("total"))
        .orderBy(desc("total"), col("country_code")).limit(EVIDENCE_FIGURES)
        .select(col("country_code").as("f_country"), col("country_name").as("f_name"));
    List<Evidence> countryEvidence = evidence(leadingCountries, sentences.where(col("counterpart_type").equalTo("country"))
            .join(leadingCountries, col("counterpart_code").equalTo(col("f_country"))),
        new String[] {"f_country"},
        row -> PlaceLabels.country(row.getAs("f_country"), row.getAs("f_name")));

    Dataset<Row> strongestPairs = topPairs.limit(EVIDENCE_FIGURES)
        .select(col("province_a").as("f_a"), col("province_b").as("f_b"));
    List<Evidence> pairEvidence = evidence(strongestPairs, sentences.where(col("counterpart_type").equalTo("province"))
            .join(strongestPairs, least(col("province_code"), col("counterpart_code")).equalTo(col("f_a"))
                .and(greatest(col("province_code"), col("counterpart_code")).equalTo(col("f_b")))),
        new String[] {"f_a", "f_b"},
        row -> PlaceLabels.province(row.getAs("f_a"), null) + " – " + PlaceLabels.province(row.getAs("f_b"), null));

    // The map: every province over all years (at most the 34 divisions).
    Column visits = col("outbound_visits").plus(col("inbound_visits")).plus(col("domestic_visits"));
    DataTable provinceTotals = DataTable.collect(provinceYear.groupBy("province_code", "province_name")
        .agg(sum("articles").as("articles"), sum(visits).as("visits"), sum("agreements").as("agreements"))
        .orderBy("province_code"), MAX_ROWS);

    // The flows: the heaviest provinces and countries by visits + agreements, then articles.
    Dataset<Row> pairTotals = ppy.groupBy("province_code", "province_name", "country_code", "country_name")
        .agg(sum("articles").as("articles"), sum(col("outbound_visits").plus(col("inbound_visits"))).as("visits"),
            sum("agreements").as("agreements"));
    Dataset<Row> flowProvinces = heaviest(pairTotals, "province_code", FLOW_SIDE);
    Dataset<Row> flowCountries = heaviest(pairTotals, "country_code", FLOW_SIDE);
    DataTable flows = DataTable.collect(pairTotals.join(flowProvinces, "province_code").join(flowCountries, "country_code")
        .orderBy("province_code", "country_code")
        .select("province_code", "province_name", "country_code", "country_name", "articles", "visits", "agreements"),
        MAX_ROWS);

    // A section per busy province: its leading partners and the sentences behind it.
    Dataset<Row> sectionProvinces = topProvinces.limit(MAX_SECTIONS).select("province_code");
    DataTable provincePartners = DataTable.collect(ppy.join(sectionProvinces, "province_code")
        .groupBy("province_code", "country_code", "country_name")
        .agg(sum("articles").as("articles"), sum("outbound_visits").as("outbound_visits"),
            sum("inbound_visits").as("inbound_visits"), sum("agreements").as("agreements"), sum("meetings").as("meetings"))
        .withColumn("rank", row_number().over(Window.partitionBy("province_code").orderBy(
            visitsAndAgreementsFirst(), desc("articles"), col("country_code"))))
        .where(col("rank").leq(SECTION_PARTNERS))
        .orderBy("province_code", "rank")
        .select("province_code", "country_code", "country_name", "articles", "outbound_visits", "inbound_visits",
            "agreements", "meetings"), MAX_ROWS);
    Dataset<Row> sectionFigures = topProvinces.limit(MAX_SECTIONS).join(
            provinceYear.select("province_code", "province_name").distinct(), "province_code")
        .orderBy(desc("total"), desc("total_articles"), col("province_code"))
        .select(col("province_code").as("f_province"), col("province_name").as("f_name"));
    List<Evidence> sectionEvidence = evidence(sectionFigures,
        sentences.join(sectionFigures, col("province_code").equalTo(col("f_province"))),
        new String[] {"f_province"}, row -> PlaceLabels.province(row.getAs("f_province"), row.getAs("f_name")),
        MAX_SECTIONS);

    // Uncertainty: the two latest years of every province, and how many articles each year holds.
    Row latest = provinceYear.agg(max("year")).first();
    int latestYear = latest.isNullAt(0) ? Integer.MIN_VALUE + 1 : latest.getInt(0);
    DataTable lastTwoYears = DataTable.collect(provinceYear.where(col("year").geq(latestYear - 1))
        .select(col("province_code"), col("province_name"), col("year"), col("articles"), visits.as("visits"),
            col("agreements"))
        .orderBy("province_code", "year"), MAX_ROWS);
    DataTable coverage = DataTable.collect(articles.where(col("activity_year").isNotNull())
        .groupBy(col("activity_year").as("year"))
        .agg(count(lit(1)).as("articles"), count(when(col("province_code").isNotNull(), lit(1))).as("counted"))
        .orderBy("year"), MAX_ROWS);

    return new ReportData(warehouse, intake, rejections, provinceRows, partnerRows, heat, pairs, pairYears,
        provinceEvidence, countryEvidence, pairEvidence, provinceTotals, flows, provincePartners, lastTwoYears,
        coverage, sectionEvidence);
  }

  /** Visits and agreements, the largest first: how flows and partners rank before articles. */
  private static Column visitsAndAgreementsFirst() {
    return col("outbound_visits").plus(col("inbound_visits")).plus(col("agreements")).desc();
  }

  /** The {@code limit} values of {@code key} with the most visits + agreements, then articles. */
  private static Dataset<Row> heaviest(Dataset<Row> pairTotals, String key, int limit) {
    return pairTotals.groupBy(key)
        .agg(sum(col("visits").plus(col("agreements"))).as("weight"), sum("articles").as("weight_articles"))
        .orderBy(desc("weight"), desc("weight_articles"), col(key)).limit(limit).select(key);
  }

  /** Labels a figure from its key columns. */
  private interface FigureLabel {
    String of(Row row);
  }

  /**
   * The best {@link #EVIDENCE_PER_FIGURE} sentences per figure (highest confidence, then the
   * largest count), chosen by a window in Spark so only those rows reach the driver. Figures keep
   * the order of {@code figures}, the leading one first; a figure without sentences is left out.
   */
  private static List<Evidence> evidence(Dataset<Row> figures, Dataset<Row> matched, String[] figureKey,
      FigureLabel label) {
    return evidence(figures, matched, figureKey, label, EVIDENCE_FIGURES);
  }

  private static List<Evidence> evidence(Dataset<Row> figures, Dataset<Row> matched, String[] figureKey,
      FigureLabel label, int figureCount) {
    Column[] key = java.util.Arrays.stream(figureKey).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Map<String, String> labels = new LinkedHashMap<>();
    Iterator<Row> figureRows = figures.limit(figureCount).collectAsList().iterator();
    while (figureRows.hasNext()) {
      Row row = figureRows.next();
      labels.put(key(row, figureKey), label.of(row));
    }
    Map<String, List<List<Object>>> sentences = new LinkedHashMap<>();
    labels.keySet().forEach(k -> sentences.put(k, new ArrayList<>()));
    Iterator<Row> it = matched
        .withColumn("rank", row_number().over(Window.partitionBy(key)
            .orderBy(desc("confidence"), desc("count"), col("article_id"), col("event_index"))))
        .where(col("rank").leq(EVIDENCE_PER_FIGURE))
        .orderBy(col("rank"))
        .limit(figureCount * EVIDENCE_PER_FIGURE)
        .collectAsList().iterator();
    while (it.hasNext()) {
      Row row = it.next();
      List<Object> values = new ArrayList<>();
      values.add(row.getAs("year") != null ? row.getAs("year") : row.getAs("activity_year"));
      for (String c : List.of(EVIDENCE_COLUMNS).subList(1, EVIDENCE_COLUMNS.length)) {
        values.add(row.getAs(c));
      }
      List<List<Object>> bucket = sentences.get(key(row, figureKey));
      if (bucket != null) {
        bucket.add(values);
      }
    }
    List<Evidence> out = new ArrayList<>();
    labels.forEach((k, text) -> {
      if (!sentences.get(k).isEmpty()) {
        out.add(new Evidence(text, new DataTable(List.of(EVIDENCE_COLUMNS), sentences.get(k), false)));
      }
    });
    return out;
  }

  private static String key(Row row, String[] columns) {
    StringBuilder k = new StringBuilder();
    for (String c : columns) {
      k.append(Objects.toString(row.getAs(c))).append('\u0001');
    }
    return k.toString();
  }

  private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }

  /** Reads the pipeline's tables, failing clearly when a run has not written one. */
  private record Reader(SparkSession spark, String warehouse) {
    Dataset<Row> table(TableSpec spec) {
      String path = spec.path(warehouse);
      if (!DeltaTable.isDeltaTable(spark, path)) {
        throw Errors.tableMissing(spec.layer() + "/" + spec.name(), path);
      }
      return spark.read().format("delta").load(path);
    }
  }
}
