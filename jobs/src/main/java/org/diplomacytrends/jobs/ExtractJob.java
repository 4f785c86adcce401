package org.diplomacytrends.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.model.PartnerMention;
import org.diplomacytrends.common.model.VisitDirection;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;

/**
 * Silver: runs the engine-free extractor once on every article not extracted yet and writes
 * {@code articles}, {@code events} and {@code partner_mentions}. The extraction is persisted so
 * the three tables derive from one pass; {@code articles} is written last because it marks an
 * article as done, so a run killed in between re-extracts it and the key MERGEs absorb the repeat.
 */
public final class ExtractJob {

  /**
   * What the extraction produced in this run.
   *
   * @param articles articles extracted in this run (already extracted ones are skipped)
   * @param events facts extracted from them
   * @param partnerMentions (article, country) counterpart rows
   */
  public record Result(long articles, long events, long partnerMentions) {}

  /** One extracted article: the silver article columns plus nested events and mentions. */
  static final StructType EXTRACTED_SCHEMA = extractedSchema();

  private ExtractJob() {}

  public static void main(String[] args) {
    JobLauncher.launch("extract", args, ExtractJob::run);
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    Dataset<Row> done = store.read(Tables.ARTICLES).select("article_id");
    Dataset<Row> todo = store.read(Tables.ARTICLES_RAW)
        .join(done, "article_id", "left_anti")
        .select("article_id", "source", "source_line", "url", "title", "published", "lang", "text");

    Dataset<Row> extracted = todo
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
          ArticleExtractor extractor = ArticleExtractor.shared();
          return new MappingIterator<Row, Row>(rows, raw -> extract(extractor, raw));
        }, Encoders.row(EXTRACTED_SCHEMA))
        .withColumn("run_id", lit(config.runId));
    extracted.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row totals = extracted.agg(org.apache.spark.sql.functions.count(lit(1)),
              sum(size(col("events"))), sum(size(col("partner_mentions"))))
          .first();
      long articles = totals.getLong(0);
      if (articles == 0) {
        return new Result(0, 0, 0);
      }
      Dataset<Row> events = extracted
          .select(col("article_id"), col("province_code"), col("activity_year"), explode(col("events")).as("e"))
          .select("article_id", "province_code", "activity_year", "e.*");
      Dataset<Row> mentions = extracted
          .select(col("article_id"), col("province_code"), col("activity_year"),
              explode(col("partner_mentions")).as("m"))
          .select("article_id", "province_code", "activity_year", "m.*");
      store.insertNew(Tables.EVENTS, events);
      store.insertNew(Tables.PARTNER_MENTIONS, mentions);
      store.insertNew(Tables.ARTICLES, extracted);
      return new Result(articles, totals.getLong(1), totals.getLong(2));
    } finally {
      extracted.unpersist();
    }
  }

  /** Applies the extractor (loaded once per executor JVM) to one bronze row. */
  static Row extract(ArticleExtractor extractor, Row raw) {
    String text = raw.getAs("text");
    ArticleInput input = new ArticleInput(raw.getAs("article_id"), raw.getAs("source"), raw.getAs("title"),
        text, raw.getAs("published"), raw.getAs("lang"));
    ArticleExtraction x = extractor.extract(input);

    List<Row> events = new ArrayList<>(x.events().size());
    int index = 0;
    for (Event e : x.events()) {
      events.add(RowFactory.create(index++, e.kind().code(), e.counterpartCode(),
          e.counterpartType() == null ? null : e.counterpartType().code(),
          e.date() == null ? null : java.sql.Date.valueOf(e.date()), e.year(), e.count(), e.confidence(),
          e.evidence().sentence(), e.evidence().start(), e.evidence().end()));
    }
    List<Row> mentions = new ArrayList<>(x.partnerMentions().size());
    for (PartnerMention m : x.partnerMentions()) {
      mentions.add(RowFactory.create(m.countryCode(), m.mentions(), m.firstEvidence().sentence(),
          m.firstEvidence().start(), m.firstEvidence().end()));
    }
    return RowFactory.create(
        x.articleId(),
        raw.getAs("source"),
        raw.getAs("source_line"),
        raw.getAs("url"),
        x.title(),
        seq(x.languages().stream().map(Language::code).toList()),
        x.publishDate() == null ? null : java.sql.Date.valueOf(x.publishDate()),
        dateFlag(text, x.publishDate()),
        x.activityYear(),
        x.provinceCode(),
        x.provinceName(),
        x.city(),
        seq(x.partnerCountries()),
        seq(x.domesticPartners()),
        seq(x.visitDirections().stream().map(VisitDirection::code).toList()),
        x.agreementCount(),
        x.events().size(),
        x.provinceEvidence() == null ? null : x.provinceEvidence().sentence(),
        text.length(),
        seq(events),
        seq(mentions));
  }

  /** A date in the header: year, month and day with the separators this genre uses. */
  private static final java.util.regex.Pattern HEADER_DATE =
      java.util.regex.Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
  /** How far into the text a header date is looked for. */
  private static final int HEADER_CHARS = 400;

  /**
   * Why an article has no publish date although its header prints one: the extractor ignores
   * impossible and future dates, and the reader of the table should see that it did.
   */
  static String dateFlag(String text, java.time.LocalDate publishDate) {
    if (publishDate != null) {
      return null;
    }
    java.util.regex.Matcher date = HEADER_DATE.matcher(text.substring(0, Math.min(text.length(), HEADER_CHARS)));
    while (date.find()) {
      try {
        java.time.LocalDate parsed = java.time.LocalDate.of(Integer.parseInt(date.group(1)),
            Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
        if (parsed.isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC))) {
          return "future date ignored: " + date.group();
        }
      } catch (java.time.DateTimeException e) {
        return "impossible date ignored: " + date.group();
      }
    }
    return null;
  }

  /** Spark's row encoder takes Scala sequences for array columns. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static StructType extractedSchema() {
    StructType schema = new StructType();
    for (StructField field : Tables.ARTICLES.schema().fields()) {
      if (!field.name().equals("run_id")) {
        schema = schema.add(field);
      }
    }
    return schema
        .add("events", DataTypes.createArrayType(Tables.EVENT_STRUCT, false), false)
        .add("partner_mentions", DataTypes.createArrayType(Tables.MENTION_STRUCT, false), false);
  }

}
