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
    List<Evidence> pairEvidence) {

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
            "domestic_visits", "agreements", "meetings"), MAX_ROWS);

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

    return new ReportData(warehouse, intake, rejections, provinceRows, partnerRows, heat, pairs, pairYears,
        provinceEvidence, countryEvidence, pairEvidence);
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
    Column[] key = java.util.Arrays.stream(figureKey).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Map<String, String> labels = new LinkedHashMap<>();
    Iterator<Row> figureRows = figures.limit(EVIDENCE_FIGURES).collectAsList().iterator();
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
        .limit(EVIDENCE_FIGURES * EVIDENCE_PER_FIGURE)
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
