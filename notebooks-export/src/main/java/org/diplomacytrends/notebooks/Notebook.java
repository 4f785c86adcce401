package org.diplomacytrends.notebooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A notebook with its outputs already filled in, written two ways: Jupyter's nbformat 4.5 JSON
 * ({@code .ipynb}, readable on GitHub without running it) and a Databricks source notebook
 * ({@code .py}, code and markdown only, since Databricks source files carry no outputs).
 */
public final class Notebook {
  /** Jupyter notebook format written: 4.5, the first minor version with cell ids. */
  public static final int NBFORMAT = 4;
  public static final int NBFORMAT_MINOR = 5;
  /** First line of a Databricks source notebook. */
  public static final String DATABRICKS_HEADER = "# Databricks notebook source";
  /** Separator between Databricks cells. */
  public static final String DATABRICKS_SEPARATOR = "# COMMAND ----------";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A cell: markdown or code. */
  public sealed interface Cell permits Markdown, Code {}

  /**
   * A markdown cell.
   *
   * @param source markdown text
   */
  public record Markdown(String source) implements Cell {}

  /**
   * A code cell with the outputs a run would show.
   *
   * @param source Python source for Jupyter
   * @param databricksSource the Databricks version, or null when the same
   * @param outputs outputs, in order
   */
  public record Code(String source, String databricksSource, List<Output> outputs) implements Cell {}

  /** A code cell's output. */
  public sealed interface Output permits TableOutput, ImageOutput {}

  /**
   * A DataFrame as Jupyter shows it: {@code text/html} and {@code text/plain}.
   *
   * @param table the rows
   * @param nullText how a missing value reads (NaN for CSV data in pandas, None after Spark's toPandas)
   */
  public record TableOutput(DataTable table, String nullText) implements Output {}

  /**
   * A chart: {@code image/png}, with a text alternative.
   *
   * @param png PNG bytes
   * @param alt what the chart shows
   */
  public record ImageOutput(byte[] png, String alt) implements Output {}

  private final String title;
  private final List<Cell> cells = new ArrayList<>();

  /** An empty notebook; {@code title} goes into its metadata. */
  public Notebook(String title) {
    this.title = title;
  }

  /** Appends a markdown cell. */
  public Notebook markdown(String source) {
    cells.add(new Markdown(source));
    return this;
  }

  /** Appends a code cell that reads the same in Jupyter and Databricks. */
  public Notebook code(String source, Output... outputs) {
    cells.add(new Code(source, null, List.of(outputs)));
    return this;
  }

  /** Appends a code cell with a Databricks-specific version. */
  public Notebook code(String source, String databricksSource, Output... outputs) {
    cells.add(new Code(source, databricksSource, List.of(outputs)));
    return this;
  }

  /** The cells, in order. */
  public List<Cell> cells() {
    return List.copyOf(cells);
  }

  /** The notebook as nbformat 4.5 JSON. */
  public String toIpynb() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode metadata = root.putObject("metadata");
    metadata.putObject("kernelspec").put("name", "python3").put("display_name", "Python 3").put("language", "python");
    metadata.putObject("language_info").put("name", "python").put("file_extension", ".py")
        .put("mimetype", "text/x-python");
    metadata.put("title", title);
    root.put("nbformat", NBFORMAT);
    root.put("nbformat_minor", NBFORMAT_MINOR);
    ArrayNode cellArray = root.putArray("cells");
    int execution = 0;
    int id = 0;
    for (Cell cell : cells) {
      ObjectNode node = cellArray.addObject();
      node.put("id", "cell-" + ++id);
      node.putObject("metadata");
      if (cell instanceof Markdown md) {
        node.put("cell_type", "markdown");
        node.set("source", lines(md.source()));
      } else if (cell instanceof Code code) {
        execution++;
        node.put("cell_type", "code");
        node.put("execution_count", execution);
        node.set("source", lines(code.source()));
        ArrayNode outputs = node.putArray("outputs");
        for (Output output : code.outputs()) {
          ObjectNode out = outputs.addObject();
          if (output instanceof TableOutput t) {
            out.put("output_type", "execute_result");
            out.put("execution_count", execution);
            ObjectNode data = out.putObject("data");
            data.set("text/html", lines(t.table().toPandasHtml(t.nullText())));
            data.set("text/plain", lines(t.table().toPlainText(t.nullText())));
            out.putObject("metadata");
          } else if (output instanceof ImageOutput image) {
            out.put("output_type", "display_data");
            ObjectNode data = out.putObject("data");
            data.put("image/png", Base64.getEncoder().encodeToString(image.png()));
            data.set("text/plain", lines(image.alt()));
            out.putObject("metadata");
          }
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }

  /** The notebook as a Databricks source file: markdown as {@code # MAGIC %md}, cells separated. */
  public String toDatabricksSource() {
    StringBuilder out = new StringBuilder(DATABRICKS_HEADER).append('\n');
    boolean first = true;
    for (Cell cell : cells) {
      if (!first) {
        out.append('\n').append(DATABRICKS_SEPARATOR).append("\n\n");
      }
      first = false;
      if (cell instanceof Markdown md) {
        out.append("# MAGIC %md\n");
        md.source().lines().forEach(line -> out.append(line.isEmpty() ? "# MAGIC" : "# MAGIC " + line).append('\n'));
      } else if (cell instanceof Code code) {
        String source = code.databricksSource() != null ? code.databricksSource() : code.source();
        out.append(source.stripTrailing()).append('\n');
      }
    }
    return out.toString();
  }

  /** nbformat's multi-line string: the text split after each newline. */
  private static ArrayNode lines(String text) {
    ArrayNode array = JSON.createArrayNode();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        array.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      array.add(text.substring(start));
    }
    return array;
  }
}
