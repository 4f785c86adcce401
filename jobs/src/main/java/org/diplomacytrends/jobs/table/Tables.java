package org.diplomacytrends.jobs.table;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Every table the pipeline writes, with its schema and comments: the one place to read them. */
public final class Tables {
  private Tables() {}

  private static final String ARTICLE_ID = "Stable article id: first 128 bits of SHA-256 of the NFKC-normalised, white-space-folded text";
  private static final String PROVINCE_CODE = "Subject province, ISO 3166-2:CN code (CN-ZJ, CN-HK ...)";
  private static final String PROVINCE_NAME = "Subject province, English name";
  private static final String YEAR = "Year the reported activity took place (activity year of the article)";
  private static final String COUNTRY = "Partner country or economy, ISO 3166-1 alpha-3 (HKG, MAC, TWN included)";
  private static final String COUNTRY_NAME = "Partner country, English name (CLDR)";

  // ---- bronze ----

  public static final TableSpec ARTICLES_RAW = new TableSpec("bronze", "articles_raw",
      "Articles as read from the corpus, decoded, one row per distinct text",
      new StructType()
          .add("article_id", StringType, false, ARTICLE_ID)
          .add("source", StringType, false, "File path or URI the text was first read from")
          .add("source_line", IntegerType, true, "The record within the file, from 1: line of a JSON Lines file, row of a CSV or Parquet table, capture of a WARC file; null for one-article files")
          .add("sources", createArrayType(StringType), false, "Every file (#Lline for JSON Lines) the same text was read from, sorted")
          .add("external_id", StringType, true, "The id the source gave (JSON Lines 'id')")
          .add("url", StringType, true, "Article URL from metadata")
          .add("title", StringType, true, "Title from metadata")
          .add("published", StringType, true, "Publish date from metadata, as given")
          .add("lang", StringType, true, "Language from metadata, as given")
          .add("source_name", StringType, true, "Publication named in metadata")
          .add("encoding", StringType, false, "Character encoding the bytes were decoded from")
          .add("text", StringType, false, "Article text, line ends normalised to LF; evidence offsets point into it")
          .add("text_chars", IntegerType, false, "Length of text in UTF-16 code units")
          .add("notes", StringType, true, "What ingest had to repair: invalid UTF-8 replaced, HTML markup stripped")
          .add("run_id", StringType, false, "Run that first ingested this text"),
      List.of("article_id"));

  public static final TableSpec REJECTED_INPUTS = new TableSpec("bronze", "rejected_inputs",
      "Inputs quarantined instead of ingested, one row per file or record (line, row, capture), with the reason",
      new StructType()
          .add("source", StringType, false, "File path or URI")
          .add("source_line", IntegerType, true, "The record within the file, from 1: line of a JSON Lines file, row of a CSV or Parquet table, capture of a WARC file; null for a whole file")
          .add("reason", StringType, false, "Reason code (docs/INPUTS.md): empty, blank, binary, undecodable, too_large, unsupported_format, malformed_json, missing_text, malformed_table, malformed_warc, not_an_article, unreadable")
          .add("detail", StringType, true, "What exactly was wrong, with the bad value")
          .add("run_id", StringType, false, "Run that first rejected this input"),
      List.of("source", "source_line"));

  // ---- silver ----

  /** A sentence of an article with its offsets (nullable fields: Delta enforces no NOT NULL inside arrays). */
  public static final StructType EVIDENCE_STRUCT = new StructType()
      .add("sentence", StringType, true, "The sentence")
      .add("start", IntegerType, true, "Offset of the sentence in the article text, inclusive")
      .add("end", IntegerType, true, "Offset after the sentence, exclusive");

  private static final String RANKS_CHINESE = "party_secretary, governor (incl. chair of a region, mayor of a"
      + " provincial-level municipality), legislature (people's congress, CPPCC), deputy, foreign_affairs_office,"
      + " prefecture_leader, other";
  private static final String RANKS_FOREIGN = "head_of_state_or_government, minister, regional_governor, mayor,"
      + " ambassador_consul, business, other";

  /** An official taking part in an act (nullable fields: Delta enforces no NOT NULL inside arrays). */
  public static final StructType ACTOR_STRUCT = new StructType()
      .add("side", StringType, true, "chinese or foreign")
      .add("rank_class", StringType, true, "Rank class of the title: " + RANKS_CHINESE + " (Chinese side); "
          + RANKS_FOREIGN + " (foreign side)")
      .add("title", StringType, true, "The title as written (副省长, Governor, 知事, губернатор)")
      .add("name", StringType, true, "The name as written; null when the text gives the title alone")
      .add("normalised_name", StringType, true, "The name with Chinese characters simplified, spacing and case evened out");

  public static final StructType EVENT_STRUCT = new StructType()
      .add("event_index", IntegerType, false, "Position of the fact in the article, from 0")
      .add("kind", StringType, false, "visit_outbound, visit_inbound, visit_domestic, agreement or meeting")
      .add("counterpart_code", StringType, true, "Counterpart: ISO 3166-1 alpha-3 country or ISO 3166-2:CN province; null when unnamed")
      .add("counterpart_type", StringType, true, "country or province")
      .add("event_date", DateType, true, "Day of the act when the text gives it")
      .add("year", IntegerType, true, "Year of the act")
      .add("count", IntegerType, false, "How many acts the fact stands for (12 agreements signed at once: 12)")
      .add("confidence", DoubleType, false, "0..1, how sure the rule that produced the fact is")
      .add("evidence", StringType, false, "The sentence that proves the fact")
      .add("evidence_start", IntegerType, false, "Offset of the sentence in the article text (articles_raw.text), inclusive")
      .add("evidence_end", IntegerType, false, "Offset after the sentence, exclusive")
      .add("more_evidence", createArrayType(EVIDENCE_STRUCT), false,
          "Other sentences that report the same act (headline, translation, summary), in text order")
      .add("actors", createArrayType(ACTOR_STRUCT), false,
          "Officials named as taking part in the evidence sentences, Chinese side first, each by rank")
      .add("chinese_rank", StringType, true, "Highest rank named on the Chinese side (the official who leads or receives): "
          + RANKS_CHINESE + "; null when no Chinese official's title is named")
      .add("foreign_rank", StringType, true, "Highest rank named on the foreign side: " + RANKS_FOREIGN
          + "; null when none is named");

  public static final StructType MENTION_STRUCT = new StructType()
      .add("country_code", StringType, false, COUNTRY)
      .add("mentions", IntegerType, false, "How many times the article names the country as a counterpart")
      .add("first_evidence", StringType, false, "First sentence naming it as a counterpart")
      .add("evidence_start", IntegerType, false, "Offset of that sentence in the article text")
      .add("evidence_end", IntegerType, false, "Offset after that sentence");

  public static final TableSpec ARTICLES = new TableSpec("silver", "articles",
      "One row per article: what the extractor found in it",
      new StructType()
          .add("article_id", StringType, false, ARTICLE_ID)
          .add("source", StringType, false, "File path or URI the text was first read from")
          .add("source_line", IntegerType, true, "The record within the file, from 1: line of a JSON Lines file, row of a CSV or Parquet table, capture of a WARC file")
          .add("url", StringType, true, "Article URL from metadata")
          .add("title", StringType, true, "Title (metadata, else the first line)")
          .add("languages", createArrayType(StringType), false, "Languages in the text, most used first (zh, en, ja, ko, ru)")
          .add("publish_date", DateType, true, "Date printed in the header or dateline")
          .add("date_flag", StringType, true, "Set when the header prints a date that is impossible or in the future (2024-13-45): that date was ignored")
          .add("activity_year", IntegerType, true, YEAR)
          .add("province_code", StringType, true, PROVINCE_CODE + "; null when no Chinese province is the subject")
          .add("province_name", StringType, true, PROVINCE_NAME)
          .add("city", StringType, true, "Prefecture-level city at the centre, English name; null for the province as a whole")
          .add("partner_countries", createArrayType(StringType), false, "Counterpart countries, ISO 3166-1 alpha-3, sorted")
          .add("domestic_partners", createArrayType(StringType), false, "Counterpart provinces, ISO 3166-2:CN, sorted")
          .add("visit_directions", createArrayType(StringType), false, "Visit directions reported: outbound, inbound, domestic")
          .add("agreement_count", IntegerType, false, "Agreements reported as signed")
          .add("event_count", IntegerType, false, "Facts extracted (rows in events)")
          .add("province_evidence", StringType, true, "Sentence that fixed the subject province")
          .add("text_chars", IntegerType, false, "Length of the text")
          .add("extraction_error", StringType, true, "Set when the extractor failed on the article (the error): its facts are missing, not zero")
          .add("extractor_version", StringType, true, "Version (hash of rules and code) of the extractor that wrote the row; another version extracts the article again")
          .add("run_id", StringType, false, "Run that extracted the article"),
      List.of("article_id"));

  public static final TableSpec EVENTS = new TableSpec("silver", "events",
      "One row per fact (visit, agreement, meeting) with the sentence that proves it",
      prepend(EVENT_STRUCT,
          new StructType()
              .add("article_id", StringType, false, ARTICLE_ID)
              .add("province_code", StringType, true, PROVINCE_CODE)
              .add("activity_year", IntegerType, true, YEAR)),
      List.of("article_id", "event_index"));

  public static final TableSpec PARTNER_MENTIONS = new TableSpec("silver", "partner_mentions",
      "One row per (article, counterpart country)",
      prepend(MENTION_STRUCT,
          new StructType()
              .add("article_id", StringType, false, ARTICLE_ID)
              .add("province_code", StringType, true, PROVINCE_CODE)
              .add("activity_year", IntegerType, true, YEAR)),
      List.of("article_id", "country_code"));

  // ---- gold ----

  public static final TableSpec PROVINCE_YEAR = new TableSpec("gold", "province_year",
      "Foreign-affairs activity of each province per year (articles with a subject province and a year)",
      new StructType()
          .add("province_code", StringType, false, PROVINCE_CODE)
          .add("province_name", StringType, true, PROVINCE_NAME)
          .add("year", IntegerType, false, YEAR)
          .add("articles", LongType, false, "Articles about the province's activity that year")
          .add("outbound_visits", LongType, false, "Visit facts: the province's officials abroad (incl. HK, Macao, Taiwan)")
          .add("inbound_visits", LongType, false, "Visit facts: foreign officials and delegations received")
          .add("domestic_visits", LongType, false, "Visit facts: foreign-affairs trips inside China")
          .add("agreements", LongType, false, "Agreements reported as signed")
          .add("meetings", LongType, false, "Meeting facts")
          .add("partner_countries", LongType, false, "Distinct counterpart countries")
          .add("top_partners", StringType, true, "Up to five counterpart countries, ranked by visits and agreements with them, then by articles: 'RUS 4; VNM 2' (visits + agreements)")
          .add("unattributed_visits", LongType, false, "Visit facts that name no counterpart (in the visit columns, in no partner row)")
          .add("unattributed_agreements", LongType, false, "Agreements that name no counterpart, or several without saying whose (in agreements, in no partner or pair row)")
          .add("visits_top_leader", LongType, false, "Visit facts where the province's side is led or received by its party secretary or governor")
          .add("visits_other_rank", LongType, false, "Visit facts where the highest Chinese official named ranks lower (deputy, legislature, foreign-affairs office, prefecture, other)")
          .add("visits_rank_unnamed", LongType, false, "Visit facts that name no Chinese official's title (the three visit-rank columns add up to the visit columns)"),
      List.of("province_code", "year"));

  public static final TableSpec PROVINCE_PARTNER_YEAR = new TableSpec("gold", "province_partner_year",
      "Activity of each province with each counterpart country per year",
      new StructType()
          .add("province_code", StringType, false, PROVINCE_CODE)
          .add("province_name", StringType, true, PROVINCE_NAME)
          .add("country_code", StringType, false, COUNTRY)
          .add("country_name", StringType, true, COUNTRY_NAME)
          .add("year", IntegerType, false, YEAR)
          .add("articles", LongType, false, "Articles naming the country as a counterpart")
          .add("outbound_visits", LongType, false, "Outbound visit facts to the country")
          .add("inbound_visits", LongType, false, "Inbound visit facts from the country")
          .add("agreements", LongType, false, "Agreements signed with the country")
          .add("meetings", LongType, false, "Meeting facts with the country"),
      List.of("province_code", "country_code", "year"));

  public static final TableSpec PARTNER_YEAR = new TableSpec("gold", "partner_year",
      "Activity of all provinces with each counterpart country per year",
      new StructType()
          .add("country_code", StringType, false, COUNTRY)
          .add("country_name", StringType, true, COUNTRY_NAME)
          .add("year", IntegerType, false, YEAR)
          .add("articles", LongType, false, "Articles naming the country as a counterpart")
          .add("provinces", LongType, false, "Distinct Chinese provinces dealing with the country")
          .add("outbound_visits", LongType, false, "Visit facts of Chinese provinces to the country")
          .add("inbound_visits", LongType, false, "Visit facts from the country to Chinese provinces")
          .add("agreements", LongType, false, "Agreements signed with the country")
          .add("meetings", LongType, false, "Meeting facts with the country"),
      List.of("country_code", "year"));

  public static final TableSpec PROVINCE_PAIR_YEAR = new TableSpec("gold", "province_pair_year",
      "Domestic cross-regional pairs: two provinces named as counterparts of each other, per year (unordered pair, a < b)",
      new StructType()
          .add("province_a", StringType, false, "First province of the pair, ISO 3166-2:CN (alphabetically smaller)")
          .add("province_b", StringType, false, "Second province of the pair, ISO 3166-2:CN")
          .add("year", IntegerType, false, YEAR)
          .add("articles", LongType, false, "Articles in which one names the other as counterpart")
          .add("domestic_visits", LongType, false, "Domestic visit facts between the two")
          .add("agreements", LongType, false, "Agreements signed between the two"),
      List.of("province_a", "province_b", "year"));

  // ---- meta ----

  public static final TableSpec RUNS = new TableSpec("meta", "runs",
      "One row per pipeline run: what it read and how it ended. inputs = accepted + rejected + duplicates",
      new StructType()
          .add("run_id", StringType, false, "Run id, stamped on the rows the run wrote")
          .add("started_at", DataTypes.TimestampType, false, "When the run started (UTC)")
          .add("ended_at", DataTypes.TimestampType, true, "When it ended; null while running or when killed")
          .add("status", StringType, false, "running, succeeded or failed (a killed run stays running)")
          .add("input_paths", StringType, false, "Input paths, comma-separated")
          .add("inputs", LongType, true, "Inputs read: text and HTML files, JSON Lines lines, table rows, WARC captures, whole-file rejections")
          .add("accepted", LongType, true, "Distinct article texts read")
          .add("rejected", LongType, true, "Inputs quarantined in rejected_inputs")
          .add("duplicates", LongType, true, "Inputs whose text another input of the run already had")
          .add("new_articles", LongType, true, "Articles not in articles_raw before the run")
          .add("extracted", LongType, true, "Articles extracted by the run")
          .add("events", LongType, true, "Facts extracted by the run")
          .add("error", StringType, true, "Why a failed run failed")
          .add("extraction_errors", LongType, true, "Articles the extractor failed on (silver articles.extraction_error)")
          .add("extractor_version", StringType, true, "Version of the extractor the run used"),
      List.of("run_id"));

  public static final TableSpec INPUT_FILES = new TableSpec("meta", "input_files",
      "Files ingest has read, with the size and modification time they had then: an unchanged file is not read again (ingest.skip-unchanged-files)",
      new StructType()
          .add("path", StringType, false, "File path or URI, as listed")
          .add("length", LongType, false, "Size in bytes when read")
          .add("modified", DataTypes.TimestampType, false, "Modification time when read")
          .add("run_id", StringType, false, "Run that last read it"),
      List.of("path"));

  /** Bookkeeping tables. */
  public static final List<TableSpec> META = List.of(RUNS, INPUT_FILES);

  /** The gold tables, in export order. */
  public static final List<TableSpec> GOLD = List.of(PROVINCE_YEAR, PROVINCE_PARTNER_YEAR, PARTNER_YEAR, PROVINCE_PAIR_YEAR);

  /** Every table, in pipeline order. */
  public static final List<TableSpec> ALL = List.of(
      ARTICLES_RAW, REJECTED_INPUTS, ARTICLES, EVENTS, PARTNER_MENTIONS,
      PROVINCE_YEAR, PROVINCE_PARTNER_YEAR, PARTNER_YEAR, PROVINCE_PAIR_YEAR);

  private static StructType prepend(StructType tail, StructType head) {
    StructType out = head;
    for (var field : tail.fields()) {
      out = out.add(field);
    }
    return out;
  }
}
