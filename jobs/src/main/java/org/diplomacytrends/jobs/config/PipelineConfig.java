package org.diplomacytrends.jobs.config;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.common.ingest.ArticleColumns;

/**
 * Typed configuration of a pipeline run, bound by Jackson from YAML. Defaults live in
 * {@code conf/diplomacy-trends.yaml}; see {@link ConfigLoader} for the precedence.
 */
public final class PipelineConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Input paths; empty means the bundled sample corpus. */
  @JsonProperty("input")
  public List<String> input = new ArrayList<>();

  /** Root folder or URI of the Delta tables and CSVs. */
  @JsonProperty("warehouse")
  public String warehouse;

  /** Spark master URL, or null for spark-submit's (else local[*]). */
  @JsonProperty("master")
  public String master;

  /** Spark application name. */
  @JsonProperty("app-name")
  public String appName;

  /** Ingest settings. */
  @JsonProperty("ingest")
  @JsonMerge
  public Ingest ingest = new Ingest();

  /**
   * Id of the run, stamped on every row it writes; set by the pipeline, never read from YAML, so
   * that all stages of one run share it.
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String runId;

  /** Extract settings. */
  @JsonProperty("extract")
  @JsonMerge
  public Extract extract = new Extract();

  /** Export settings. */
  @JsonProperty("export")
  @JsonMerge
  public Export export = new Export();

  /** Publish settings: the PostgreSQL database that {@code publish} copies tables into. */
  @JsonProperty("publish")
  @JsonMerge
  public Publish publish = new Publish();

  /** Ingest settings. */
  public static final class Ingest implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Files larger than this many bytes are quarantined as too_large. */
    @JsonProperty("max-file-bytes")
    public long maxFileBytes;

    /** JSON Lines files over max-file-bytes are read in splits of this many bytes. */
    @JsonProperty("jsonl-split-bytes")
    public long jsonlSplitBytes;

    /** File name extensions read (without the dot). */
    @JsonProperty("extensions")
    public List<String> extensions = new ArrayList<>();

    /** The columns of CSV, TSV and Parquet article tables. */
    @JsonProperty("table-columns")
    @JsonMerge
    public TableColumns tableColumns = new TableColumns();

    /**
     * Skip files read by an earlier run whose size and modification time have not changed since
     * (meta/input_files); false reads every file again (after a parser upgrade, say).
     */
    @JsonProperty("skip-unchanged-files")
    public boolean skipUnchangedFiles = true;
  }

  /** Which columns of an article table hold the text and the metadata. */
  public static final class TableColumns implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The article text (required). */
    @JsonProperty("text")
    public String text;

    /** The source's own id. */
    @JsonProperty("id")
    public String id;

    /** The article's URL. */
    @JsonProperty("url")
    public String url;

    /** The title. */
    @JsonProperty("title")
    public String title;

    /** The publish date, as given. */
    @JsonProperty("published")
    public String published;

    /** The language code. */
    @JsonProperty("lang")
    public String lang;

    /** The publication's name. */
    @JsonProperty("source")
    public String source;

    /** As the engine-free parser takes them. */
    public ArticleColumns toArticleColumns() {
      return new ArticleColumns(text, id, url, title, published, lang, source);
    }
  }

  /** Extract settings. */
  public static final class Extract implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Extract every article again, whatever extractor version read it; false extracts only the
     * articles not yet extracted by the running version.
     */
    @JsonProperty("re-extract")
    public boolean reExtract;
  }

  /** Export settings. */
  public static final class Export implements Serializable {
    private static final long serialVersionUID = 1L;

    /** CSV folder, or null for {@code <warehouse>/csv}. */
    @JsonProperty("csv-dir")
    public String csvDir;
  }

  /** Publish settings (bin/diplomacy-trends publish, PublishJob). */
  public static final class Publish implements Serializable {
    private static final long serialVersionUID = 1L;

    /** JDBC URL of the PostgreSQL database, {@code jdbc:postgresql://HOST:PORT/DATABASE}. */
    @JsonProperty("jdbc-url")
    public String jdbcUrl;

    /** Database user, or null for the driver's default (the OS user). */
    @JsonProperty("user")
    public String user;

    /** Name of the environment variable holding the password; null for none. Never the password itself. */
    @JsonProperty("password-env")
    public String passwordEnv;

    /** Schema the tables are published into (created when missing). */
    @JsonProperty("schema")
    public String schema;

    /** Rows per INSERT batch when loading the staging tables. */
    @JsonProperty("batch-size")
    public int batchSize;

    /** At most this many connections load a table at once (Spark JDBC writer partitions). */
    @JsonProperty("max-connections")
    public int maxConnections;

    /** Checks the publish settings; throws a user-facing error naming the first bad one. */
    public Publish validate() {
      if (jdbcUrl == null || jdbcUrl.isBlank()) {
        throw Errors.invalidOption("publish.jdbc-url (--jdbc-url)", jdbcUrl, "a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/analytics");
      }
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw Errors.invalidOption("publish.jdbc-url (--jdbc-url)", redactedUrl(jdbcUrl),
            "a URL starting with jdbc:postgresql: (publish writes PostgreSQL only)");
      }
      if (schema == null || !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
        throw Errors.invalidOption("publish.schema (--schema)", schema, "a lower-case SQL name such as public or diplomacy_trends");
      }
      if (passwordEnv != null && !passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw Errors.invalidOption("publish.password-env (--password-env)", passwordEnv,
            "the NAME of an environment variable holding the password (never the password itself)");
      }
      if (batchSize < 1) {
        throw Errors.invalidOption("publish.batch-size", batchSize, "a positive number of rows");
      }
      if (maxConnections < 1) {
        throw Errors.invalidOption("publish.max-connections", maxConnections, "a positive number of connections");
      }
      return this;
    }

    /** The URL without its query string, which may hold credentials: safe for messages and logs. */
    public static String redactedUrl(String url) {
      if (url == null) {
        return null;
      }
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query) + "?…";
    }
  }

  /** The CSV folder, resolved. */
  public String csvDir() {
    return export.csvDir != null ? export.csvDir : Warehouse.child(warehouse, "csv");
  }

  /** Checks every value; throws a user-facing error naming the first bad one. */
  public PipelineConfig validate() {
    if (warehouse == null || warehouse.isBlank()) {
      throw Errors.invalidOption("warehouse", warehouse, "a folder path or URI");
    }
    if (ingest.maxFileBytes <= 0 || ingest.maxFileBytes > Integer.MAX_VALUE - 1024) {
      throw Errors.invalidOption("ingest.max-file-bytes", ingest.maxFileBytes,
          "a positive number of bytes below 2 GiB (Spark reads a file into one array)");
    }
    if (ingest.jsonlSplitBytes < 1024 * 1024) {
      throw Errors.invalidOption("ingest.jsonl-split-bytes", ingest.jsonlSplitBytes, "at least 1048576 (1 MiB)");
    }
    if (ingest.extensions.isEmpty()) {
      throw Errors.invalidOption("ingest.extensions", ingest.extensions, "at least one extension such as txt");
    }
    if (ingest.tableColumns.text == null || ingest.tableColumns.text.isBlank()) {
      throw Errors.invalidOption("ingest.table-columns.text", ingest.tableColumns.text,
          "the name of the column that holds the article text, such as text");
    }
    return this;
  }
}
