package org.diplomacytrends.jobs.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table reference is the generated one, so it is true of the code. */
class ReadmeTablesTest {
  private static final String BEGIN = "<!-- tables:begin (generated: bin/diplomacy-trends tables) -->\n";
  private static final String END = "<!-- tables:end -->";

  @Test
  void readmeListsEveryTableAndColumnAsGenerated() throws IOException {
    Path readme = Path.of(System.getProperty("diplomacytrends.project.dir", "..")).resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as("README has the generated tables section").isNotNegative();
    assertThat(text.substring(begin + BEGIN.length(), end))
        .as("README tables section; regenerate with: bin/diplomacy-trends tables")
        .isEqualTo("\n" + TableDocs.markdown());
  }
}
