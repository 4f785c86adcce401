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
import org.diplomacytrends.common.text.TextNormalizer;

/**
 * The per-language trigger words ({@code extract/triggers.tsv}: {@code lang kind pattern weight}),
 * by normalised pattern, ready to go into the extractor's automaton.
 */
public final class TriggerLexicon {
  /** Classpath location of the default lexicon. */
  public static final String RESOURCE = "/org/diplomacytrends/common/extract/triggers.tsv";

  private final Map<String, List<Trigger>> byKey;

  private TriggerLexicon(Map<String, List<Trigger>> byKey) {
    this.byKey = byKey;
  }

  /** The lexicon from the classpath. */
  public static TriggerLexicon loadDefault() {
    InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("trigger lexicon missing from the classpath: " + RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a lexicon in the {@code triggers.tsv} format. */
  public static TriggerLexicon read(Reader reader) throws IOException {
    TextNormalizer normalizer = TextNormalizer.get();
    Map<String, List<Trigger>> byKey = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line = in.readLine();
    int lineNumber = 1;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 3) {
        throw new IOException("triggers line " + lineNumber + ": expected lang, kind, pattern, weight");
      }
      TriggerKind kind;
      try {
        kind = TriggerKind.valueOf(cells[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IOException("triggers line " + lineNumber + ": unknown kind " + cells[1], e);
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
    Map<String, List<Trigger>> frozen = new HashMap<>();
    byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new TriggerLexicon(frozen);
  }

  /** Every trigger by normalised pattern. */
  public Map<String, List<Trigger>> byKey() {
    return byKey;
  }
}
