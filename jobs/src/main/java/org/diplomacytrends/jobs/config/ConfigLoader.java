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
    } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
      throw Errors.unreadableConfig(confFile.toString(), "key '" + keyPath(e) + "' has the value '" + e.getValue()
          + "', which is not " + typeName(e.getTargetType()) + where(e), e);
    } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
      throw Errors.unreadableConfig(confFile.toString(), "key '" + keyPath(e) + "' needs "
          + typeName(e.getTargetType()) + where(e), e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // YAML syntax: the parser's own words, with where it stopped.
      throw Errors.unreadableConfig(confFile.toString(), "not valid YAML" + where(e) + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("unreadable"), e);
    } catch (IOException e) {
      throw Errors.unreadableConfig(confFile.toString(), e.getMessage().lines().findFirst().orElse("unreadable"), e);
    }
  }

  /** The dotted key a binding error is about (ingest.max-file-bytes, ingest.extensions[1]). */
  private static String keyPath(com.fasterxml.jackson.databind.JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "a list ([a, b] or one '- item' a line)";
    }
    return "a " + type.getSimpleName() + " section (key: value lines)";
  }

  private static String where(com.fasterxml.jackson.core.JsonProcessingException e) {
    com.fasterxml.jackson.core.JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
