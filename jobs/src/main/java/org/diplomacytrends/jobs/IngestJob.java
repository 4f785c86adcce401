package org.diplomacytrends.jobs;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.diplomacytrends.common.ingest.ArticleColumns;
import org.diplomacytrends.common.ingest.DocumentParser;
import org.diplomacytrends.common.ingest.IngestOutcome;
import org.diplomacytrends.common.ingest.RawArticle;
import org.diplomacytrends.common.ingest.RecordStream;
import org.diplomacytrends.common.ingest.Rejection;
import org.diplomacytrends.common.ingest.RejectionReason;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.DeltaTableStore;
import org.diplomacytrends.jobs.table.Tables;

/**
 * Bronze: reads the corpus (files, folders, globs, any Hadoop FileSystem), decodes every file,
 * and writes {@code articles_raw} (one row per distinct text) and {@code rejected_inputs} (one
 * row per quarantined file or line). Every file and every JSON Lines line is accounted for.
 */
public final class IngestJob {

  /**
   * What the ingest saw.
   *
   * @param files files listed under the input paths
   * @param unchangedFiles files not read because an earlier run read them and they have not changed since
   * @param records inputs parsed: one per text file, one per non-blank JSON Lines line, plus whole-file rejections
   * @param accepted records that became articles
   * @param duplicates accepted records whose text was already read in this run (same article id)
   * @param rejected records quarantined in rejected_inputs
   * @param newArticles articles not in articles_raw before this run
   * @param rejectedByReason the rejected records per reason, most frequent first, with the first few inputs
   */
  public record Result(long files, long unchangedFiles, long records, long accepted, long duplicates, long rejected,
      long newArticles, List<RejectedReason> rejectedByReason) {}

  /**
   * The inputs of one rejection reason in a run.
   *
   * @param reason reason code (docs/INPUTS.md)
   * @param count how many inputs were rejected for it
   * @param examples the first few, as path or path:line, in path order
   */
  public record RejectedReason(String reason, long count, List<String> examples) {}

  /** How many inputs of each rejection reason the run summary names. */
  static final int REJECTED_EXAMPLES = 3;

  /** Parsed input, one row per outcome; accepted rows carry the article, rejected ones the reason. */
  static final StructType OUTCOME_SCHEMA = new StructType()
      .add("accepted", "boolean", false)
      .add("article_id", "string")
      .add("source", "string", false)
      .add("source_line", "integer")
      .add("external_id", "string")
      .add("url", "string")
      .add("title", "string")
      .add("published", "string")
      .add("lang", "string")
      .add("source_name", "string")
      .add("encoding", "string")
      .add("text", "string")
      // UTF-16 units, as evidence offsets count them (Spark's length() counts code points).
      .add("text_chars", "integer")
      .add("notes", "string")
      .add("reason", "string")
      .add("detail", "string");

  private IngestJob() {}

  public static void main(String[] args) {
    JobLauncher.launch("ingest", args, IngestJob::run);
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    DeltaTableStore store = new DeltaTableStore(spark, config.warehouse);
    InputListing listing = InputListing.scan(spark.sparkContext().hadoopConfiguration(), config.input);

    // One scan of the file index (path, length, modification time: Spark reads no content).
    Dataset<Row> index = spark.read().format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(listing.paths().toArray(new String[0]))
        .select(col("path"), col("length"), col("modificationTime").as("modified"),
            lower(regexp_extract(col("path"), "(?i)\\.(warc\\.gz|[^./]+)$", 1)).as("extension"));
    // Files an earlier run read, unchanged since, are not read again: their articles are in
    // articles_raw already, and an incremental run costs what its new files cost.
    Dataset<Row> files = config.ingest.skipUnchangedFiles
        ? index.join(store.read(Tables.INPUT_FILES).select("path", "length", "modified"),
            using("path", "length", "modified"), "left_anti")
        : index;
    // Cached: it feeds the three branches below; without the cache each would scan and join again.
    files.persist(StorageLevel.MEMORY_AND_DISK());
    long unchanged = config.ingest.skipUnchangedFiles ? index.count() - files.count() : 0;

    var readable = col("extension").isin(config.ingest.extensions.toArray());
    var fits = col("length").leq(config.ingest.maxFileBytes);
    var jsonLines = col("extension").isin((Object[]) InputListing.JSON_LINES_EXTENSIONS);
    // Read record by record, never held in memory whole: no size limit on the file.
    var streamed = col("extension").isin(DocumentParser.STREAMED_EXTENSIONS.toArray())
        .or(col("extension").equalTo(ParquetArticles.EXTENSION));
    // Spark lists the files and packs them into tasks (only path and length are selected, so it
    // reads no content); each task reads its files itself, so a file that cannot be read becomes a
    // rejection instead of failing the job, and a file over the limit is never read at all.
    Dataset<Row> parsed = files.filter(readable.and(fits.or(streamed))).select("path")
        .mapPartitions(new ParseFiles(hadoopSettings(spark), config.ingest.tableColumns.toArticleColumns(),
            config.ingest.maxFileBytes), Encoders.row(OUTCOME_SCHEMA));
    // Large JSON Lines files are read in splits instead; other large files are quarantined.
    // (As many paths as there are large JSON Lines files among the new ones: a handful.)
    List<String> largeJsonLines = files.filter(jsonLines.and(not(fits))).select("path")
        .as(Encoders.STRING()).collectAsList();
    Dataset<Row> splitParsed = largeJsonLines.isEmpty()
        ? spark.createDataFrame(List.of(), OUTCOME_SCHEMA)
        : LargeJsonLines.parse(spark, largeJsonLines, config.ingest.jsonlSplitBytes);
    Dataset<Row> tooLarge = files.filter(readable.and(not(fits)).and(not(jsonLines)).and(not(streamed)))
        .select(col("path").as("source"), lit(null).cast("int").as("source_line"),
            lit(RejectionReason.TOO_LARGE.code()).as("reason"),
            concat(col("length").cast("string"), lit(" bytes is over the limit of " + config.ingest.maxFileBytes
                + " bytes (ingest.max-file-bytes)")).as("detail"));
    Dataset<Row> unsupported = files.filter(not(readable))
        .select(col("path").as("source"), lit(null).cast("int").as("source_line"),
            lit(RejectionReason.UNSUPPORTED_FORMAT.code()).as("reason"),
            concat(lit("extension '."), col("extension"), lit("' is not read (ingest.extensions: "
                + String.join(", ", config.ingest.extensions) + ")")).as("detail"));
    // Spark's file sources never show zero-length files or broken links; the listing found them.
    List<Row> listed = new java.util.ArrayList<>(listing.emptyFiles().stream()
        .map(path -> RowFactory.create(path, null, RejectionReason.EMPTY.code(), "0 bytes"))
        .toList());
    listing.unreadable().forEach((path, why) ->
        listed.add(RowFactory.create(path, null, RejectionReason.UNREADABLE.code(), why)));
    Dataset<Row> listedRejections = spark.createDataFrame(listed, new StructType()
        .add("source", "string", false).add("source_line", "integer").add("reason", "string", false)
        .add("detail", "string"));

    Dataset<Row> outcomes = parsed.unionByName(splitParsed)
        .unionByName(tooLarge.unionByName(unsupported).unionByName(listedRejections).withColumn("accepted", lit(false)), true);

    outcomes.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row counts = outcomes.agg(
              count(lit(1)).as("records"),
              sum(when(col("accepted"), 1).otherwise(0)).as("accepted"),
              countDistinct(col("article_id")).as("distinct_articles"))
          .first();
      long records = counts.getLong(0);
      long accepted = counts.isNullAt(1) ? 0 : counts.getLong(1);
      long distinct = counts.getLong(2);
      // From this run's outcomes, not the table: an input an earlier run quarantined already has
      // its row there (under that run's id), and is still one this run rejected. Before any write:
      // writing input_files makes Spark recompute the cached file list, which then leaves out the
      // files this run has just recorded as read.
      List<RejectedReason> byReason = records == accepted ? List.of()
          : rejectedByReason(outcomes.filter(not(col("accepted"))));

      Dataset<Row> articles = outcomes.filter(col("accepted"))
          .withColumn("locator", when(col("source_line").isNull(), col("source"))
              .otherwise(concat(col("source"), lit("#L"), col("source_line").cast("string"))))
          .groupBy("article_id")
          .agg(min(struct("locator", "source", "source_line", "external_id", "url", "title", "published",
                  "lang", "source_name", "encoding", "text", "text_chars", "notes")).as("first"),
              array_sort(collect_set("locator")).as("sources"))
          .select(col("article_id"), col("first.source"), col("first.source_line"), col("sources"),
              col("first.external_id"), col("first.url"), col("first.title"), col("first.published"),
              col("first.lang"), col("first.source_name"), col("first.encoding"), col("first.text"),
              col("first.text_chars"), col("first.notes"),
              lit(config.runId).as("run_id"));
      store.merge(Tables.ARTICLES_RAW, articles, merge -> merge
          .whenMatched("size(array_except(s.sources, t.sources)) > 0")
          .updateExpr(Map.of("sources", "array_sort(array_distinct(concat(t.sources, s.sources)))"))
          .whenNotMatched()
          .insertAll());
      // Rows are stamped with the run that inserted them; counting them is exact even when another
      // run commits to the table at the same time (Delta's file statistics skip the other files).
      long inserted = store.read(Tables.ARTICLES_RAW).filter(col("run_id").equalTo(config.runId)).count();

      Dataset<Row> rejected = outcomes.filter(not(col("accepted")))
          .select("source", "source_line", "reason", "detail")
          .withColumn("run_id", lit(config.runId));
      store.insertNew(Tables.REJECTED_INPUTS, rejected);

      // Recorded last, once their articles and rejections are committed: a run killed before this
      // point reads the files again. Files rejected without being read (too large, unsupported
      // extension) are not recorded, so a change of those settings takes effect; nor are files
      // that could not be read, so a fixed permission takes effect.
      Dataset<Row> unreadable = outcomes.filter(col("reason").equalTo(RejectionReason.UNREADABLE.code()))
          .select(col("source").as("path"));
      Dataset<Row> read = files.filter(readable.and(fits.or(jsonLines).or(streamed)))
          .join(unreadable, using("path"), "left_anti")
          .select(col("path"), col("length"), col("modified"), lit(config.runId).as("run_id"));
      store.merge(Tables.INPUT_FILES, read, merge -> merge
          .whenMatched("t.length <> s.length OR t.modified <> s.modified")
          .updateAll()
          .whenNotMatched()
          .insertAll());

      return new Result(listing.files(), unchanged, records, accepted, accepted - distinct, records - accepted, inserted,
          byReason);
    } finally {
      outcomes.unpersist();
      files.unpersist();
    }
  }

  /**
   * Counts per reason and the first {@link #REJECTED_EXAMPLES} inputs of each, from the inputs this
   * run quarantined: what reaches the driver is bounded by the number of reasons, whatever the
   * number of rejections.
   */
  private static List<RejectedReason> rejectedByReason(Dataset<Row> rejected) {
    List<Row> rows = rejected
        .withColumn("reason_count", count(lit(1)).over(Window.partitionBy("reason")))
        .withColumn("rank", row_number().over(Window.partitionBy("reason").orderBy("source", "source_line")))
        .filter(col("rank").leq(REJECTED_EXAMPLES))
        .select("reason", "reason_count", "source", "source_line")
        .collectAsList();
    Map<String, Long> counts = new HashMap<>();
    Map<String, List<String>> examples = new HashMap<>();
    for (Row row : rows) {
      String reason = row.getString(0);
      counts.put(reason, row.getLong(1));
      String source = row.getString(2) + (row.isNullAt(3) ? "" : ":" + row.getInt(3));
      examples.computeIfAbsent(reason, r -> new java.util.ArrayList<>()).add(source);
    }
    List<RejectedReason> result = new java.util.ArrayList<>();
    counts.forEach((reason, n) -> result.add(new RejectedReason(reason, n, List.copyOf(examples.get(reason)))));
    result.sort(java.util.Comparator.comparingLong(RejectedReason::count).reversed().thenComparing(RejectedReason::reason));
    return result;
  }

  /** Join columns, as Spark's join(Dataset, Seq, String) takes them. */
  private static scala.collection.immutable.Seq<String> using(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
  }

  /**
   * The driver's Hadoop settings (credentials, connectors) for the tasks that open files,
   * broadcast once per executor rather than shipped inside every task.
   */
  private static Broadcast<HashMap<String, String>> hadoopSettings(SparkSession spark) {
    HashMap<String, String> settings = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> settings.put(e.getKey(), e.getValue()));
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(settings);
  }

  /**
   * Reads, decodes and parses each file on the executors with the engine-free {@link DocumentParser};
   * WARC, CSV and Parquet files record by record, so a file of any size streams through.
   */
  static final class ParseFiles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<HashMap<String, String>> hadoopSettings;
    private final ArticleColumns columns;
    private final long maxRecordBytes;

    ParseFiles(Broadcast<HashMap<String, String>> hadoopSettings, ArticleColumns columns, long maxRecordBytes) {
      this.hadoopSettings = hadoopSettings;
      this.columns = columns;
      this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
      Configuration hadoop = new Configuration(false);
      hadoopSettings.value().forEach(hadoop::set);
      DocumentParser parser = new DocumentParser(columns, maxRecordBytes);
      return new Iterator<>() {
        private Iterator<IngestOutcome> pending = Collections.emptyIterator();
        private RecordStream open;

        @Override
        public boolean hasNext() {
          while (!pending.hasNext()) {
            if (open != null) {
              open.close();
              open = null;
            }
            if (!files.hasNext()) {
              return false;
            }
            String path = files.next().getString(0);
            if (DocumentParser.isStreamed(path) || ParquetArticles.isParquet(path)) {
              open = stream(parser, columns, hadoop, path);
              pending = open;
            } else {
              pending = read(parser, hadoop, path).iterator();
            }
          }
          return true;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return toRow(pending.next());
        }
      };
    }

    /** Reads and parses one file; a file that cannot be read becomes an {@code unreadable} rejection. */
    static List<IngestOutcome> read(Configuration hadoop, String path) {
      return read(new DocumentParser(), hadoop, path);
    }

    /** The records of a streamed file; one that cannot be opened is a single {@code unreadable} rejection. */
    static RecordStream stream(DocumentParser parser, ArticleColumns columns, Configuration hadoop, String path) {
      try {
        Path file = new Path(new URI(path));
        if (ParquetArticles.isParquet(path)) {
          return ParquetArticles.open(path, file, hadoop, columns);
        }
        FileSystem fs = file.getFileSystem(hadoop);
        return parser.parseStream(path, fs.open(file));
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return RecordStream.of(DocumentParser.unreadable(path, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }

    private static List<IngestOutcome> read(DocumentParser parser, Configuration hadoop, String path) {
      byte[] content;
      try {
        Path file = new Path(new URI(path));
        FileSystem fs = file.getFileSystem(hadoop);
        try (FSDataInputStream in = fs.open(file)) {
          content = in.readAllBytes();
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return List.of(DocumentParser.unreadable(path, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
      return parser.parse(path, content);
    }

    static Row toRow(IngestOutcome outcome) {
      if (outcome instanceof IngestOutcome.Accepted accepted) {
        RawArticle a = accepted.article();
        return RowFactory.create(true, a.articleId(), a.source(), a.lineNumber(), a.externalId(), a.url(),
            a.title(), a.published(), a.lang(), a.sourceName(), a.encoding(), a.text(), a.text().length(), a.notes(),
            null, null);
      }
      Rejection r = ((IngestOutcome.Rejected) outcome).rejection();
      return RowFactory.create(false, null, r.source(), r.lineNumber(), null, null, null, null, null, null,
          null, null, null, null, r.reason().code(), r.detail());
    }
  }
}
