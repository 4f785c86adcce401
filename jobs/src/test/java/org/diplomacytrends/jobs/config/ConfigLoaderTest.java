package org.diplomacytrends.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacytrends.common.error.DiplomacyTrendsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void defaultsComeFromTheBundledYaml() {
    PipelineConfig config = ConfigLoader.defaults();
    assertThat(config.warehouse).as("default warehouse").isEqualTo("warehouse");
    assertThat(config.input).as("default input: the bundled sample").isEmpty();
    assertThat(config.ingest.maxFileBytes).as("default size limit").isEqualTo(64L * 1024 * 1024);
    assertThat(config.ingest.extensions).contains("txt", "jsonl");
    assertThat(config.csvDir()).as("CSV folder under the warehouse").isEqualTo("warehouse/csv");
  }

  @Test
  void confFileOverridesOnlyTheKeysItNames() throws IOException {
    Path conf = Files.writeString(dir.resolve("run.yaml"), "warehouse: /data/wh\ningest:\n  max-file-bytes: 1000\n");
    PipelineConfig config = ConfigLoader.load(conf);
    assertThat(config.warehouse).isEqualTo("/data/wh");
    assertThat(config.ingest.maxFileBytes).isEqualTo(1000);
    assertThat(config.ingest.extensions).as("nested keys not named keep their defaults").contains("txt", "jsonl");
    assertThat(config.csvDir()).isEqualTo("/data/wh/csv");
  }

  @Test
  void unknownKeysAndMissingFilesAreClearErrors() throws IOException {
    Path typo = Files.writeString(dir.resolve("typo.yaml"), "warehous: /data/wh\n");
    assertThatThrownBy(() -> ConfigLoader.load(typo))
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessageContaining("unknown key 'warehous' at line 1")
        .hasMessageStartingWith("Cannot read configuration '" + typo + "'");
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("absent.yaml")))
        .hasMessageContaining("the file does not exist");
  }

  @Test
  void wrongTypesNameTheKeyTheValueAndTheTypeAndSyntaxErrorsTheirPlace() throws IOException {
    Path wrongType = Files.writeString(dir.resolve("type.yaml"), "ingest:\n  max-file-bytes: lots\n");
    assertThatThrownBy(() -> ConfigLoader.load(wrongType))
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessageContaining("key 'ingest.max-file-bytes' has the value 'lots', which is not a whole number (line 2");
    Path notAList = Files.writeString(dir.resolve("list.yaml"), "input:\n  path: /data\n");
    assertThatThrownBy(() -> ConfigLoader.load(notAList))
        .hasMessageContaining("key 'input' needs a list").hasMessageContaining("line 2");
    Path badYaml = Files.writeString(dir.resolve("syntax.yaml"), "warehouse: /data/wh\ningest:\n  extensions: [txt, jsonl\n");
    assertThatThrownBy(() -> ConfigLoader.load(badYaml))
        .hasMessageContaining("not valid YAML (line ").hasMessageContaining("column ");
  }

  @Test
  void validationNamesTheBadValue() {
    PipelineConfig config = ConfigLoader.defaults();
    config.ingest.maxFileBytes = -5;
    assertThatThrownBy(config::validate)
        .isInstanceOf(DiplomacyTrendsException.class)
        .hasMessageStartingWith("Cannot use option ingest.max-file-bytes=-5: expected a positive number");
  }
}
