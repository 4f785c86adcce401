package org.diplomacytrends.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Command-line behaviour that needs no Spark session: help, option errors, extract. */
class DiplomacyTrendsCliTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cli = DiplomacyTrendsCli.create();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsTheSubcommands() {
    assertThat(execute("--help")).isZero();
    assertThat(out.toString()).contains("run", "extract");
    assertThat(execute("run", "--help")).isZero();
    assertThat(out.toString()).contains("--input", "--warehouse", "--master", "--conf");
  }

  @Test
  void badConfigFileIsOneLineAndNonZero() throws IOException {
    Path conf = Files.writeString(dir.resolve("bad.yaml"), "ingest:\n  max-file-byte: 10\n");
    int code = execute("run", "--conf", conf.toString(), "--input", dir.toString());
    assertThat(code).as("exit code").isEqualTo(1);
    assertThat(err.toString().strip().lines()).as("one line, no stack trace").hasSize(1);
    assertThat(err.toString()).startsWith("error: Cannot read configuration").contains("max-file-byte");
  }

  @Test
  void aRunThatCannotStartFailsBeforeSparkAndWritesNothing() throws IOException {
    Path warehouse = dir.resolve("warehouse");
    long start = System.nanoTime();
    int code = execute("run", "--input", dir.resolve("nonexistent").toString(), "--warehouse", warehouse.toString());
    assertThat(code).as("exit code").isEqualTo(1);
    assertThat(err.toString()).as("the missing input named").contains("Cannot read input").contains("nonexistent");
    assertThat(warehouse).as("no warehouse written by a run that could not start").doesNotExist();
    assertThat(System.nanoTime() - start).as("failed before a Spark session started (ns)").isLessThan(10_000_000_000L);

    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    err.getBuffer().setLength(0);
    assertThat(execute("run", "--input", dir.toString(), "--warehouse", file.toString())).isEqualTo(1);
    assertThat(err.toString()).as("a warehouse that is a file").contains("it is a file, not a folder");
  }

  @Test
  void extractPrintsTheExtractionAsJson() throws IOException {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "时间:2024-04-23\n黑龙江省代表团访问俄罗斯阿穆尔州，双方签署3项合作协议。\n", StandardCharsets.UTF_8);
    int code = execute("extract", article.toString());
    assertThat(code).as("exit code; stderr: %s", err).isZero();
    String json = out.toString();
    assertThat(json).contains("\"province_code\" : \"CN-HL\"", "\"publish_date\" : \"2024-04-23\"", "\"RUS\"");
  }

  @Test
  void extractOfAMissingFileIsAClearError() {
    assertThat(execute("extract", dir.resolve("nope.txt").toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: Cannot read article").contains("nope.txt");
  }

  @Test
  void badArgumentsAreOneLineWithExitCode2() {
    assertThat(execute("run", "--no-such-flag")).as("exit code").isEqualTo(2);
    assertThat(err.toString().strip().lines()).as("one line").hasSize(1);
    assertThat(err.toString()).startsWith("error: Cannot parse the command line: Unknown option: '--no-such-flag'")
        .contains("diplomacy-trends run --help");
  }

  @Test
  void evalPrintsExactlyTheScoreShapeAsJson() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\":\"t1\",\"lang\":\"zh\",\"text\":\"时间:2024-04-23\\n黑龙江省代表团访问俄罗斯阿穆尔州，双方签署3项合作协议。\","
        + "\"gold\":{\"publish_date\":\"2024-04-23\",\"province\":\"CN-HL\",\"city\":null,\"year\":2024,"
        + "\"partner_countries\":[\"RUS\"],\"domestic_partners\":[],\"visits\":[\"outbound\"],"
        + "\"agreements_min\":3,\"agreements_max\":3}}\n", StandardCharsets.UTF_8);
    assertThat(execute("eval", "--gold", gold.toString(), "--json")).as("exit code; stderr: %s", err).isZero();
    com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(report.get("documents").asInt()).isEqualTo(1);
    assertThat(iterable(report.fieldNames())).containsExactly("documents", "overall", "by_lang");
    assertThat(iterable(report.get("overall").fieldNames())).containsExactlyInAnyOrder("province_accuracy",
        "city_accuracy", "year_accuracy", "publish_date_accuracy", "partner_countries", "domestic_partners", "visits",
        "agreements_in_range", "visit_event_documents", "visit_events_in_range");
    assertThat(iterable(report.get("overall").get("visits").fieldNames())).containsExactly("precision", "recall", "f1");
    assertThat(iterable(report.get("by_lang").fieldNames())).containsExactly("zh");
    assertThat(report.get("overall").get("province_accuracy").asDouble()).as("province of the one document").isEqualTo(1.0);
  }

  /**
   * The bundled sample's labels were written with its articles: every score is exact, so a rule that
   * breaks one of them (a consul's seat that is also the meeting place) fails here, not in a user's run.
   */
  @Test
  void evalOfTheBundledSampleIsExact() throws IOException {
    Path project = Path.of("..").toAbsolutePath().normalize();
    Path gold = project.resolve("data/sample-labels.jsonl");
    assertThat(execute("eval", "--gold", gold.toString(), "--corpus", project.resolve("data/sample").toString(), "--json"))
        .as("exit code; stderr: %s", err).isZero();
    com.fasterxml.jackson.databind.JsonNode overall = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.toString()).get("overall");
    for (String metric : List.of("province_accuracy", "city_accuracy", "year_accuracy", "publish_date_accuracy",
        "agreements_in_range")) {
      assertThat(overall.get(metric).asDouble()).as(metric + "; report: %s", out).isEqualTo(1.0);
    }
    for (String metric : List.of("partner_countries", "domestic_partners", "visits")) {
      assertThat(overall.get(metric).get("f1").asDouble()).as(metric + " F1; report: %s", out).isEqualTo(1.0);
    }
  }

  @Test
  void evalOfAnUnreadableGoldFileFailsClearly() throws IOException {
    Path gold = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": 1,\n", StandardCharsets.UTF_8);
    assertThat(execute("eval", "--gold", gold.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: Cannot read gold file '" + gold + "'");
  }

  private static java.util.List<String> iterable(java.util.Iterator<String> names) {
    java.util.List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
