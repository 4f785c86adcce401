package org.diplomacytrends.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

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
import org.diplomacytrends.common.extract.ExtractorVersion;
import org.diplomacytrends.common.model.Actor;
import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.Evidence;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.model.PartnerMention;
import org.diplomacytrends.common.model.RankClass;
import org.diplomacytrends.common.model.VisitDirection;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;

/**
 * Silver: runs the engine-free extractor once on every article not extracted yet by this
 * extractor version ({@link ExtractorVersion}: an upgrade's rules reach the articles an older one
 * read; {@code extract.re-extract} takes every article) and writes {@code articles},
 * {@code events} and {@code partner_mentions}. The extraction is persisted so the three tables
 * derive from one pass; an article extracted again loses its old facts first; {@code articles} is
 * written last because it marks an article as done, so a run killed in between extracts it again
 * and the key MERGEs absorb the repeat.
 */
public final class ExtractJob {

  /**
   * What the extraction produced in this run.
   *
   * @param articles articles extracted in this run (those extracted before by the same extractor
   *     version are skipped)
   * @param events facts extracted from them
   * @param partnerMentions (article, country) counterpart rows
   * @param reExtracted among {@code articles}, those an older extractor version had extracted (or
   *     all extracted before, with {@code extract.re-extract})
   * @param failed among {@code articles}, those on which the extractor failed (silver
   *     {@code extraction_error} is set; their facts are missing, not zero)
   * @param extractorVersion the version of the extractor that ran
   */
  public record Result(long articles, long events, long partnerMentions, long reExtracted, long failed,
      String extractorVersion) {}

  /** One extracted article: the silver article columns plus nested events and mentions. */
  static final StructType EXTRACTED_SCHEMA = extractedSchema();

  private ExtractJob() {}

  public static void main(String[] args) {
    JobLauncher.launch("extract", args, ExtractJob::run);
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    String version = ExtractorVersion.current();
    // Articles extracted before, by this version or (re-extract) by any: only their ids move.
    Dataset<Row> extractedBefore = store.read(Tables.ARTICLES).select("article_id", "extractor_version");
    Dataset<Row> current = config.extract.reExtract ? extractedBefore.limit(0)
        : extractedBefore.where(col("extractor_version").equalTo(lit(version)));
    Dataset<Row> todo = store.read(Tables.ARTICLES_RAW)
        .join(current.select("article_id"), "article_id", "left_anti")
        .join(extractedBefore.select(col("article_id"), lit(true).as("seen_before")), "article_id", "left_outer")
        .select("article_id", "source", "source_line", "url", "title", "published", "lang", "text", "seen_before");

    Dataset<Row> extracted = todo
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
          ArticleExtractor extractor = ArticleExtractor.shared();
          return new MappingIterator<Row, Row>(rows, raw -> extract(extractor, raw, version));
        }, Encoders.row(EXTRACTED_SCHEMA))
        .withColumn("run_id", lit(config.runId));
    extracted.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row totals = extracted.agg(count(lit(1)), sum(size(col("events"))), sum(size(col("partner_mentions"))),
              count(when(col("seen_before"), lit(1))), count(col("extraction_error")))
          .first();
      long articles = totals.getLong(0);
      if (articles == 0) {
        return new Result(0, 0, 0, 0, 0, version);
      }
      long reExtracted = totals.getLong(3);
      Dataset<Row> events = extracted
          .select(col("article_id"), col("province_code"), col("activity_year"), explode(col("events")).as("e"))
          .select("article_id", "province_code", "activity_year", "e.*");
      Dataset<Row> mentions = extracted
          .select(col("article_id"), col("province_code"), col("activity_year"),
              explode(col("partner_mentions")).as("m"))
          .select("article_id", "province_code", "activity_year", "m.*");
      if (reExtracted > 0) {
        // An older extraction's facts go whole: the new one may have fewer events, at other indexes.
        Dataset<Row> stale = extracted.where(col("seen_before")).select("article_id");
        store.deleteWhereKeyIn(Tables.EVENTS, "article_id", stale);
        store.deleteWhereKeyIn(Tables.PARTNER_MENTIONS, "article_id", stale);
      }
      store.insertNew(Tables.EVENTS, events);
      store.insertNew(Tables.PARTNER_MENTIONS, mentions);
      // Last: a row here marks the article done by this version, so a run killed before extracts it again.
      store.upsert(Tables.ARTICLES, extracted);
      return new Result(articles, totals.getLong(1), totals.getLong(2), reExtracted, totals.getLong(4), version);
    } finally {
      extracted.unpersist();
    }
  }

  /** Applies the extractor (loaded once per executor JVM) to one bronze row. */
  static Row extract(ArticleExtractor extractor, Row raw, String version) {
    String text = raw.getAs("text");
    ArticleInput input = new ArticleInput(raw.getAs("article_id"), raw.getAs("source"), raw.getAs("title"),
        text, raw.getAs("published"), raw.getAs("lang"), raw.getAs("url"));
    ArticleExtraction x = extractor.extract(input);

    List<Row> events = new ArrayList<>(x.events().size());
    int index = 0;
    for (Event e : x.events()) {
      events.add(RowFactory.create(index++, e.kind().code(), e.counterpartCode(),
          e.counterpartType() == null ? null : e.counterpartType().code(),
          e.date() == null ? null : java.sql.Date.valueOf(e.date()), e.year(), e.count(), e.confidence(),
          e.evidence().sentence(), e.evidence().start(), e.evidence().end(), seq(evidenceRows(e.moreEvidence())),
          seq(actorRows(e.actors())), code(e.leadRank(ActorSide.CHINESE)), code(e.leadRank(ActorSide.FOREIGN))));
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
        x.publishDateFlag(),
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
        x.extractionError(),
        version,
        seq(events),
        seq(mentions),
        raw.getAs("seen_before") != null);
  }

  private static List<Row> actorRows(List<Actor> actors) {
    List<Row> rows = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      rows.add(RowFactory.create(a.side().code(), a.rank().code(), a.title(), a.name(), a.normalisedName()));
    }
    return rows;
  }

  private static String code(RankClass rank) {
    return rank == null ? null : rank.code();
  }

  private static List<Row> evidenceRows(List<Evidence> evidence) {
    List<Row> rows = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      rows.add(RowFactory.create(e.sentence(), e.start(), e.end()));
    }
    return rows;
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
        .add("partner_mentions", DataTypes.createArrayType(Tables.MENTION_STRUCT, false), false)
        .add("seen_before", DataTypes.BooleanType, false);
  }

}
