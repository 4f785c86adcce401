package org.diplomacytrends.notebooks;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.jobs.table.Tables;
import org.jfree.chart.JFreeChart;

/**
 * The notebooks of the questions people ask: a province's trend, a country's Chinese partners, the
 * strongest province pairs. Each shows its Python (pandas on the CSVs, PySpark on the Delta
 * tables) and, as outputs, what this class computed with Spark from the same tables by the same
 * query, so the notebook reads on GitHub without being run.
 */
public final class Notebooks {
  /** Rows shown by a notebook's tables. */
  static final int SHOWN_ROWS = 20;
  /** Evidence sentences shown by a notebook. */
  static final int EVIDENCE_ROWS = 10;
  /** Pairs listed by the pairs notebook. */
  static final int TOP_PAIRS = 10;

  private final SparkSession spark;
  private final String warehouse;
  private final Paths paths;
  private final String generated;

  /**
   * Where the notebook code finds the data, as written into its parameter cell.
   *
   * @param warehouse the warehouse for Jupyter, relative to the notebook when both are local
   * @param csvDir the CSV folder for Jupyter, likewise
   * @param databricksWarehouse the warehouse as an absolute URI, for Databricks
   */
  public record Paths(String warehouse, String csvDir, String databricksWarehouse) {}

  /** A builder reading {@code warehouse}; {@code generated} is the date stamp shown in each notebook. */
  public Notebooks(SparkSession spark, String warehouse, Paths paths, String generated) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.paths = paths;
    this.generated = generated;
  }

  /** Every notebook, by file stem ({@code province_trend}, ...). */
  public Map<String, Notebook> build(ReportData data) {
    Map<String, Notebook> notebooks = new LinkedHashMap<>();
    notebooks.put("province_trend", provinceTrend(data));
    notebooks.put("country_partners", countryPartners(data));
    notebooks.put("province_pairs", provincePairs(data));
    return notebooks;
  }

  private Dataset<Row> table(org.diplomacytrends.jobs.table.TableSpec spec) {
    return spark.read().format("delta").load(spec.path(warehouse));
  }

  // ---- a province's trend ----

  Notebook provinceTrend(ReportData data) {
    String province = data.provinceYear().size() > 0 ? data.provinceYear().text(0, "province_code") : "CN-ZJ";
    String name = data.provinceYear().size() > 0 ? data.provinceYear().text(0, "province_name") : null;
    String label = PlaceLabels.province(province, name);

    DataTable trend = DataTable.collect(table(Tables.PROVINCE_YEAR).where(col("province_code").equalTo(province))
        .orderBy("year")
        .select("year", "articles", "outbound_visits", "inbound_visits", "domestic_visits", "agreements", "meetings",
            "visits_top_leader", "visits_other_rank", "visits_rank_unnamed", "partner_countries", "top_partners"),
        NotebookLimits.MAX_TREND_YEARS);
    DataTable partners = DataTable.collect(table(Tables.PROVINCE_PARTNER_YEAR).where(col("province_code").equalTo(province))
        .groupBy("country_code", "country_name")
        .agg(sum("articles").as("articles"), sum("outbound_visits").as("outbound_visits"),
            sum("inbound_visits").as("inbound_visits"), sum("agreements").as("agreements"),
            min("year").as("first_year"), max("year").as("last_year"))
        .orderBy(desc("articles"), col("country_code")), SHOWN_ROWS);
    DataTable evidence = evidence(col("province_code").equalTo(province));

    Notebook nb = new Notebook("A province's foreign-affairs trend");
    nb.markdown("# A province's foreign-affairs trend: " + label + "\n\n"
        + "Visits abroad, foreign visitors received, foreign-affairs trips inside China and agreements signed, year by year; "
        + "who led the province's side of its visits (`visits_top_leader`: party secretary or governor; "
        + "`visits_other_rank`: a lower rank; `visits_rank_unnamed`: no Chinese official's title named); "
        + "and the counterpart countries and the sentences behind the numbers.\n\n"
        + intro("PROVINCE", "an ISO 3166-2:CN code such as `CN-ZJ`"));
    parameters(nb, "PROVINCE", province);
    nb.markdown("## Per year (pandas, from the CSV)");
    nb.code("""
        import pandas as pd

        province_year = pd.read_csv(f"{CSV_DIR}/province_year.csv", encoding="utf-8-sig")
        trend = (province_year[province_year["province_code"] == PROVINCE]
                 .sort_values("year")
                 [["year", "articles", "outbound_visits", "inbound_visits", "domestic_visits",
                   "agreements", "meetings", "visits_top_leader", "visits_other_rank", "visits_rank_unnamed",
                   "partner_countries", "top_partners"]]
                 .reset_index(drop=True))
        trend""", new Notebook.TableOutput(trend, "NaN"));
    chart(nb, """
        ax = trend.plot(x="year", y=["outbound_visits", "inbound_visits", "domestic_visits", "agreements"],
                        kind="bar", figsize=(9, 4), title=f"{PROVINCE}: visits and agreements per year")""",
        Charts.provinceTrend(trend, label + ": visits and agreements per year"), 900, 400);
    sparkSetup(nb);
    nb.markdown("## Counterpart countries (PySpark, from the Delta table)");
    nb.code("""
        partners = (spark.read.format("delta").load(f"{WAREHOUSE}/gold/province_partner_year")
                    .where(F.col("province_code") == PROVINCE)
                    .groupBy("country_code", "country_name")
                    .agg(F.sum("articles").alias("articles"), F.sum("outbound_visits").alias("outbound_visits"),
                         F.sum("inbound_visits").alias("inbound_visits"), F.sum("agreements").alias("agreements"),
                         F.min("year").alias("first_year"), F.max("year").alias("last_year"))
                    .orderBy(F.desc("articles"), "country_code"))
        partners.limit(%d).toPandas()""".formatted(SHOWN_ROWS), new Notebook.TableOutput(partners, "None"));
    evidenceCells(nb, """
        (events.where(F.col("province_code") == PROVINCE)""", evidence);
    coverageCells(nb, data.coverage());
    return nb;
  }

  /**
   * How many articles the corpus holds per activity year (the report's coverage line), so a rise
   * in the trend above is read against the corpus before it is read as diplomacy.
   */
  private static void coverageCells(Notebook nb, DataTable coverage) {
    nb.markdown("## How many articles the corpus holds per year\n\nA province's figures rise when the corpus holds "
        + "more articles about that year, whatever happened in diplomacy: read the trend above against this table. "
        + "`articles`: silver articles with an activity year; `counted`: those with a subject province too (the ones "
        + "gold counts).");
    nb.code("""
        (spark.read.format("delta").load(f"{WAREHOUSE}/silver/articles")
         .where(F.col("activity_year").isNotNull())
         .groupBy(F.col("activity_year").alias("year"))
         .agg(F.count(F.lit(1)).alias("articles"),
              F.count(F.when(F.col("province_code").isNotNull(), 1)).alias("counted"))
         .orderBy("year")
         .toPandas())""", new Notebook.TableOutput(coverage, "None"));
  }

  // ---- a country's Chinese partners ----

  Notebook countryPartners(ReportData data) {
    String country = data.partnerYear().size() > 0 ? data.partnerYear().text(0, "country_code") : "RUS";
    String name = data.partnerYear().size() > 0 ? data.partnerYear().text(0, "country_name") : null;
    String label = PlaceLabels.country(country, name);

    DataTable partners = DataTable.collect(table(Tables.PROVINCE_PARTNER_YEAR).where(col("country_code").equalTo(country))
        .groupBy("province_code", "province_name")
        .agg(sum("articles").as("articles"), sum("outbound_visits").as("outbound_visits"),
            sum("inbound_visits").as("inbound_visits"), sum("agreements").as("agreements"), sum("meetings").as("meetings"))
        .orderBy(desc("articles"), col("province_code")), NotebookLimits.MAX_PROVINCES);
    DataTable years = DataTable.collect(table(Tables.PARTNER_YEAR).where(col("country_code").equalTo(country))
        .orderBy("year")
        .select("year", "articles", "provinces", "outbound_visits", "inbound_visits", "agreements", "meetings"),
        NotebookLimits.MAX_TREND_YEARS);
    DataTable evidence = evidence(col("counterpart_type").equalTo("country").and(col("counterpart_code").equalTo(country)));

    Notebook nb = new Notebook("A country's Chinese partners");
    nb.markdown("# A country's Chinese partners: " + label + "\n\n"
        + "Which Chinese provinces deal with the country (articles naming it as a counterpart, visits each way, "
        + "agreements), how that changes per year, and the sentences behind it.\n\n"
        + intro("COUNTRY", "an ISO 3166-1 alpha-3 code such as `RUS`, `JPN`, `KOR` (HKG, MAC, TWN included)"));
    parameters(nb, "COUNTRY", country);
    nb.markdown("## Chinese provinces dealing with the country (pandas, from the CSV)");
    nb.code("""
        import pandas as pd

        ppy = pd.read_csv(f"{CSV_DIR}/province_partner_year.csv", encoding="utf-8-sig")
        partners = (ppy[ppy["country_code"] == COUNTRY]
                    .groupby(["province_code", "province_name"], as_index=False, dropna=False)
                    [["articles", "outbound_visits", "inbound_visits", "agreements", "meetings"]].sum()
                    .sort_values(["articles", "province_code"], ascending=[False, True])
                    .reset_index(drop=True))
        partners""", new Notebook.TableOutput(partners, "NaN"));
    chart(nb, """
        ax = partners.plot(x="province_code", y=["articles", "agreements"], kind="barh", figsize=(9, 4),
                           title=f"Chinese partners of {COUNTRY}")""",
        Charts.countryPartners(partners, "Chinese partners of " + label), 900,
        Math.max(260, 110 + 40 * partners.size()));
    sparkSetup(nb);
    nb.markdown("## Per year, all provinces together (PySpark, from the Delta table)");
    nb.code("""
        (spark.read.format("delta").load(f"{WAREHOUSE}/gold/partner_year")
         .where(F.col("country_code") == COUNTRY)
         .orderBy("year")
         .select("year", "articles", "provinces", "outbound_visits", "inbound_visits", "agreements", "meetings")
         .toPandas())""", new Notebook.TableOutput(years, "None"));
    evidenceCells(nb, """
        (events.where((F.col("counterpart_type") == "country") & (F.col("counterpart_code") == COUNTRY))""", evidence);
    return nb;
  }

  // ---- the strongest province pairs ----

  Notebook provincePairs(ReportData data) {
    DataTable pairs = DataTable.collect(table(Tables.PROVINCE_PAIR_YEAR)
        .groupBy("province_a", "province_b")
        .agg(sum("articles").as("articles"), sum("domestic_visits").as("domestic_visits"), sum("agreements").as("agreements"))
        .orderBy(desc("articles"), desc("agreements"), col("province_a"), col("province_b")), TOP_PAIRS);
    String a = pairs.size() > 0 ? pairs.text(0, "province_a") : "";
    String b = pairs.size() > 0 ? pairs.text(0, "province_b") : "";
    DataTable years = DataTable.collect(table(Tables.PROVINCE_PAIR_YEAR)
        .where(col("province_a").equalTo(a).and(col("province_b").equalTo(b))).orderBy("year"),
        NotebookLimits.MAX_TREND_YEARS);
    DataTable evidence = evidence(col("counterpart_type").equalTo("province")
        .and(least(col("province_code"), col("counterpart_code")).equalTo(a))
        .and(greatest(col("province_code"), col("counterpart_code")).equalTo(b)));

    Notebook nb = new Notebook("The strongest province pairs");
    nb.markdown("# The strongest province pairs\n\n"
        + "Domestic cross-regional cooperation: two provinces named as counterparts of each other, with the domestic "
        + "visits and agreements between them. The strongest pair here is "
        + (pairs.size() > 0 ? Charts.pairLabel(a, b) : "(none in this warehouse)") + ".\n\n"
        + intro("PAIR", "two ISO 3166-2:CN codes, alphabetically ordered, such as `(\"CN-SC\", \"CN-ZJ\")`"));
    nb.code(parameterSource("PAIR = (" + py(a) + ", " + py(b) + ")\nTOP = " + TOP_PAIRS),
        databricksParameterSource("dbutils.widgets.text(\"pair\", " + py(a + "," + b) + ")\n"
            + "PAIR = tuple(dbutils.widgets.get(\"pair\").split(\",\"))\nTOP = " + TOP_PAIRS));
    nb.markdown("## Pairs over all years (pandas, from the CSV)");
    nb.code("""
        import pandas as pd

        pairs = (pd.read_csv(f"{CSV_DIR}/province_pair_year.csv", encoding="utf-8-sig")
                 .groupby(["province_a", "province_b"], as_index=False)[["articles", "domestic_visits", "agreements"]].sum()
                 .sort_values(["articles", "agreements", "province_a", "province_b"],
                              ascending=[False, False, True, True])
                 .head(TOP)
                 .reset_index(drop=True))
        pairs""", new Notebook.TableOutput(pairs, "NaN"));
    chart(nb, """
        ax = (pairs.assign(pair=pairs["province_a"] + " – " + pairs["province_b"])
              .plot(x="pair", y=["articles", "domestic_visits", "agreements"], kind="barh", figsize=(9, 4),
                    title="Domestic cross-regional pairs"))""",
        Charts.pairs(pairs), 900, Math.max(260, 110 + 44 * pairs.size()));
    sparkSetup(nb);
    nb.markdown("## The pair per year (PySpark, from the Delta table)");
    nb.code("""
        (spark.read.format("delta").load(f"{WAREHOUSE}/gold/province_pair_year")
         .where((F.col("province_a") == PAIR[0]) & (F.col("province_b") == PAIR[1]))
         .orderBy("year")
         .toPandas())""", new Notebook.TableOutput(years, "None"));
    evidenceCells(nb, """
        (events.where((F.col("counterpart_type") == "province")
                      & (F.least("province_code", "counterpart_code") == PAIR[0])
                      & (F.greatest("province_code", "counterpart_code") == PAIR[1]))""", evidence);
    return nb;
  }

  // ---- shared cells ----

  private String intro(String parameter, String what) {
    return "In the Jupyter version (`.ipynb`) the outputs were computed by `bin/diplomacy-trends report` from the "
        + "warehouse on " + generated + ", so it reads without running. To refresh them, run the cells: pandas reads "
        + "the CSV summaries, PySpark reads the Delta tables. Set `" + parameter + "` to " + what
        + " to ask about another one.";
  }

  private void parameters(Notebook nb, String name, String value) {
    nb.code(parameterSource(name + " = " + py(value)),
        databricksParameterSource("dbutils.widgets.text(" + py(name.toLowerCase(java.util.Locale.ROOT)) + ", " + py(value) + ")\n"
            + name + " = dbutils.widgets.get(" + py(name.toLowerCase(java.util.Locale.ROOT)) + ")"));
  }

  private String parameterSource(String own) {
    return "# Where `bin/diplomacy-trends run` wrote its tables (relative to this notebook) and its CSV summaries.\n"
        + "WAREHOUSE = " + py(paths.warehouse()) + "\n"
        + "CSV_DIR = " + py(paths.csvDir()) + "\n" + own;
  }

  private String databricksParameterSource(String own) {
    return "# The warehouse as a DBFS, cloud-storage or Volumes path; pandas reads DBFS through /dbfs/.\n"
        + "dbutils.widgets.text(\"warehouse\", " + py(paths.databricksWarehouse()) + ")\n"
        + "WAREHOUSE = dbutils.widgets.get(\"warehouse\")\n"
        + "CSV_DIR = WAREHOUSE.replace(\"dbfs:/\", \"/dbfs/\", 1) + \"/csv\"\n" + own;
  }

  private static void sparkSetup(Notebook nb) {
    nb.markdown("## PySpark on the Delta tables");
    nb.code("""
        # Needs `pip install pyspark delta-spark` (Spark 4.x, Delta 4.x). On Databricks `spark` exists already.
        from delta import configure_spark_with_delta_pip
        from pyspark.sql import SparkSession, functions as F

        builder = (SparkSession.builder.appName("diplomacy-trends-notebook")
                   .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                   .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog"))
        spark = configure_spark_with_delta_pip(builder).getOrCreate()""",
        "from pyspark.sql import functions as F");
  }

  private static void chart(Notebook nb, String source, JFreeChart chart, int width, int height) {
    nb.markdown("In the `.ipynb` version the chart below was drawn from this table by the report generator "
        + "(JFreeChart); running the cell redraws it with matplotlib.");
    if (chart == null) {
      nb.code(source.stripIndent().strip());
    } else {
      nb.code(source.stripIndent().strip(), new Notebook.ImageOutput(ChartRenderer.png(chart, width, height),
          "<Figure: " + chart.getTitle().getText() + ">"));
    }
  }

  private static void evidenceCells(Notebook nb, String filter, DataTable evidence) {
    nb.markdown("## Where the numbers come from\n\nThe facts with their evidence sentences (silver `events`), "
        + "joined with the article they were read in (silver `articles`), highest confidence first.");
    String source = "events = spark.read.format(\"delta\").load(f\"{WAREHOUSE}/silver/events\")\n"
        + "articles = spark.read.format(\"delta\").load(f\"{WAREHOUSE}/silver/articles\")\n"
        + filter.strip() + "\n"
        + " .join(articles.select(\"article_id\", \"title\", \"source\"), \"article_id\")\n"
        + " .orderBy(F.desc(\"confidence\"), F.desc(\"count\"), \"article_id\", \"event_index\")\n"
        + " .select(\"activity_year\", \"kind\", \"counterpart_code\", \"count\", \"confidence\", \"evidence\", \"title\")\n"
        + " .limit(" + EVIDENCE_ROWS + ")\n"
        + " .toPandas())";
    nb.code(source, new Notebook.TableOutput(evidence, "None"));
  }

  /** The same query as {@link #evidenceCells}' code, run here for its output. */
  private DataTable evidence(Column filter) {
    Dataset<Row> events = table(Tables.EVENTS);
    Dataset<Row> articles = table(Tables.ARTICLES).select("article_id", "title", "source");
    return DataTable.collect(events.where(filter).join(articles, "article_id")
        .orderBy(desc("confidence"), desc("count"), col("article_id"), col("event_index"))
        .select("activity_year", "kind", "counterpart_code", "count", "confidence", "evidence", "title"), EVIDENCE_ROWS);
  }

  /** A Python string literal (double-quoted, backslashes and quotes escaped). */
  static String py(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Bounds of the notebooks' tables (years and provinces are few, but never unbounded). */
  static final class NotebookLimits {
    static final int MAX_TREND_YEARS = 100;
    static final int MAX_PROVINCES = 40;

    private NotebookLimits() {}
  }
}
