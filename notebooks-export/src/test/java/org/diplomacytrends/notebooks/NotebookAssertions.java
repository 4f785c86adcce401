package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Checks of the nbformat 4 structure (the required keys of the v4.5 JSON schema). */
final class NotebookAssertions {
  private NotebookAssertions() {}

  static void assertValidNbformat4(JsonNode nb, String name) {
    assertThat(nb.path("nbformat").isInt() && nb.get("nbformat").asInt() == 4).as("%s: nbformat is 4", name).isTrue();
    assertThat(nb.path("nbformat_minor").isInt() && nb.get("nbformat_minor").asInt() >= 5)
        .as("%s: nbformat_minor >= 5 (cell ids)", name).isTrue();
    assertThat(nb.path("metadata").isObject()).as("%s: metadata object", name).isTrue();
    assertThat(nb.at("/metadata/kernelspec/name").isTextual()).as("%s: kernelspec.name", name).isTrue();
    assertThat(nb.at("/metadata/kernelspec/display_name").isTextual()).as("%s: kernelspec.display_name", name).isTrue();
    assertThat(nb.path("cells").isArray() && nb.get("cells").size() > 0).as("%s: cells array", name).isTrue();
    Set<String> topKeys = Set.of("metadata", "nbformat", "nbformat_minor", "cells");
    nb.fieldNames().forEachRemaining(k -> assertThat(topKeys).as("%s: top-level key %s allowed", name, k).contains(k));
    java.util.Set<String> ids = new java.util.HashSet<>();
    int i = 0;
    for (JsonNode cell : nb.get("cells")) {
      String where = name + " cell " + i++;
      assertThat(cell.path("id").asText()).as("%s: id", where).matches("^[a-zA-Z0-9-_]{1,64}$");
      assertThat(ids.add(cell.get("id").asText())).as("%s: id unique", where).isTrue();
      assertThat(cell.path("cell_type").asText()).as("%s: cell_type", where).isIn("markdown", "code", "raw");
      assertThat(cell.path("metadata").isObject()).as("%s: metadata", where).isTrue();
      assertMultiline(cell.get("source"), where + " source");
      if ("code".equals(cell.get("cell_type").asText())) {
        assertThat(cell.has("execution_count") && (cell.get("execution_count").isInt() || cell.get("execution_count").isNull()))
            .as("%s: execution_count", where).isTrue();
        assertThat(cell.path("outputs").isArray()).as("%s: outputs array", where).isTrue();
        for (JsonNode output : cell.get("outputs")) {
          String type = output.path("output_type").asText();
          assertThat(type).as("%s: output_type", where).isIn("execute_result", "display_data", "stream", "error");
          if (type.equals("execute_result") || type.equals("display_data")) {
            assertThat(output.path("data").isObject()).as("%s: output data", where).isTrue();
            assertThat(output.path("metadata").isObject()).as("%s: output metadata", where).isTrue();
            output.get("data").fields().forEachRemaining(e -> assertMultiline(e.getValue(), where + " " + e.getKey()));
          }
          if (type.equals("execute_result")) {
            assertThat(output.path("execution_count").isInt()).as("%s: result execution_count", where).isTrue();
          }
        }
      } else {
        assertThat(cell.has("outputs")).as("%s: a non-code cell has no outputs", where).isFalse();
      }
    }
  }

  private static void assertMultiline(JsonNode value, String where) {
    boolean ok = value != null && (value.isTextual()
        || (value.isArray() && java.util.stream.StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isTextual)));
    assertThat(ok).as("%s: a string or an array of strings", where).isTrue();
  }
}
