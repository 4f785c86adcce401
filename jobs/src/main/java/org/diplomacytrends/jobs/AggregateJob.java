package org.diplomacytrends.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.diplomacytrends.common.model.EventKind;
import org.diplomacytrends.common.model.RankClass;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;

/**
 * Gold: derives the summary tables from the silver tables with Spark SQL built-ins (no UDFs) and
 * MERGEs each onto its natural key, so the gold tables always equal a full rebuild from silver.
 * Only articles with a subject province and an activity year are counted.
 */
public final class AggregateJob {

  /** Rows in each gold table after the run, by table name. */
  public record Result(Map<String, Long> rows) {}

  /** The ranks that lead a province: party secretary and governor. */
  private static final Object[] TOP_LEADER_RANKS = Arrays.stream(RankClass.values())
      .filter(RankClass::topProvincialLeader).map(RankClass::code).toArray();

  private AggregateJob() {}

  public static void main(String[] args) {
    JobLauncher.launch("aggregate", args, AggregateJob::run);
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    Dataset<Row> articles = store.read(Tables.ARTICLES)
        .filter(col("province_code").isNotNull().and(col("activity_year").isNotNull()))
        .select(col("article_id"), col("province_code"), col("province_name"), col("activity_year").as("year"),
            col("agreement_count"), col("domestic_partners"));
    Dataset<Row> events = store.read(Tables.EVENTS)
        .filter(col("province_code").isNotNull().and(col("activity_year").isNotNull()))
        .select(col("article_id"), col("province_code"), col("activity_year").as("year"), col("kind"),
            col("counterpart_code"), col("counterpart_type"), col("count"), col("chinese_rank"));
    Dataset<Row> mentions = store.read(Tables.PARTNER_MENTIONS)
        .filter(col("province_code").isNotNull().and(col("activity_year").isNotNull()))
        .select(col("article_id"), col("province_code"), col("activity_year").as("year"), col("country_code"));
    Dataset<Row> provinceNames = articles.groupBy("province_code").agg(max("province_name").as("province_name"));
    Dataset<Row> countryNames = countryNames(spark);

    Dataset<Row> provinceYear = provinceYear(articles, events, mentions);
    Dataset<Row> provincePartnerYear = provincePartnerYear(events, mentions, provinceNames, countryNames);
    Dataset<Row> partnerYear = partnerYear(provincePartnerYear);
    Dataset<Row> pairYear = provincePairYear(articles, events);

    Map<String, Long> rows = new LinkedHashMap<>();
    write(store, Tables.PROVINCE_YEAR, provinceYear, rows);
    write(store, Tables.PROVINCE_PARTNER_YEAR, provincePartnerYear, rows);
    write(store, Tables.PARTNER_YEAR, partnerYear, rows);
    write(store, Tables.PROVINCE_PAIR_YEAR, pairYear, rows);
    return new Result(rows);
  }

  private static void write(DeltaTableStore store, TableSpec spec, Dataset<Row> rows, Map<String, Long> counts) {
    store.replaceAll(spec, rows);
    counts.put(spec.name(), store.read(spec).count());
  }

  /** Sums {@code count} of the events of one kind; 0 when there are none. */
  private static Column countOf(EventKind kind) {
    return sum(when(col("kind").equalTo(kind.code()), col("count")).otherwise(0)).cast("long");
  }

  /** Sums {@code count} of the visit events that match {@code condition}. */
  private static Column visitsWhere(Column condition) {
    return sum(when(col("kind").startsWith("visit_").and(condition), col("count")).otherwise(0)).cast("long");
  }

  private static Column zero(String column) {
    return coalesce(col(column), lit(0L)).as(column);
  }

  static Dataset<Row> provinceYear(Dataset<Row> articles, Dataset<Row> events, Dataset<Row> mentions) {
    Dataset<Row> base = articles.groupBy("province_code", "year")
        .agg(max("province_name").as("province_name"), count(lit(1)).as("articles"),
            sum("agreement_count").cast("long").as("agreements"));
    Dataset<Row> facts = events.groupBy("province_code", "year")
        .agg(countOf(EventKind.VISIT_OUTBOUND).as("outbound_visits"),
            countOf(EventKind.VISIT_INBOUND).as("inbound_visits"),
            countOf(EventKind.VISIT_DOMESTIC).as("domestic_visits"),
            countOf(EventKind.MEETING).as("meetings"),
            // Facts without a named counterpart: what the partner tables cannot show.
            sum(when(col("counterpart_code").isNull().and(col("kind").startsWith("visit_")), col("count")).otherwise(0))
                .cast("long").as("unattributed_visits"),
            sum(when(col("counterpart_code").isNull().and(col("kind").equalTo(EventKind.AGREEMENT.code())),
                col("count")).otherwise(0)).cast("long").as("unattributed_agreements"),
            // The rank mix: who on the province's side led or received each visit.
            visitsWhere(col("chinese_rank").isin(TOP_LEADER_RANKS)).as("visits_top_leader"),
            visitsWhere(col("chinese_rank").isNotNull().and(not(col("chinese_rank").isin(TOP_LEADER_RANKS))))
                .as("visits_other_rank"),
            visitsWhere(col("chinese_rank").isNull()).as("visits_rank_unnamed"));
    // Visits and agreements with each counterpart country: what ranks the top partners.
    Dataset<Row> acts = events.filter(col("counterpart_type").equalTo("country")
            .and(col("kind").startsWith("visit_").or(col("kind").equalTo(EventKind.AGREEMENT.code()))))
        .groupBy(col("province_code"), col("year"), col("counterpart_code").as("country_code"))
        .agg(sum("count").cast("long").as("acts"));
    Dataset<Row> partners = mentions.groupBy("province_code", "year", "country_code")
        .agg(countDistinct("article_id").as("n"))
        .join(acts, toSeq("province_code", "year", "country_code"), "left")
        .withColumn("acts", coalesce(col("acts"), lit(0L)))
        .groupBy("province_code", "year")
        .agg(count(lit(1)).as("partner_countries"),
            // By acts, then articles (both descending), then code, so the text is deterministic.
            expr("concat_ws('; ', slice(transform(array_sort(collect_list(struct(-acts AS neg_acts, -n AS neg_articles,"
                + " country_code AS code))), p -> concat(p.code, ' ', cast(-p.neg_acts AS string))), 1, 5))")
                .as("top_partners"));
    return base.join(facts, toSeq("province_code", "year"), "left")
        .join(partners, toSeq("province_code", "year"), "left")
        .select(col("province_code"), col("province_name"), col("year"), col("articles"),
            zero("outbound_visits"), zero("inbound_visits"), zero("domestic_visits"), zero("agreements"),
            zero("meetings"), zero("partner_countries"), col("top_partners"), zero("unattributed_visits"),
            zero("unattributed_agreements"), zero("visits_top_leader"), zero("visits_other_rank"),
            zero("visits_rank_unnamed"));
  }

  static Dataset<Row> provincePartnerYear(Dataset<Row> events, Dataset<Row> mentions, Dataset<Row> provinceNames,
      Dataset<Row> countryNames) {
    Dataset<Row> byMention = mentions.groupBy("province_code", "country_code", "year")
        .agg(countDistinct("article_id").as("articles"));
    Dataset<Row> byEvent = events.filter(col("counterpart_type").equalTo("country"))
        .withColumnRenamed("counterpart_code", "country_code")
        .groupBy("province_code", "country_code", "year")
        .agg(countOf(EventKind.VISIT_OUTBOUND).as("outbound_visits"),
            countOf(EventKind.VISIT_INBOUND).as("inbound_visits"),
            countOf(EventKind.AGREEMENT).as("agreements"),
            countOf(EventKind.MEETING).as("meetings"));
    return byMention.join(byEvent, toSeq("province_code", "country_code", "year"), "full_outer")
        .join(provinceNames, toSeq("province_code"), "left")
        .join(countryNames, toSeq("country_code"), "left")
        .select(col("province_code"), col("province_name"), col("country_code"), col("country_name"), col("year"),
            zero("articles"), zero("outbound_visits"), zero("inbound_visits"), zero("agreements"), zero("meetings"));
  }

  static Dataset<Row> partnerYear(Dataset<Row> provincePartnerYear) {
    return provincePartnerYear.groupBy("country_code", "year")
        .agg(max("country_name").as("country_name"),
            sum("articles").cast("long").as("articles"),
            count(lit(1)).as("provinces"),
            sum("outbound_visits").cast("long").as("outbound_visits"),
            sum("inbound_visits").cast("long").as("inbound_visits"),
            sum("agreements").cast("long").as("agreements"),
            sum("meetings").cast("long").as("meetings"));
  }

  static Dataset<Row> provincePairYear(Dataset<Row> articles, Dataset<Row> events) {
    Dataset<Row> byArticle = articles
        .select(col("article_id"), col("province_code"), col("year"), explode(col("domestic_partners")).as("partner"))
        .filter(col("partner").notEqual(col("province_code")))
        .select(least(col("province_code"), col("partner")).as("province_a"),
            greatest(col("province_code"), col("partner")).as("province_b"), col("year"), col("article_id"))
        .groupBy("province_a", "province_b", "year")
        .agg(countDistinct("article_id").as("articles"));
    Dataset<Row> byEvent = events
        .filter(col("counterpart_type").equalTo("province").and(col("counterpart_code").notEqual(col("province_code"))))
        .select(least(col("province_code"), col("counterpart_code")).as("province_a"),
            greatest(col("province_code"), col("counterpart_code")).as("province_b"), col("year"), col("kind"),
            col("count"))
        .groupBy("province_a", "province_b", "year")
        .agg(countOf(EventKind.VISIT_DOMESTIC).as("domestic_visits"), countOf(EventKind.AGREEMENT).as("agreements"));
    return byArticle.join(byEvent, toSeq("province_a", "province_b", "year"), "full_outer")
        .select(col("province_a"), col("province_b"), col("year"), zero("articles"), zero("domestic_visits"),
            zero("agreements"));
  }

  /** English names of every ISO country, from the JDK's CLDR data: about 250 rows built on the driver. */
  static Dataset<Row> countryNames(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      String name = switch (alpha2) {
        case "HK" -> "Hong Kong";
        case "MO" -> "Macao";
        default -> country.getDisplayCountry(Locale.ENGLISH);
      };
      rows.add(RowFactory.create(country.getISO3Country(), name));
    }
    StructType schema = new StructType().add("country_code", "string", false).add("country_name", "string", false);
    return spark.createDataFrame(rows, schema);
  }

  private static scala.collection.immutable.Seq<String> toSeq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
  }
}
