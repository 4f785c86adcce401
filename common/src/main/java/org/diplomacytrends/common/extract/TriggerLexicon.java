package org.diplomacytrends.common.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomacytrends.common.gazetteer.AliasScript;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.Languages;
import org.diplomacytrends.common.text.TextNormalizer;

/**
 * The trigger words of every registered language ({@code lang/<xx>/triggers.tsv}: {@code lang kind
 * pattern weight}), by normalised pattern, ready to go into the extractor's automaton.
 */
public final class TriggerLexicon {
  /** File name of a language's trigger words in its folder ({@link LanguagePack#folder}). */
  public static final String FILE = "triggers.tsv";

  private final Map<String, List<Trigger>> byKey;

  private TriggerLexicon(Map<String, List<Trigger>> byKey) {
    this.byKey = byKey;
  }

  /** The lexicon of every registered language, from the classpath, in registration order. */
  public static TriggerLexicon loadDefault() {
    Map<String, List<Trigger>> byKey = new HashMap<>();
    for (LanguagePack pack : Languages.registered()) {
      String resource = LanguagePack.folder(pack.language()) + FILE;
      InputStream in = TriggerLexicon.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("trigger words missing from the classpath: " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        readInto(reader, resource, byKey);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return frozen(byKey);
  }

  /** Reads a lexicon in the {@code triggers.tsv} format. */
  public static TriggerLexicon read(Reader reader) throws IOException {
    Map<String, List<Trigger>> byKey = new HashMap<>();
    readInto(reader, "triggers", byKey);
    return frozen(byKey);
  }

  private static void readInto(Reader reader, String name, Map<String, List<Trigger>> byKey) throws IOException {
    TextNormalizer normalizer = TextNormalizer.get();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int lineNumber = 0;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
        continue; // comments and the column header
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 3) {
        throw new IOException(name + " line " + lineNumber + ": expected lang, kind, pattern, weight");
      }
      TriggerKind kind;
      try {
        kind = TriggerKind.valueOf(cells[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IOException(name + " line " + lineNumber + ": unknown kind " + cells[1], e);
      }
      double weight = cells.length > 3 && !cells[3].isBlank() ? Double.parseDouble(cells[3].trim()) : 1.0;
      String pattern = cells[2];
      if (pattern.isEmpty()) {
        continue;
      }
      String key = normalizer.normalizeTerm(pattern);
      Trigger trigger = new Trigger(cells[0].trim(), kind, key, AliasScript.of(pattern), weight);
      byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(trigger);
    }
  }

  private static TriggerLexicon frozen(Map<String, List<Trigger>> byKey) {
    Map<String, List<Trigger>> frozen = new HashMap<>();
    byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new TriggerLexicon(frozen);
  }

  /** Every trigger by normalised pattern. */
  public Map<String, List<Trigger>> byKey() {
    return byKey;
  }
}
