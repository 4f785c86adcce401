package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notebook model: nbformat 4.5 JSON and Databricks source, without Spark. */
class NotebookTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  private static Notebook sample() {
    DataTable table = new DataTable(List.of("year", "articles", "top_partners"),
        List.of(Arrays.asList(2023, 4L, "RUS 4"), Arrays.asList(2024, 10L, null)), false);
    return new Notebook("t")
        .markdown("# Title\n\nText with `code`.")
        .code("WAREHOUSE = \"../..\"", "WAREHOUSE = dbutils.widgets.get(\"warehouse\")")
        .code("import pandas as pd\ntrend = pd.read_csv(\"x.csv\", encoding=\"utf-8-sig\")\ntrend",
            new Notebook.TableOutput(table, "NaN"))
        .code("ax = trend.plot()", new Notebook.ImageOutput(PNG, "<Figure>"));
  }

  @Test
  void ipynbFollowsNbformat45() throws Exception {
    JsonNode nb = new ObjectMapper().readTree(sample().toIpynb());
    NotebookAssertions.assertValidNbformat4(nb, "sample");
    JsonNode cells = nb.get("cells");
    assertThat(cells).as("cells").hasSize(4);
    assertThat(cells.get(2).get("source").get(0).asText()).as("source lines keep their newline").isEqualTo("import pandas as pd\n");
    assertThat(cells.get(2).get("execution_count").asInt()).as("execution counts number the code cells").isEqualTo(2);
    JsonNode result = cells.get(2).get("outputs").get(0);
    assertThat(result.get("output_type").asText()).as("a table is an execute_result").isEqualTo("execute_result");
    String html = String.join("", iterable(result.at("/data/text~1html")));
    String text = String.join("", iterable(result.at("/data/text~1plain")));
    assertThat(html).as("HTML output").contains("class=\"dataframe\"", "<td>RUS 4</td>", "<td>NaN</td>");
    assertThat(text.lines().toList()).as("plain output, pandas-like")
        .containsExactly("   year  articles  top_partners", "0  2023         4         RUS 4", "1  2024        10           NaN");
    JsonNode image = cells.get(3).get("outputs").get(0);
    assertThat(image.get("output_type").asText()).as("a chart is display_data").isEqualTo("display_data");
    assertThat(java.util.Base64.getDecoder().decode(image.at("/data/image~1png").asText()))
        .as("PNG bytes round-trip through base64").isEqualTo(PNG);
  }

  @Test
  void databricksSourceHasHeaderSeparatorsAndMagicMarkdown() {
    String source = sample().toDatabricksSource();
    assertThat(source).as("first line").startsWith(Notebook.DATABRICKS_HEADER + "\n");
    assertThat(source.split("\n" + java.util.regex.Pattern.quote(Notebook.DATABRICKS_SEPARATOR) + "\n", -1))
        .as("one separator between each of the 4 cells").hasSize(4);
    assertThat(source).as("markdown as MAGIC lines, blank lines included")
        .contains("# MAGIC %md\n# MAGIC # Title\n# MAGIC\n# MAGIC Text with `code`.\n");
    assertThat(source).as("the Databricks variant of a cell replaces the Jupyter one")
        .contains("WAREHOUSE = dbutils.widgets.get(\"warehouse\")")
        .doesNotContain("WAREHOUSE = \"../..\"");
  }

  @Test
  void emptyResultReadsLikePandas() {
    DataTable empty = new DataTable(List.of("a", "b"), List.of(), false);
    assertThat(empty.toPlainText("None")).as("empty frame")
        .isEqualTo("Empty DataFrame\nColumns: [a, b]\nIndex: []");
  }

  @Test
  void pythonLiteralsAreEscaped() {
    assertThat(Notebooks.py("C:\\data \"x\"")).as("backslashes and quotes").isEqualTo("\"C:\\\\data \\\"x\\\"\"");
  }

  private static Iterable<String> iterable(JsonNode array) {
    return () -> java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).iterator();
  }
}
