package org.diplomacytrends.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void writesBomHeaderQuotedCellsAndCrlf() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out, List.of("code", "name", "n"));
    csv.writeRow(Arrays.asList("CN-HL", "Heilongjiang, \"黑龙江\"", 3L));
    csv.writeRow(Arrays.asList("RUS", null, -2));
    assertThat(out.toString()).isEqualTo(
        "\uFEFFcode,name,n\r\nCN-HL,\"Heilongjiang, \"\"黑龙江\"\"\",3\r\nRUS,,-2\r\n");
  }

  @Test
  void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
    assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
    assertThat(CsvWriter.cell("-1")).as("text, not a number").isEqualTo("'-1");
    assertThat(CsvWriter.cell("@SUM")).isEqualTo("'@SUM");
    assertThat(CsvWriter.cell(-1)).as("numbers are written as they are").isEqualTo("-1");
    assertThat(CsvWriter.cell("Россия")).isEqualTo("Россия");
  }
}
