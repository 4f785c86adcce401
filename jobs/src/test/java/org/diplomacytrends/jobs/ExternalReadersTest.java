package org.diplomacytrends.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.utils.CloseableIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.diplomacytrends.common.error.DiplomacyTrendsException;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.TableSpec;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers other than Spark, on the tables of one pipeline run over the bundled sample (one shared
 * session): Delta Kernel reads every table without Spark, and {@link PublishJob} copies the
 * gold tables and silver articles and events into a real PostgreSQL server. The PostgreSQL tests
 * need {@code DT_TEST_JDBC_URL} (and {@code DT_TEST_JDBC_USER} / {@code DT_TEST_JDBC_PASSWORD}),
 * as {@code bin/test-postgres start DIR} writes them to {@code DIR/env}; without it they are
 * skipped with a message.
 */
class ExternalReadersTest {
  private static final String JDBC_URL = System.getenv("DT_TEST_JDBC_URL");

  private static SparkSession spark;
  private static PipelineConfig config;
  private static Map<String, Long> sparkCounts;
  private static String schema;
  private static PublishJob.Result firstPublish;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runThePipelineWithSpark() {
    spark = SharedSpark.start();
    config = SharedSpark.config(dir, SharedSpark.projectDir().resolve("data/sample").toString());
    PipelineJob.run(spark, config, quiet());
    sparkCounts = new TreeMap<>();
    for (TableSpec spec : Tables.ALL) {
      sparkCounts.put(spec.path(config.warehouse), spark.read().format("delta").load(spec.path(config.warehouse)).count());
    }
    schema = "dt_test_" + Long.toHexString(System.nanoTime());
    if (JDBC_URL == null) {
      System.err.println("ExternalReadersTest: DT_TEST_JDBC_URL is not set, so the PostgreSQL publish tests are skipped."
          + " Run them with: state=$(mktemp -d); bin/test-postgres start $state; source $state/env; mvn verify");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    try {
      if (JDBC_URL != null) {
        try (Connection db = connect(); Statement st = db.createStatement()) {
          st.execute("DROP SCHEMA IF EXISTS " + PublishJob.ident(schema) + " CASCADE");
        }
      }
    } finally {
      spark.stop();
    }
  }

  // ---- Delta Kernel: no Spark in the read path ----

  @Test
  void deltaKernelReadsEveryTableWithItsSchemaAndRows() throws IOException {
    Map<String, TableSpec> known = knownSpecs();
    List<String> onDisk;
    try (Stream<Path> walk = Files.walk(Path.of(config.warehouse))) {
      onDisk = walk.filter(p -> p.getFileName().toString().equals("_delta_log"))
          .map(p -> Path.of(config.warehouse).relativize(p.getParent()).toString()).sorted().toList();
    }
    assertThat(onDisk).as("Delta tables in the warehouse, by layer/name")
        .containsAll(Tables.ALL.stream().map(s -> s.layer() + "/" + s.name()).toList());
    assertThat(known.keySet()).as("every Delta table on disk is declared in Tables").containsAll(onDisk);

    Engine engine = DefaultEngine.create(new Configuration());
    for (String name : onDisk) {
      TableSpec spec = known.get(name);
      String path = spec.path(config.warehouse);
      Snapshot snapshot = TableManager.loadSnapshot(path).build(engine);
      io.delta.kernel.types.StructType schema = snapshot.getSchema();

      assertThat(schema.fields().stream().map(io.delta.kernel.types.StructField::getName).toList())
          .as("%s: column names in order (Kernel vs Tables.java)", name).isEqualTo(spec.columns());
      for (StructField expected : spec.schema().fields()) {
        io.delta.kernel.types.StructField actual = schema.get(expected.name());
        assertThat(typeName(actual.getDataType())).as("%s.%s type", name, expected.name())
            .isEqualTo(expected.dataType().simpleString());
        assertThat(actual.isNullable()).as("%s.%s nullable", name, expected.name()).isEqualTo(expected.nullable());
        assertThat(actual.getMetadata().getString("comment")).as("%s.%s comment, as other readers see it", name, expected.name())
            .isEqualTo(expected.getComment().get());
      }

      Long expectedRows = sparkCounts.get(path);
      if (expectedRows == null) { // a table beyond Tables.ALL (bookkeeping): count it with Spark now
        expectedRows = spark.read().format("delta").load(path).count();
      }
      assertThat(kernelCount(engine, snapshot)).as("%s: rows read by Kernel vs by Spark", name).isEqualTo(expectedRows);
    }
    assertThat(sparkCounts.get(Tables.PROVINCE_YEAR.path(config.warehouse))).as("gold rows on the sample").isPositive();
  }

  /** Rows of the snapshot, read from its Parquet files by the Kernel's default engine (no Spark). */
  private static long kernelCount(Engine engine, Snapshot snapshot) throws IOException {
    Scan scan = snapshot.getScanBuilder().build();
    io.delta.kernel.data.Row scanState = scan.getScanState(engine);
    io.delta.kernel.types.StructType physical = ScanStateRow.getPhysicalDataReadSchema(scanState);
    long rows = 0;
    try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
      while (files.hasNext()) {
        try (CloseableIterator<io.delta.kernel.data.Row> fileRows = files.next().getRows()) {
          while (fileRows.hasNext()) {
            io.delta.kernel.data.Row fileRow = fileRows.next();
            CloseableIterator<ColumnarBatch> data = engine.getParquetHandler()
                .readParquetFiles(Utils.singletonCloseableIterator(InternalScanFileUtils.getAddFileStatus(fileRow)),
                    physical, Optional.empty())
                .map(FileReadResult::getData);
            try (CloseableIterator<FilteredColumnarBatch> logical = Scan.transformPhysicalData(engine, scanState, fileRow, data)) {
              while (logical.hasNext()) {
                FilteredColumnarBatch batch = logical.next();
                Optional<ColumnVector> selected = batch.getSelectionVector();
                int size = batch.getData().getSize();
                for (int i = 0; i < size; i++) {
                  if (selected.isEmpty() || (!selected.get().isNullAt(i) && selected.get().getBoolean(i))) {
                    rows++;
                  }
                }
              }
            }
          }
        }
      }
    }
    return rows;
  }

  /** A Kernel type written the way Spark's simpleString writes it. */
  private static String typeName(io.delta.kernel.types.DataType type) {
    if (type instanceof io.delta.kernel.types.ArrayType array) {
      return "array<" + typeName(array.getElementType()) + ">";
    }
    if (type instanceof io.delta.kernel.types.StructType struct) {
      java.util.List<String> fields = new java.util.ArrayList<>();
      for (io.delta.kernel.types.StructField field : struct.fields()) {
        fields.add(field.getName() + ":" + typeName(field.getDataType()));
      }
      return "struct<" + String.join(",", fields) + ">";
    }
    if (type instanceof io.delta.kernel.types.StringType) {
      return "string";
    }
    if (type instanceof io.delta.kernel.types.IntegerType) {
      return "int";
    }
    if (type instanceof io.delta.kernel.types.LongType) {
      return "bigint";
    }
    if (type instanceof io.delta.kernel.types.DoubleType) {
      return "double";
    }
    if (type instanceof io.delta.kernel.types.DateType) {
      return "date";
    }
    if (type instanceof io.delta.kernel.types.TimestampType) {
      return "timestamp";
    }
    if (type instanceof io.delta.kernel.types.BooleanType) {
      return "boolean";
    }
    return type.toString();
  }

  /** Every TableSpec constant of Tables, by layer/name (bookkeeping tables included). */
  private static Map<String, TableSpec> knownSpecs() {
    Map<String, TableSpec> specs = new LinkedHashMap<>();
    for (Field field : Tables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == TableSpec.class) {
        try {
          TableSpec spec = (TableSpec) field.get(null);
          specs.put(spec.layer() + "/" + spec.name(), spec);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return specs;
  }

  // ---- PostgreSQL: publish ----

  @Test
  void publishCopiesEveryRowOfTheDeltaTables() {
    requirePostgres();
    PublishJob.Result result = publishOnce();
    assertThat(result.tables()).as("tables published").hasSize(PublishJob.TABLES.size());
    for (TableSpec spec : PublishJob.TABLES) {
      assertSameRows(spec);
    }
  }

  @Test
  void publishedTablesHaveKeysIndexesAndComments() throws SQLException {
    requirePostgres();
    publishOnce();
    try (Connection db = connect()) {
      for (TableSpec spec : PublishJob.TABLES) {
        String table = spec.name();
        assertThat(query(db, """
            SELECT a.attname FROM pg_index i
              JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE i.indisprimary AND n.nspname = ? AND c.relname = ? ORDER BY k.ord""", schema, table))
            .as("%s primary key", table).isEqualTo(spec.keys());

        List<String> leadingIndexColumns = query(db, """
            SELECT a.attname FROM pg_index i
              JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
             WHERE n.nspname = ? AND c.relname = ?""", schema, table);
        List<String> provinceAndYear = spec.columns().stream()
            .filter(c -> List.of("province_code", "province_a", "province_b", "year", "activity_year").contains(c)).toList();
        assertThat(provinceAndYear).as("%s has province or year columns", table).isNotEmpty();
        assertThat(leadingIndexColumns).as("%s: an index leads with each province and year column", table)
            .containsAll(provinceAndYear);

        assertThat(query(db, """
            SELECT obj_description(c.oid, 'pg_class') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = ? AND c.relname = ?""", schema, table))
            .as("%s table comment", table).containsExactly(PublishJob.tableComment(spec));

        List<String> columns = query(db, """
            SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || ' -- ' || coalesce(col_description(c.oid, a.attnum), '(none)')
              FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""", schema, table);
        List<String> expected = new ArrayList<>();
        for (StructField field : spec.schema().fields()) {
          expected.add(field.name() + " " + PublishJob.sqlType(field.dataType()) + (field.nullable() ? "" : " not null")
              + " -- " + field.getComment().get());
        }
        assertThat(columns).as("%s columns: name, type, not null, comment", table).isEqualTo(expected);
      }
      assertThat(query(db, "SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY 1", schema))
          .as("tables in the schema: the published ones, no staging tables left")
          .containsExactlyInAnyOrderElementsOf(PublishJob.TABLES.stream().map(TableSpec::name).toList());
    }
  }

  @Test
  void republishLeavesTheSameRowsAndReadersNeverSeeAHalfTable() throws Exception {
    requirePostgres();
    publishOnce();
    long expectedRows = sparkCounts.get(Tables.PROVINCE_YEAR.path(config.warehouse));
    long expectedEvents = sparkCounts.get(Tables.EVENTS.path(config.warehouse));
    List<String> seen = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    AtomicBoolean done = new AtomicBoolean();
    // A reader querying two tables in a loop, as a dashboard would, while the tables are replaced.
    Thread reader = new Thread(() -> {
      try (Connection db = connect()) {
        while (!done.get()) {
          seen.addAll(query(db, "SELECT (SELECT count(*) FROM " + PublishJob.ident(schema) + ".province_year) || '/' || "
              + "(SELECT count(*) FROM " + PublishJob.ident(schema) + ".events)"));
        }
      } catch (Throwable e) {
        errors.add(e);
      }
    }, "publish-reader");
    reader.start();
    PublishJob.Result second;
    try {
      second = PublishJob.run(spark, publishConfig(), quiet());
    } finally {
      done.set(true);
      reader.join(60_000);
    }
    assertThat(errors).as("reader errors while the tables were replaced").isEmpty();
    assertThat(seen).as("what the reader saw: always whole tables (province_year/events rows)")
        .isNotEmpty().containsOnly(expectedRows + "/" + expectedEvents);
    assertThat(second.tables()).as("second publish: same tables and row counts").isEqualTo(firstPublish.tables());
    for (TableSpec spec : PublishJob.TABLES) {
      assertSameRows(spec);
    }
  }

  @Test
  void badPublishSettingsAreClearErrors() {
    PipelineConfig bad = publishConfig();
    bad.publish.jdbcUrl = "jdbc:mysql://localhost/db";
    assertThatThrownBy(() -> PublishJob.run(spark, bad, quiet()))
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessageStartingWith("Cannot use option publish.jdbc-url (--jdbc-url)=jdbc:mysql://localhost/db")
        .hasMessageContaining("PostgreSQL");
    PipelineConfig noPassword = publishConfig();
    noPassword.publish.jdbcUrl = "jdbc:postgresql://127.0.0.1:1/none";
    noPassword.publish.passwordEnv = "DT_TEST_SURELY_UNSET_PASSWORD";
    assertThatThrownBy(() -> PublishJob.run(spark, noPassword, quiet()))
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessage("Cannot read the database password: environment variable DT_TEST_SURELY_UNSET_PASSWORD"
            + " (--password-env DT_TEST_SURELY_UNSET_PASSWORD) is not set. Export it before the command"
            + " (export DT_TEST_SURELY_UNSET_PASSWORD=...), or leave out --password-env to connect without one");
    PipelineConfig unreachable = publishConfig();
    unreachable.publish.jdbcUrl = "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2";
    unreachable.publish.passwordEnv = null;
    assertThatThrownBy(() -> PublishJob.run(spark, unreachable, quiet()))
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessageStartingWith("Cannot publish to 'jdbc:postgresql://127.0.0.1:1/none?…' (connect)");
  }

  private static void assertSameRows(TableSpec spec) {
    String[] columns = spec.columns().toArray(new String[0]);
    // Nested columns are published as JSON text (PublishJob): compare them as Spark writes that JSON.
    String[] deltaColumns = java.util.Arrays.stream(spec.schema().fields())
        .map(f -> PublishJob.holdsStruct(f.dataType()) ? "to_json(`" + f.name() + "`) AS `" + f.name() + "`"
            : "`" + f.name() + "`")
        .toArray(String[]::new);
    Dataset<Row> delta = spark.read().format("delta").load(spec.path(config.warehouse)).selectExpr(deltaColumns);
    Dataset<Row> published = spark.read().jdbc(JDBC_URL, PublishJob.ident(schema) + "." + PublishJob.ident(spec.name()),
        PublishJob.connectionProperties(publishConfig().publish)).selectExpr(quoted(columns));
    assertThat(published.count()).as("%s rows in PostgreSQL vs Delta", spec.name()).isEqualTo(delta.count()).isPositive();
    assertThat(delta.exceptAll(published).collectAsList()).as("%s rows in Delta missing from PostgreSQL", spec.name()).isEmpty();
    assertThat(published.exceptAll(delta).collectAsList()).as("%s rows in PostgreSQL not in Delta", spec.name()).isEmpty();
  }

  private static String[] quoted(String[] columns) {
    return Stream.of(columns).map(c -> "`" + c + "`").toArray(String[]::new);
  }

  private static synchronized PublishJob.Result publishOnce() {
    if (firstPublish == null) {
      firstPublish = PublishJob.run(spark, publishConfig(), quiet());
    }
    return firstPublish;
  }

  private static PipelineConfig publishConfig() {
    PipelineConfig publish = SharedSpark.config(dir, config.input.toArray(new String[0]));
    publish.warehouse = config.warehouse;
    publish.publish.jdbcUrl = JDBC_URL;
    publish.publish.user = System.getenv("DT_TEST_JDBC_USER");
    publish.publish.passwordEnv = System.getenv("DT_TEST_JDBC_PASSWORD") == null ? null : "DT_TEST_JDBC_PASSWORD";
    publish.publish.schema = schema;
    return publish;
  }

  private static Connection connect() throws SQLException {
    return new org.postgresql.Driver().connect(JDBC_URL, PublishJob.connectionProperties(publishConfig().publish));
  }

  private static List<String> query(Connection db, String sql, String... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        st.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  private static void requirePostgres() {
    Assumptions.assumeTrue(JDBC_URL != null,
        "DT_TEST_JDBC_URL is not set: PostgreSQL publish test skipped (bin/test-postgres start DIR; source DIR/env)");
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
