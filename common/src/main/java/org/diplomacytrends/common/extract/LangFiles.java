package org.diplomacytrends.common.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diplomacytrends.common.model.Language;

/**
 * Reads the word lists of the per-language homes, {@code org/diplomacytrends/common/lang/<xx>/}:
 * one entry a line, {@code #} comments and blank lines skipped.
 */
final class LangFiles {
  private static final String ROOT = "/org/diplomacytrends/common/lang/";

  private LangFiles() {}

  /** The entries of one language's file; empty when the language has none. */
  static List<String> lines(Language language, String file) {
    String resource = ROOT + language.code() + "/" + file;
    List<String> lines = new ArrayList<>();
    try (InputStream in = LangFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        return lines;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The entries of the file in every supported language's home, language by language. */
  static List<String> linesOfEveryLanguage(String file) {
    List<String> lines = new ArrayList<>();
    for (Language language : Language.values()) {
      if (language != Language.OTHER) {
        lines.addAll(lines(language, file));
      }
    }
    return lines;
  }
}
