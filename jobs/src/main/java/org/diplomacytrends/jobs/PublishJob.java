package org.diplomacytrends.jobs;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.diplomacytrends.common.error.DiplomacyTrendsException;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.cli.DiplomacyTrendsCli;
import org.diplomacytrends.jobs.cli.PublishCommand;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;
import picocli.CommandLine;

/**
 * BI: copies the gold tables and the silver {@code articles} and {@code events} into PostgreSQL,
 * replacing the published tables atomically.
 *
 * <p>Each table is loaded into a staging table {@code <name>__new} (Spark's JDBC writer, in
 * parallel from the executors), which then gets its primary key (the table's key), indexes on its
 * province and year columns, and table and column comments (from {@link Tables}). Only when every
 * table has loaded are the old tables dropped and the staging tables renamed, all in ONE
 * transaction: a reader sees either all the old tables or all the new ones, never a half-loaded
 * table (a query running at that moment finishes on the old tables first; one that starts
 * during the swap waits for it and then reads the new tables). Array columns become PostgreSQL
 * {@code text[]}. Publishes into one schema are serialised with an advisory lock.
 */
public final class PublishJob {

  /** The tables published, in this order. */
  public static final List<TableSpec> TABLES = List.of(
      Tables.ARTICLES, Tables.EVENTS,
      Tables.PROVINCE_YEAR, Tables.PROVINCE_PARTNER_YEAR, Tables.PARTNER_YEAR, Tables.PROVINCE_PAIR_YEAR);

  /** Suffix of the staging tables (short enough for PostgreSQL's 63-character names with index suffixes). */
  static final String STAGING_SUFFIX = "__new";

  /** How long the swap retries while queries keep the old tables busy. */
  static final Duration SWAP_WAIT = Duration.ofSeconds(120);

  /** Key of the advisory lock that serialises publishes (xor'ed with the schema name's hash). */
  private static final long LOCK_KEY = 0x64745f7075626cL; // "dt_publ"

  /**
   * One published table.
   *
   * @param table schema-qualified name in PostgreSQL
   * @param source Delta table it was copied from
   * @param rows rows published
   */
  public record Table(String table, String source, long rows) {}

  /**
   * What a publish did.
   *
   * @param target database URL (without its query string)
   * @param schema schema written
   * @param tables tables replaced
   * @param elapsed wall time
   */
  public record Result(String target, String schema, List<Table> tables, Duration elapsed) {
    @Override
    public String toString() {
      return "published " + tables.size() + " tables to " + target + " (schema " + schema + ") in "
          + String.format("%.1f s", elapsed.toMillis() / 1000.0) + ": "
          + tables.stream().map(t -> t.table() + "=" + t.rows()).collect(Collectors.joining(", "));
    }
  }

  private PublishJob() {}

  /** spark-submit entry point: the options of {@code bin/diplomacy-trends publish}. */
  public static void main(String[] args) {
    CommandLine cli = DiplomacyTrendsCli.configure(new CommandLine(new PublishCommand()).setCommandName("publish"));
    System.exit(cli.execute(args));
  }

  /** Publishes, printing a line per table to standard output. */
  public static Result run(SparkSession spark, PipelineConfig config) {
    return run(spark, config, System.out);
  }

  /** Publishes, printing a line per table to {@code out}. */
  public static Result run(SparkSession spark, PipelineConfig config, PrintStream out) {
    PipelineConfig.Publish publish = config.publish.validate();
    String target = PipelineConfig.Publish.redactedUrl(publish.jdbcUrl);
    Properties connection = connectionProperties(publish);
    Instant start = Instant.now();

    List<Dataset<Row>> sources = new ArrayList<>();
    for (TableSpec spec : TABLES) {
      String path = spec.path(config.warehouse);
      if (!DeltaTable.isDeltaTable(spark, path)) {
        throw Errors.tableMissing(spec.layer() + "/" + spec.name(), path);
      }
      // Nested rows (an event's more_evidence) go to PostgreSQL as JSON text, which every BI tool reads.
      Column[] columns = java.util.Arrays.stream(spec.schema().fields())
          .map(f -> holdsStruct(f.dataType()) ? org.apache.spark.sql.functions.to_json(col(f.name())).as(f.name())
              : col(f.name()))
          .toArray(Column[]::new);
      sources.add(spark.read().format("delta").load(path).select(columns));
    }

    out.printf("publish: warehouse %s → %s, schema %s%n", config.warehouse, target, publish.schema);
    List<Table> published = new ArrayList<>();
    try (Connection db = connect(publish, connection, target)) {
      String step = "lock";
      try {
        lock(db, publish.schema);
        step = "create schema";
        ensureSchema(db, publish.schema);
        for (int i = 0; i < TABLES.size(); i++) {
          TableSpec spec = TABLES.get(i);
          Instant t = Instant.now();
          step = "load " + spec.name();
          long rows = load(db, publish, connection, spec, sources.get(i));
          published.add(new Table(publish.schema + "." + spec.name(), spec.layer() + "/" + spec.name(), rows));
          out.printf("  %-22s %8d rows loaded into %s.%s  (%.1f s)%n", spec.name(), rows, publish.schema,
              spec.name() + STAGING_SUFFIX, Duration.between(t, Instant.now()).toMillis() / 1000.0);
        }
        step = "swap tables";
        swap(db, publish.schema);
        out.printf("  swapped %d tables in one transaction%n", TABLES.size());
      } catch (SQLException e) {
        dropStaging(db, publish.schema);
        throw Errors.publishFailed(target, step, firstLine(e), e);
      } catch (RuntimeException e) {
        dropStaging(db, publish.schema);
        if (e instanceof DiplomacyTrendsException) {
          throw e;
        }
        throw Errors.publishFailed(target, step, firstLine(e), e);
      } finally {
        unlock(db, publish.schema);
      }
    } catch (SQLException e) {
      throw Errors.publishFailed(target, "connect", firstLine(e), e);
    }
    Result result = new Result(target, publish.schema, published, Duration.between(start, Instant.now()));
    out.println(result);
    return result;
  }

  /** The password, read from the environment variable the settings name (never from the command line). */
  static Properties connectionProperties(PipelineConfig.Publish publish) {
    Properties properties = new Properties();
    if (publish.user != null && !publish.user.isBlank()) {
      properties.setProperty("user", publish.user);
    }
    if (publish.passwordEnv != null && !publish.passwordEnv.isBlank()) {
      String password = System.getenv(publish.passwordEnv);
      if (password == null) {
        throw Errors.passwordEnvMissing(publish.passwordEnv);
      }
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "diplomacy-trends publish");
    return properties;
  }

  private static Connection connect(PipelineConfig.Publish publish, Properties properties, String target)
      throws SQLException {
    // The driver class directly, not DriverManager: under spark-submit the application jar is in a
    // child class loader that DriverManager does not search.
    Connection db = new org.postgresql.Driver().connect(publish.jdbcUrl, properties);
    if (db == null) {
      throw Errors.publishFailed(target, "connect", "the PostgreSQL driver does not accept this URL", null);
    }
    db.setAutoCommit(true);
    return db;
  }

  private static void lock(Connection db, String schema) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("SELECT pg_advisory_lock(" + lockKey(schema) + ")");
    }
  }

  private static void unlock(Connection db, String schema) {
    try (Statement st = db.createStatement()) {
      st.execute("SELECT pg_advisory_unlock(" + lockKey(schema) + ")");
    } catch (SQLException e) {
      // The lock goes with the session, which is closed right after.
    }
  }

  private static long lockKey(String schema) {
    return LOCK_KEY ^ schema.hashCode();
  }

  private static void ensureSchema(Connection db, String schema) throws SQLException {
    try (var st = db.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    try (Statement st = db.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + ident(schema));
    }
  }

  /** Loads {@code rows} into a fresh staging table with key, indexes and comments; returns its row count. */
  private static long load(Connection db, PipelineConfig.Publish publish, Properties connection, TableSpec spec,
      Dataset<Row> rows) throws SQLException {
    String staging = spec.name() + STAGING_SUFFIX;
    String qualified = ident(publish.schema) + "." + ident(staging);
    try (Statement st = db.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + qualified);
      st.execute(createTable(qualified, spec));
    }

    Properties writer = new Properties();
    writer.putAll(connection);
    writer.setProperty("driver", "org.postgresql.Driver");
    writer.setProperty("batchsize", Integer.toString(publish.batchSize));
    writer.setProperty("numPartitions", Integer.toString(publish.maxConnections));
    writer.setProperty("isolationLevel", "READ_COMMITTED");
    writer.setProperty("reWriteBatchedInserts", "true");
    rows.write().mode(SaveMode.Append).jdbc(publish.jdbcUrl, qualified, writer);

    long expected = rows.count();
    long loaded;
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + qualified)) {
      rs.next();
      loaded = rs.getLong(1);
    }
    if (loaded != expected) {
      throw new SQLException(staging + " holds " + loaded + " rows after loading, the Delta table " + expected);
    }

    try (Statement st = db.createStatement()) {
      st.execute("ALTER TABLE " + qualified + " ADD CONSTRAINT " + ident(staging + "_pkey") + " PRIMARY KEY ("
          + spec.keys().stream().map(PublishJob::ident).collect(Collectors.joining(", ")) + ")");
      for (String column : indexedColumns(spec)) {
        st.execute("CREATE INDEX " + ident(staging + "_" + column + "_idx") + " ON " + qualified + " (" + ident(column) + ")");
      }
      st.execute("COMMENT ON TABLE " + qualified + " IS " + literal(tableComment(spec)));
      for (StructField field : spec.schema().fields()) {
        if (field.getComment().isDefined()) {
          st.execute("COMMENT ON COLUMN " + qualified + "." + ident(field.name()) + " IS " + literal(field.getComment().get()));
        }
      }
      st.execute("ANALYZE " + qualified);
    }
    return loaded;
  }

  /**
   * Drops every published table and renames its staging table over it, in one transaction. The
   * old tables are first locked all at once with NOWAIT, retried until no query reads them: the
   * swap never waits while holding a lock, so a reader joining two published tables cannot
   * deadlock with it (it waits a moment, then reads the new tables).
   */
  private static void swap(Connection db, String schema) throws SQLException {
    List<String> existing = new ArrayList<>();
    try (var st = db.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = ? AND tablename = ANY (?)")) {
      st.setString(1, schema);
      st.setArray(2, db.createArrayOf("text", TABLES.stream().map(TableSpec::name).toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          existing.add(ident(schema) + "." + ident(rs.getString(1)));
        }
      }
    }
    long deadline = System.nanoTime() + SWAP_WAIT.toNanos();
    long pauseMillis = 20;
    db.setAutoCommit(false);
    try {
      while (true) {
        String table = null;
        try (Statement st = db.createStatement()) {
          if (!existing.isEmpty()) {
            st.execute("LOCK TABLE " + String.join(", ", existing) + " IN ACCESS EXCLUSIVE MODE NOWAIT");
          }
          for (TableSpec spec : TABLES) {
            table = schema + "." + spec.name();
            String staging = spec.name() + STAGING_SUFFIX;
            st.execute("DROP TABLE IF EXISTS " + ident(schema) + "." + ident(spec.name()));
            st.execute("ALTER TABLE " + ident(schema) + "." + ident(staging) + " RENAME TO " + ident(spec.name()));
            st.execute("ALTER TABLE " + ident(schema) + "." + ident(spec.name()) + " RENAME CONSTRAINT "
                + ident(staging + "_pkey") + " TO " + ident(spec.name() + "_pkey"));
            for (String column : indexedColumns(spec)) {
              st.execute("ALTER INDEX " + ident(schema) + "." + ident(staging + "_" + column + "_idx") + " RENAME TO "
                  + ident(spec.name() + "_" + column + "_idx"));
            }
          }
          db.commit();
          return;
        } catch (SQLException e) {
          db.rollback();
          if ("55P03".equals(e.getSQLState()) && System.nanoTime() < deadline) { // lock_not_available: readers busy
            sleep(pauseMillis);
            pauseMillis = Math.min(pauseMillis * 2, 1000);
            continue;
          }
          if ("2BP01".equals(e.getSQLState())) { // dependent_objects_still_exist
            throw Errors.publishBlockedByDependents(table, firstLine(e), e);
          }
          if ("55P03".equals(e.getSQLState())) {
            throw new SQLException("queries kept the published tables busy for " + SWAP_WAIT.toSeconds()
                + " s (nothing was changed)", e.getSQLState(), e);
          }
          throw e;
        }
      }
    } finally {
      db.setAutoCommit(true);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to swap the published tables", e);
    }
  }

  /** Removes staging tables left by a failed publish (best effort). */
  private static void dropStaging(Connection db, String schema) {
    try (Statement st = db.createStatement()) {
      for (TableSpec spec : TABLES) {
        st.execute("DROP TABLE IF EXISTS " + ident(schema) + "." + ident(spec.name() + STAGING_SUFFIX));
      }
    } catch (SQLException e) {
      // The next publish drops them before loading.
    }
  }

  static String createTable(String qualified, TableSpec spec) {
    List<String> columns = new ArrayList<>();
    for (StructField field : spec.schema().fields()) {
      columns.add(ident(field.name()) + " " + sqlType(field.dataType()) + (field.nullable() ? "" : " NOT NULL"));
    }
    return "CREATE TABLE " + qualified + " (" + String.join(", ", columns) + ")";
  }

  /** Whether a column holds nested rows, directly or in an array. */
  static boolean holdsStruct(DataType type) {
    return type instanceof org.apache.spark.sql.types.StructType
        || type instanceof ArrayType array && array.elementType() instanceof org.apache.spark.sql.types.StructType;
  }

  /** PostgreSQL type of a column; arrays of strings become {@code text[]}, nested rows JSON text. */
  static String sqlType(DataType type) {
    if (holdsStruct(type)) {
      return "text";
    }
    if (type instanceof ArrayType array) {
      return sqlType(array.elementType()) + "[]";
    }
    if (type.equals(DataTypes.StringType)) {
      return "text";
    }
    if (type.equals(DataTypes.IntegerType)) {
      return "integer";
    }
    if (type.equals(DataTypes.LongType)) {
      return "bigint";
    }
    if (type.equals(DataTypes.DoubleType)) {
      return "double precision";
    }
    if (type.equals(DataTypes.DateType)) {
      return "date";
    }
    if (type.equals(DataTypes.TimestampType)) {
      return "timestamp with time zone";
    }
    if (type.equals(DataTypes.BooleanType)) {
      return "boolean";
    }
    throw new IllegalArgumentException("no PostgreSQL type for " + type.simpleString());
  }

  /**
   * Columns that get an index: province codes and years, except the first key column (the primary
   * key's index already serves it).
   */
  static List<String> indexedColumns(TableSpec spec) {
    List<String> columns = new ArrayList<>();
    for (String column : spec.columns()) {
      boolean provinceOrYear = column.equals("province_code") || column.equals("province_a")
          || column.equals("province_b") || column.equals("year") || column.equals("activity_year");
      if (provinceOrYear && !column.equals(spec.keys().get(0))) {
        columns.add(column);
      }
    }
    return columns;
  }

  static String tableComment(TableSpec spec) {
    return spec.comment() + ". Key: " + String.join(", ", spec.keys()) + ". Published by diplomacy-trends from the Delta table "
        + spec.layer() + "/" + spec.name() + ".";
  }

  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }
}
