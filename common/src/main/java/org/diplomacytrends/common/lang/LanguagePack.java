package org.diplomacytrends.common.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.model.RankClass;
import org.diplomacytrends.common.text.TextNormalizer;

/**
 * Everything the extractor knows about one language, read from its folder
 * {@code org/diplomacytrends/common/lang/<xx>/}: trigger words ({@code triggers.tsv}), marker words
 * by role ({@link MarkerRole}, one file each), number words ({@code number_words.tsv}), officials'
 * titles ({@code titles.tsv}, {@link OfficialTitle}), and the code that cannot be data ({@link LanguageRules}).
 *
 * <p>Marker files hold one marker per line in double quotes (so that a trailing space, which
 * makes "in " a word, stays visible); lines starting with {@code #} say what the role means.
 */
public final class LanguagePack {
  /** Classpath folder of all language folders. */
  public static final String ROOT = "/org/diplomacytrends/common/lang/";

  private final LanguageRules rules;
  private final Map<MarkerRole, String[]> markers;
  private final Map<String, Integer> numberWords;
  private final List<OfficialTitle> titles;

  private LanguagePack(LanguageRules rules, Map<MarkerRole, String[]> markers, Map<String, Integer> numberWords,
      List<OfficialTitle> titles) {
    this.rules = rules;
    this.markers = markers;
    this.numberWords = numberWords;
    this.titles = titles;
  }

  /** Reads the folder of the rules' language from the classpath. */
  static LanguagePack load(LanguageRules rules) {
    String folder = folder(rules.language());
    TextNormalizer normalizer = TextNormalizer.get();
    Map<MarkerRole, String[]> markers = new EnumMap<>(MarkerRole.class);
    for (MarkerRole role : MarkerRole.values()) {
      List<String> words = new ArrayList<>();
      for (String line : lines(folder + role.file())) {
        if (line.length() < 2 || line.charAt(0) != '"' || line.charAt(line.length() - 1) != '"') {
          throw new IllegalStateException("marker file " + folder + role.file() + ": expected a quoted marker, got: " + line);
        }
        String marker = line.substring(1, line.length() - 1);
        words.add(role.normalised() ? normalizer.normalizeTerm(marker) : marker);
      }
      markers.put(role, ordered(role, words));
    }
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (String line : lines(folder + "number_words.tsv")) {
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalStateException(folder + "number_words.tsv: expected word<TAB>value, got: " + line);
      }
      numbers.put(cells[0], Integer.parseInt(cells[1].trim()));
    }
    return new LanguagePack(rules, markers, Collections.unmodifiableMap(numbers), titles(rules.language(), folder));
  }

  /**
   * Reads {@code titles.tsv}: title, Chinese rank, foreign rank, and optionally the Chinese rank in
   * a provincial-level municipality and {@code needs-place}; {@code -} is "no official of that side".
   */
  private static List<OfficialTitle> titles(Language language, String folder) {
    TextNormalizer normalizer = TextNormalizer.get();
    List<OfficialTitle> titles = new ArrayList<>();
    for (String line : lines(folder + "titles.tsv")) {
      String[] cells = line.split("\t");
      if (cells.length < 3 || cells.length > 5) {
        throw new IllegalStateException(folder + "titles.tsv: expected title<TAB>chinese rank<TAB>foreign rank"
            + "[<TAB>municipality rank[<TAB>needs-place]], got: " + line);
      }
      String municipal = cells.length > 3 ? cells[3].strip() : "-";
      boolean needsPlace = cells.length > 4 && cells[4].strip().equals("needs-place");
      if (cells.length > 4 && !needsPlace) {
        throw new IllegalStateException(folder + "titles.tsv: the fifth column is 'needs-place' or absent, got: " + line);
      }
      titles.add(new OfficialTitle(cells[0], normalizer.normalizeTerm(cells[0]), rank(cells[1]), rank(cells[2]),
          rank(municipal), needsPlace, language));
    }
    return byLength(titles);
  }

  private static RankClass rank(String cell) {
    String code = cell.strip();
    return code.equals("-") ? null : RankClass.ofCode(code);
  }

  /** Longest first: at a position the longest title wins (副省长 over 省长, 대사관 over 대사). */
  private static List<OfficialTitle> byLength(List<OfficialTitle> titles) {
    List<OfficialTitle> ordered = new ArrayList<>(titles);
    ordered.sort((a, b) -> Integer.compare(b.normalised().length(), a.normalised().length()));
    return List.copyOf(ordered);
  }

  /** The pack that tries every given pack's markers: for sentences whose language is unknown or mixed. */
  static LanguagePack union(LanguageRules rules, Collection<LanguagePack> packs) {
    Map<MarkerRole, String[]> markers = new EnumMap<>(MarkerRole.class);
    for (MarkerRole role : MarkerRole.values()) {
      List<String> words = new ArrayList<>();
      for (LanguagePack pack : packs) {
        words.addAll(List.of(pack.markers(role)));
      }
      markers.put(role, ordered(role, words));
    }
    Map<String, Integer> numbers = new LinkedHashMap<>();
    packs.forEach(pack -> numbers.putAll(pack.numberWords));
    List<OfficialTitle> titles = new ArrayList<>();
    packs.forEach(pack -> titles.addAll(pack.titles));
    return new LanguagePack(rules, markers, Collections.unmodifiableMap(numbers), byLength(titles));
  }

  /** Fillers are tried longest first, so that "the city of" is skipped whole rather than as "city of". */
  private static String[] ordered(MarkerRole role, List<String> words) {
    List<String> ordered = new ArrayList<>(words);
    if (role == MarkerRole.DESTINATION_BEFORE_FILLER || role == MarkerRole.ORIGIN_BEFORE_FILLER) {
      ordered.sort((a, b) -> Integer.compare(b.length(), a.length()));
    }
    return ordered.toArray(new String[0]);
  }

  /** The classpath folder of a language, with a trailing slash. */
  public static String folder(Language language) {
    return ROOT + language.code() + "/";
  }

  /** The non-comment, non-blank lines of a classpath resource; none when it is absent (a role the language does not use). */
  public static List<String> lines(String resource) {
    InputStream in = LanguagePack.class.getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return lines;
  }

  /** The language's code rules. */
  public LanguageRules rules() {
    return rules;
  }

  /** The language. */
  public Language language() {
    return rules.language();
  }

  /** The normalised markers of a role, in file order (empty when the language has none). */
  public String[] markers(MarkerRole role) {
    return markers.get(role);
  }

  /** The titles officials are named by, longest first (a mixed sentence's pack holds every language's). */
  public List<OfficialTitle> titles() {
    return titles;
  }

  /** Number words and their values, in file order. */
  public Map<String, Integer> numberWords() {
    return numberWords;
  }
}
