package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.error.DiplomacyTrendsException;
import org.diplomacytrends.jobs.PipelineJob;
import org.diplomacytrends.jobs.SparkSessionFactory;
import org.diplomacytrends.jobs.cli.DiplomacyTrendsCli;
import org.diplomacytrends.jobs.config.ConfigLoader;
import org.diplomacytrends.jobs.config.PipelineConfig;
import org.diplomacytrends.jobs.table.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report and the notebooks written after a pipeline run on the bundled sample, in one shared
 * local session; then the page opened in headless Chromium (skipped when it is not installed).
 */
class ReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SparkSession spark;
  private static PipelineConfig config;
  private static String printed;
  private static Path report;
  private static String html;

  @TempDir
  static Path dir;

  @BeforeAll
  static void runThePipelineAndTheAfterRunStep() throws IOException {
    PipelineConfig session = ConfigLoader.defaults();
    session.master = "local[2]";
    session.appName = "diplomacy-trends-notebooks-test";
    System.setProperty("spark.ui.enabled", "false");
    spark = SparkSessionFactory.create(session);

    config = ConfigLoader.defaults();
    config.input = List.of(projectDir().resolve("data/sample").toString());
    config.warehouse = dir.resolve("warehouse").toString();
    config.validate();
    PipelineJob.Result result = PipelineJob.run(spark, config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<org.diplomacytrends.jobs.spi.PipelineExtension> installed = org.diplomacytrends.jobs.spi.PipelineExtension.installed();
    assertThat(installed).as("extensions found through META-INF/services").hasAtLeastOneElementOfType(NotebooksExtension.class);
    for (var extension : installed) {
      extension.afterRun(spark, config, result, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    printed = out.toString(StandardCharsets.UTF_8);
    report = dir.resolve("warehouse/report");
    html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void afterRunWritesTheReportBesideTheTablesAndPrintsItsPath() {
    assertThat(printed).as("after-run output").startsWith("report   " + report.resolve("index.html"));
    for (String stem : List.of("province_trend", "country_partners", "province_pairs")) {
      assertThat(report.resolve("notebooks/" + stem + ".ipynb")).as("Jupyter notebook").isRegularFile();
      assertThat(report.resolve("databricks/" + stem + ".py")).as("Databricks notebook").isRegularFile();
      assertThat(printed).as("printed paths").contains(report.resolve("notebooks/" + stem + ".ipynb").toString());
    }
    try (var files = Files.list(report)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary or checksum files left")
          .containsExactlyInAnyOrder("index.html", "notebooks", "databricks");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void pageIsSelfContained() {
    assertThat(html).as("no script at all").doesNotContainIgnoringCase("<script");
    assertThat(html).as("no stylesheet or other link but the inline icon").doesNotContainPattern("<link(?![^>]*href=\"data:)");
    Matcher refs = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?([^\"'\\s>]+)").matcher(html);
    List<String> external = new ArrayList<>();
    while (refs.find()) {
      String target = refs.group(2);
      if (!(target.startsWith("#") || target.startsWith("data:") || target.startsWith("notebooks/")
          || target.startsWith("databricks/"))) {
        external.add(target);
      }
    }
    assertThat(external).as("src/href that leave the page (only anchors, data: URIs and the notebooks beside it)").isEmpty();
    assertThat(html.replace("url(#", "")).as("no url() but to clip paths on the page").doesNotContain("url(");
    assertThat(html).as("a Content Security Policy that forbids any fetch")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    assertThat(html).as("page font stack with Noto Sans CJK").contains("font-family: Noto Sans, Noto Sans CJK SC,");
  }

  @Test
  void chartsAreInlineSvgWithUniqueIds() {
    int panels = count(html, "<figure><svg");
    long provinces = spark.read().format("delta").load(Tables.PROVINCE_YEAR.path(config.warehouse))
        .select("province_code").distinct().count();
    assertThat(panels).as("one small multiple per province (at most %d)", ReportData.MAX_PROVINCES)
        .isEqualTo((int) Math.min(provinces, ReportData.MAX_PROVINCES)).isPositive();
    Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    while (ids.find()) {
      if (!seen.add(ids.group(1))) {
        duplicates.add(ids.group(1));
      }
    }
    assertThat(duplicates).as("ids used twice on the page (clip paths of different charts)").isEmpty();
    List<String> styles = new ArrayList<>();
    Matcher text = Pattern.compile("<text [^>]*style=(['\"])(.*?)\\1").matcher(html);
    while (text.find()) {
      styles.add(text.group(2));
    }
    assertThat(styles).as("chart text styles").isNotEmpty().allSatisfy(style -> assertThat(style)
        .as("a whole style attribute: the CJK font stack and the size").contains("font-family: Noto Sans CJK SC,", "font-size:"));
  }

  @Test
  void intakeFiguresAreTheTableCounts() {
    long raw = count(Tables.ARTICLES_RAW);
    long rejected = count(Tables.REJECTED_INPUTS);
    assertThat(html).as("articles_raw and rejected_inputs counts")
        .contains("<div class=\"n\">" + raw + "</div><div class=\"l\">distinct articles ingested")
        .contains("<div class=\"n\">" + rejected + "</div><div class=\"l\">inputs rejected")
        .contains("<div class=\"n\">" + (raw + rejected) + "</div><div class=\"l\">inputs read");
    for (Row reason : spark.read().format("delta").load(Tables.REJECTED_INPUTS.path(config.warehouse))
        .groupBy("reason").count().collectAsList()) {
      assertThat(html).as("rejection reason %s with its count", reason.getString(0))
          .contains("<tr><td>" + Html.escape(reason.getString(0)) + "</td><td class=\"num\">" + reason.getLong(1) + "</td>");
    }
  }

  @Test
  void evidenceSentencesAreRealEventsOfTheLeadingFigures() {
    Set<String> events = new HashSet<>();
    spark.read().format("delta").load(Tables.EVENTS.path(config.warehouse)).select("evidence").collectAsList()
        .forEach(r -> events.add(r.getString(0)));
    Matcher figures = Pattern.compile("<h4>([^<]*)</h4>\\n<div class=\"table-wrap\"><table class=\"evidence\">(.*?)</table>",
        Pattern.DOTALL).matcher(html);
    List<String> headings = new ArrayList<>();
    while (figures.find()) {
      headings.add(figures.group(1));
      Matcher sentences = Pattern.compile("<td class=\"sentence\"[^>]*>([^<]*)</td>").matcher(figures.group(2));
      int n = 0;
      while (sentences.find()) {
        n++;
        String sentence = unescape(sentences.group(1));
        assertThat(events).as("evidence shown under %s is a silver event's sentence", figures.group(1)).contains(sentence);
      }
      assertThat(n).as("sentences under %s", figures.group(1)).isBetween(1, ReportData.EVIDENCE_PER_FIGURE);
    }
    Row busiest = spark.read().format("delta").load(Tables.PROVINCE_YEAR.path(config.warehouse))
        .selectExpr("province_code", "province_name", "year", "articles",
            "outbound_visits + inbound_visits + domestic_visits + agreements + meetings AS activity")
        .orderBy(org.apache.spark.sql.functions.desc("activity"), org.apache.spark.sql.functions.desc("articles"),
            org.apache.spark.sql.functions.col("province_code"), org.apache.spark.sql.functions.col("year"))
        .first();
    assertThat(headings).as("figures with evidence, the busiest province-year first")
        .hasSizeGreaterThan(1)
        .first().isEqualTo(Html.escape(PlaceLabels.province(busiest.getString(0), busiest.getString(1)) + ", " + busiest.getInt(2)));
  }

  @Test
  void notebooksFollowNbformat4AndCarryTheirOutputs() throws IOException {
    for (String stem : List.of("province_trend", "country_partners", "province_pairs")) {
      JsonNode nb = JSON.readTree(report.resolve("notebooks/" + stem + ".ipynb").toFile());
      NotebookAssertions.assertValidNbformat4(nb, stem);
      String sources = String.join("\n", allText(nb, "/source"));
      assertThat(sources).as("%s: pandas reads the CSVs as UTF-8 with BOM", stem).contains("pd.read_csv(", "encoding=\"utf-8-sig\")");
      assertThat(sources).as("%s: PySpark reads the Delta tables", stem).contains("spark.read.format(\"delta\").load(");
      List<String> mimeTypes = new ArrayList<>();
      for (JsonNode cell : nb.get("cells")) {
        for (JsonNode output : cell.path("outputs")) {
          output.get("data").fieldNames().forEachRemaining(mimeTypes::add);
          if (output.get("data").has("image/png")) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(output.get("data").get("image/png").asText())));
            assertThat(image).as("%s: chart output decodes as PNG", stem).isNotNull();
            assertThat(image.getWidth()).as("%s: chart width", stem).isEqualTo(900);
          }
        }
      }
      assertThat(mimeTypes).as("%s: filled-in outputs", stem).contains("text/html", "text/plain");
    }
    JsonNode trend = JSON.readTree(report.resolve("notebooks/province_trend.ipynb").toFile());
    assertThat(count(String.join("", allText(trend, "/outputs/0/data/image~1png")), "")).as("trend chart present").isPositive();
  }

  @Test
  void trendNotebookOutputIsTheProvinceYearTable() throws IOException {
    JsonNode nb = JSON.readTree(report.resolve("notebooks/province_trend.ipynb").toFile());
    String province = null;
    JsonNode table = null;
    for (JsonNode cell : nb.get("cells")) {
      String source = String.join("", text(cell.get("source")));
      Matcher m = Pattern.compile("PROVINCE = \"([A-Z-]+)\"").matcher(source);
      if (m.find()) {
        province = m.group(1);
      }
      if (source.contains("province_year.csv")) {
        table = cell.get("outputs").get(0);
      }
    }
    assertThat(province).as("the parameter cell names a province").isNotNull();
    assertThat(table).as("the pandas cell has an output").isNotNull();
    List<Row> expected = spark.read().format("delta").load(Tables.PROVINCE_YEAR.path(config.warehouse))
        .where(org.apache.spark.sql.functions.col("province_code").equalTo(province)).orderBy("year").collectAsList();
    List<String> lines = String.join("", text(table.get("data").get("text/plain"))).lines().toList();
    assertThat(lines).as("header + one line per year of %s", province).hasSize(1 + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Row row = expected.get(i);
      assertThat(lines.get(i + 1).strip().split("\\s+")).as("year %s of %s", row.getAs("year"), province)
          .startsWith(String.valueOf(i), String.valueOf((Integer) row.getAs("year")), String.valueOf((Long) row.getAs("articles")),
              String.valueOf((Long) row.getAs("outbound_visits")), String.valueOf((Long) row.getAs("inbound_visits")),
              String.valueOf((Long) row.getAs("domestic_visits")), String.valueOf((Long) row.getAs("agreements")));
    }
  }

  @Test
  void databricksSourcesMirrorTheNotebooks() throws IOException {
    for (String stem : List.of("province_trend", "country_partners", "province_pairs")) {
      String source = Files.readString(report.resolve("databricks/" + stem + ".py"), StandardCharsets.UTF_8);
      JsonNode nb = JSON.readTree(report.resolve("notebooks/" + stem + ".ipynb").toFile());
      assertThat(source).as("%s header", stem).startsWith("# Databricks notebook source\n");
      assertThat(count(source, "\n# COMMAND ----------\n") + 1).as("%s: one Databricks cell per notebook cell", stem)
          .isEqualTo(nb.get("cells").size());
      assertThat(source).as("%s: markdown as MAGIC %%md", stem).contains("# MAGIC %md\n# MAGIC # ");
      assertThat(source).as("%s: Databricks parameters are widgets", stem).contains("dbutils.widgets.get(\"warehouse\")");
    }
  }

  @Test
  void reportCommandIsInstalledWithItsOptions() {
    CommandLine cli = DiplomacyTrendsCli.create();
    assertThat(cli.getSubcommands()).as("subcommands of bin/diplomacy-trends").containsKey("report");
    ReportCommand command = new ReportCommand();
    new CommandLine(command).parseArgs();
    assertThat(command.warehouse).as("default --warehouse").isEqualTo("warehouse");
    assertThat(command.out).as("default --out: <warehouse>/report, resolved when run").isNull();
    new CommandLine(command).parseArgs("--warehouse", "/w", "--out", "/r", "--master", "local[1]");
    assertThat(List.of(command.warehouse, command.out, command.master)).as("options").containsExactly("/w", "/r", "local[1]");
    assertThat(ReportWriter.defaultOut("/w")).as("default report folder").isEqualTo("/w/report");
    assertThat(ReportWriter.relative("/w/report/notebooks", "/w")).as("warehouse seen from the notebooks").isEqualTo("../..");
    assertThat(ReportWriter.relative("/w/report/notebooks", "s3a://b/w")).as("remote warehouse kept as is").isEqualTo("s3a://b/w");
  }

  @Test
  void aWarehouseWithoutTablesIsAClearError() {
    String empty = dir.resolve("no-warehouse").toString();
    assertThatThrownBy(() -> ReportData.load(spark, empty))
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessageStartingWith("Cannot read table bronze/articles_raw at '" + empty + "/bronze/articles_raw'")
        .hasMessageContaining("bin/diplomacy-trends run --warehouse");
    assertThat(Path.of(empty)).as("nothing created by the failed read").doesNotExist();
  }

  @Test
  void mapFlowsProvincePagesAndYearOnYearAreOnThePage() {
    assertThat(count(html, "<path class=\"province\"")).as("map: one path per division of the boundary file").isEqualTo(34);
    long counted = spark.read().format("delta").load(Tables.PROVINCE_YEAR.path(config.warehouse))
        .agg(org.apache.spark.sql.functions.sum("articles")).first().getLong(0);
    assertThat(html).as("map caption: the articles behind it").contains(counted + " articles with a subject province and a year stand behind the map");
    long pairs = spark.read().format("delta").load(Tables.PROVINCE_PARTNER_YEAR.path(config.warehouse))
        .select("province_code", "country_code").distinct().count();
    assertThat(count(html, "<path class=\"link\"")).as("flows: one curve per province-country pair (%d pairs in gold)", pairs)
        .isPositive().isLessThanOrEqualTo((int) pairs);
    assertThat(html).as("map and flows followed by their data").contains("<h3>Data: gold/province_year, summed over years</h3>",
        "<h3>Data: gold/province_partner_year, summed over years (visits: outbound + inbound)</h3>");
    String busiest = busiestProvince();
    assertThat(html).as("a section for the busiest province %s, linked from the list", busiest)
        .contains("<article class=\"province-page\" id=\"province-" + busiest + "\">", "<a href=\"#province-" + busiest + "\">");
    assertThat(html).as("section: fact mix, rank mix, partners")
        .contains("<h4>Facts, all years</h4>", "<h4>Who led the province's side, visits all years</h4>",
            "<h4>Leading partner countries, all years</h4>");
    Row mix = spark.read().format("delta").load(Tables.PROVINCE_YEAR.path(config.warehouse))
        .where(org.apache.spark.sql.functions.col("province_code").equalTo(busiest))
        .agg(org.apache.spark.sql.functions.sum("visits_top_leader"), org.apache.spark.sql.functions.sum("visits_other_rank"))
        .first();
    String section = html.substring(html.indexOf("id=\"province-" + busiest + "\""));
    assertThat(section).as("the busiest province's rank mix equals gold's sums (%s)", mix)
        .containsPattern("<td>Party secretary or governor</td>\\s*<td[^>]*>" + mix.getLong(0) + "</td>")
        .containsPattern("<td>Lower rank [^<]*</td>\\s*<td[^>]*>" + mix.getLong(1) + "</td>");
    assertThat(html).as("year-on-year table with the measure and the readings")
        .contains("<section id=\"change\">", ": visits + agreements</th>", "<th>95% interval</th>")
        .containsPattern("<td>(too few to tell[^<]*|could be chance|clear rise|clear fall|none the year before: no ratio)</td>");
    assertThat(html).as("coverage: chart, table and the warning not to read coverage as diplomacy")
        .contains("<h3 id=\"corpus-per-year\">", "A rise that follows the corpus is a change of coverage, not of activity.")
        .contains("<svg id='coverage'");
  }

  /** The province the report ranks first: the most facts over all years, then articles, then code. */
  private static String busiestProvince() {
    return spark.read().format("delta").load(Tables.PROVINCE_YEAR.path(config.warehouse))
        .selectExpr("province_code", "articles",
            "outbound_visits + inbound_visits + domestic_visits + agreements + meetings AS activity")
        .groupBy("province_code").agg(org.apache.spark.sql.functions.sum("activity").as("total"),
            org.apache.spark.sql.functions.sum("articles").as("total_articles"))
        .orderBy(org.apache.spark.sql.functions.desc("total"), org.apache.spark.sql.functions.desc("total_articles"),
            org.apache.spark.sql.functions.col("province_code"))
        .first().getString(0);
  }

  @Test
  void chromiumRendersThePageWithoutErrorsOrRequests() throws Exception {
    var chromium = HeadlessChromium.find();
    Assumptions.assumeTrue(chromium.isPresent(),
        "chromium is not installed: skipping the browser test (bin/install-test-deps installs it; CI runs it)");
    List<String> served = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      served.add(exchange.getRequestURI().getPath());
      Path file = report.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      byte[] body = file.startsWith(report) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    String page = "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html";
    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get(), dir.resolve("chromium-profile"))) {
      browser.call("Network.enable", Map.of());
      browser.call("Runtime.enable", Map.of());
      browser.call("Log.enable", Map.of());
      browser.call("Page.enable", Map.of());
      browser.call("Page.navigate", Map.of("url", page));
      browser.awaitEvent(e -> "Page.loadEventFired".equals(e.path("method").asText()));
      assertThat(browser.evaluate("document.fonts.ready.then(() => true)").isMissingNode()).as("fonts settled").isFalse();

      List<String> requested = browser.events("Network.requestWillBeSent").stream()
          .map(e -> e.at("/params/request/url").asText()).toList();
      assertThat(requested).as("requests the page made").contains(page)
          .allSatisfy(url -> assertThat(url.equals(page) || url.startsWith("data:")).as("request to %s", url).isTrue());
      assertThat(served).as("paths the loopback server was asked for").containsOnly("/index.html");

      List<String> errors = new ArrayList<>();
      for (JsonNode e : browser.events()) {
        String method = e.path("method").asText();
        if (method.equals("Runtime.exceptionThrown")
            || (method.equals("Runtime.consoleAPICalled") && Set.of("error", "assert").contains(e.at("/params/type").asText()))
            || (method.equals("Log.entryAdded") && e.at("/params/entry/level").asText().equals("error"))) {
          errors.add(e.toString());
        }
      }
      assertThat(errors).as("console errors, exceptions and CSP violations").isEmpty();

      assertThat(browser.evaluate("document.querySelectorAll('svg').length").asInt()).as("charts rendered as SVG")
          .isEqualTo(count(html, "<svg"));
      assertThat(browser.evaluate("[...document.querySelectorAll('svg text')].filter(t => "
          + "!getComputedStyle(t).fontFamily.replaceAll('\"', '').startsWith('Noto Sans CJK SC,')).length").asInt())
          .as("chart texts whose computed font is not the CJK stack").isZero();
      assertThat(browser.evaluate("document.querySelector('h1 span').getBoundingClientRect().width").asDouble())
          .as("the Chinese title has a width (it was laid out)").isPositive();

      assertThat(browser.evaluate("document.querySelectorAll('#map svg path.province').length").asInt())
          .as("map: province paths in the DOM").isGreaterThanOrEqualTo(30);
      assertThat(browser.evaluate("document.querySelector('#map svg').getBoundingClientRect().height").asDouble())
          .as("map laid out with a height").isGreaterThan(300);
      assertThat(browser.evaluate("[...document.querySelectorAll('#map svg path.province')]"
          + ".filter(p => p.getBBox().width > 0).length").asInt()).as("province outlines with a drawn extent")
          .isGreaterThanOrEqualTo(30);
      assertThat(browser.evaluate("document.querySelectorAll('#flows svg path.link').length").asInt())
          .as("flows: links in the DOM").isPositive();
      String busiest = busiestProvince();
      assertThat(browser.evaluate("(() => { const s = document.getElementById('province-" + busiest + "');"
          + " return s !== null && s.querySelector('svg') !== null && s.querySelector('table') !== null; })()").asBoolean())
          .as("the busiest province's section %s with its trend and tables", busiest).isTrue();
      assertThat(browser.evaluate("(() => { const s = document.getElementById('province-" + busiest + "');"
          + " const h = [...s.querySelectorAll('h4')].find(e => e.textContent.startsWith('Who led'));"
          + " const t = h && h.nextElementSibling.querySelector('table');"
          + " return t && t.getBoundingClientRect().height > 0 ? t.querySelectorAll('tbody tr').length : -1; })()").asInt())
          .as("the rank mix of %s laid out: three rows (top leader, lower rank, none named)", busiest).isEqualTo(3);
      assertThat(browser.evaluate("document.querySelectorAll('#change table.data tbody tr').length").asInt())
          .as("year-on-year rows").isPositive();
      assertThat(browser.evaluate("document.querySelector('#change svg#coverage').getBoundingClientRect().width").asDouble())
          .as("coverage chart laid out").isPositive();

      browser.call("DOM.enable", Map.of());
      browser.call("CSS.enable", Map.of());
      int root = browser.call("DOM.getDocument", Map.of("depth", 0)).at("/root/nodeId").asInt();
      int title = browser.call("DOM.querySelector", Map.of("nodeId", root, "selector", "h1 span")).path("nodeId").asInt();
      List<String> fonts = new ArrayList<>();
      browser.call("CSS.getPlatformFontsForNode", Map.of("nodeId", title)).path("fonts")
          .forEach(f -> fonts.add(f.path("familyName").asText()));
      assertThat(fonts).as("fonts that drew 地方外事动态").isNotEmpty();
      if (installedCjkFont()) {
        assertThat(fonts).as("drawn with the installed Noto Sans CJK").anySatisfy(f -> assertThat(f).startsWith("Noto Sans CJK"));
      }

      int height = browser.evaluate("Math.ceil(document.documentElement.scrollHeight)").asInt();
      String png = browser.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1))).path("data").asText();
      byte[] bytes = Base64.getDecoder().decode(png);
      Path shot = Path.of("target", "report-screenshot.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, bytes);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(image.getWidth()).as("screenshot width").isEqualTo(1280);
      assertThat(image.getHeight()).as("screenshot height: the whole page").isEqualTo(height).isGreaterThan(1500);
      assertThat(distinctColours(image)).as("a rendered page, not a blank one").isGreaterThan(50);
    } finally {
      server.stop(0);
    }
  }

  // ---- helpers ----

  /** The inverse of {@link Html#escape}, for text read back from the page. */
  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  private static boolean installedCjkFont() {
    return java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .stream().anyMatch(f -> f.startsWith("Noto Sans CJK"));
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  private static long count(org.diplomacytrends.jobs.table.TableSpec spec) {
    return spark.read().format("delta").load(spec.path(config.warehouse)).count();
  }

  private static int count(String text, String part) {
    if (part.isEmpty()) {
      return text.length();
    }
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  private static List<String> allText(JsonNode nb, String pointer) {
    List<String> out = new ArrayList<>();
    for (JsonNode cell : nb.get("cells")) {
      out.addAll(text(cell.at(pointer)));
    }
    return out;
  }

  private static List<String> text(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) {
      out.add(node.asText());
    } else {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static Path projectDir() {
    return Path.of(System.getProperty("diplomacytrends.project.dir", "..")).toAbsolutePath().normalize();
  }
}
