package org.diplomacytrends.jobs.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.diplomacytrends.common.error.Errors;

/**
 * Builds a {@link PipelineConfig}: the defaults bundled from {@code conf/diplomacy-trends.yaml},
 * then a {@code --conf} file over them (only the keys it names), then command-line flags (applied
 * by the caller). Unknown keys are errors so that a typo never passes silently.
 */
public final class ConfigLoader {
  /** Classpath location of the defaults (copied from {@code conf/} at build time). */
  public static final String DEFAULTS_RESOURCE = "/diplomacy-trends.yaml";

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ConfigLoader() {}

  /** The defaults, overlaid by {@code confFile} when it is not null. */
  public static PipelineConfig load(Path confFile) {
    PipelineConfig config = defaults();
    if (confFile != null) {
      overlay(config, confFile);
    }
    return config;
  }

  /** The bundled defaults. */
  public static PipelineConfig defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw Errors.unreadableConfig("classpath:" + DEFAULTS_RESOURCE, "it is missing from the jar", null);
      }
      return YAML.readValue(in, PipelineConfig.class);
    } catch (IOException e) {
      throw Errors.unreadableConfig("classpath:" + DEFAULTS_RESOURCE, e.getMessage(), e);
    }
  }

  private static void overlay(PipelineConfig config, Path confFile) {
    try {
      byte[] bytes = Files.readAllBytes(confFile);
      if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
        return;
      }
      YAML.readerForUpdating(config).readValue(bytes);
    } catch (NoSuchFileException e) {
      throw Errors.unreadableConfig(confFile.toString(), "the file does not exist", e);
    } catch (UnrecognizedPropertyException e) {
      throw Errors.unreadableConfig(confFile.toString(),
          "unknown key '" + e.getPropertyName() + "' at line " + e.getLocation().getLineNr()
              + " (known here: " + e.getKnownPropertyIds() + ")", e);
    } catch (IOException e) {
      throw Errors.unreadableConfig(confFile.toString(), e.getMessage().lines().findFirst().orElse("unreadable"), e);
    }
  }
}
