package org.diplomacytrends.common.gazetteer;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.diplomacytrends.common.text.CharClass;
import org.diplomacytrends.common.text.NormalizedText;
import org.diplomacytrends.common.text.TextNormalizer;

/**
 * Every place name the extractor knows: Chinese divisions ({@code cn_divisions.tsv}), foreign
 * places, blocs and blocks ({@code foreign_places.tsv}, {@code overrides.tsv}) and each country's
 * CLDR name in the six corpus languages. Aliases are kept in normalised form, so one
 * Aho-Corasick pass over a normalised text finds them all; {@link #resolve} then applies the
 * script-aware boundary rules and leftmost-longest selection. Immutable and thread-safe.
 */
public final class Gazetteer {
  /** Where the default data files live on the classpath. */
  public static final String RESOURCE_DIR = "/org/diplomacytrends/common/gazetteer/";
  private static final String[] CLDR_TAGS = {"zh-Hans", "zh-Hant", "ja", "ko", "ru", "en"};
  /** Case endings a Cyrillic alias may carry (Харбине, Хэйлунцзяна, Россией). */
  private static final int MAX_CYRILLIC_ENDING = 4;
  /** Hangul names this short need a particle or suffix after them (see {@link #HANGUL_FOLLOWERS}). */
  private static final int SHORT_HANGUL_NAME = 2;
  /**
   * Syllables that may follow a short Hangul name: case particles (이 가 은 는 을 를 에 의 와 과 도 로
   * 으 만 까 부 서 께 랑 하 보 등), administrative, side and compound suffixes (시 성 군 구 주 측 산 인 국 간
   * 정 내 외 현 발 행 어 계 경 전). Not 지: 대구지원 (a word of its own) is not Daegu.
   */
  private static final String HANGUL_FOLLOWERS = "이가은는을를에의와과도로으만까부서께랑하보시성군구주측산인국간정내외현발행어계경전등";
  /** Russian noun and adjective case endings a Cyrillic stem may take. */
  private static final java.util.Set<String> CASE_ENDINGS = java.util.Set.of(
      "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "й",
      "ой", "ей", "ою", "ею", "ью", "ом", "ем", "ам", "ям", "ах", "ях", "ии", "ия", "ию", "ие", "ий", "ые", "ый",
      "ая", "яя", "ое", "ее", "ую", "юю", "ым", "им", "ых", "их", "ов", "ев",
      "ами", "ями", "ией", "иях", "иям", "ого", "его", "ому", "ему", "ыми", "ими",
      "ийск", "ский", "ская", "ское", "ские", "ской", "ских", "скую", "ском");

  /** Masculine noun endings a short consonant-final name takes (Лаос → Лаоса, Лаосу, Лаосе, Лаосом). */
  private static final java.util.Set<String> NOUN_ENDINGS = java.util.Set.of("а", "у", "е", "ом");

  private static boolean isCyrillicConsonant(char c) {
    return c >= 'а' && c <= 'я' && "аеёиоуыэюяйьъ".indexOf(c) < 0;
  }

  private final Map<String, List<Alias>> aliasesByKey;
  private final Map<String, Place> provinces;
  private volatile AhoCorasickDoubleArrayTrie<List<Alias>> automaton;

  private Gazetteer(Map<String, List<Alias>> aliasesByKey, Map<String, Place> provinces) {
    this.aliasesByKey = aliasesByKey;
    this.provinces = provinces;
  }

  /** The gazetteer from the project's classpath resources, with CLDR country names. */
  public static Gazetteer loadDefault() {
    Builder builder = builder().addCldrCountryNames();
    try {
      builder.addDivisions(resource("cn_divisions.tsv"));
      builder.addForeignPlaces(resource("foreign_places.tsv"));
      builder.addForeignPlaces(resource("overrides.tsv"));
      builder.addDivisions(resource("cn_overrides.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resources under " + RESOURCE_DIR, e);
    }
    return builder.build();
  }

  private static Reader resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + name);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** A builder, for tests that want a small gazetteer. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every alias, by its normalised spelling (for a caller that builds a combined automaton). */
  public Map<String, List<Alias>> aliasesByKey() {
    return aliasesByKey;
  }

  /** The province with this ISO 3166-2:CN code, or null. */
  public Place province(String isoCode) {
    return provinces.get(isoCode);
  }

  /** All places found in a text, boundary rules and leftmost-longest selection applied. */
  public List<PlaceMatch> match(NormalizedText text) {
    AhoCorasickDoubleArrayTrie<List<Alias>> trie = automaton();
    List<RawHit> hits = new ArrayList<>();
    AhoCorasickDoubleArrayTrie.IHit<List<Alias>> collector = (begin, end, value) -> hits.add(new RawHit(begin, end, value));
    trie.parseText(text.normalized(), collector);
    return resolve(text, hits);
  }

  private AhoCorasickDoubleArrayTrie<List<Alias>> automaton() {
    AhoCorasickDoubleArrayTrie<List<Alias>> trie = automaton;
    if (trie == null) {
      synchronized (this) {
        trie = automaton;
        if (trie == null) {
          trie = new AhoCorasickDoubleArrayTrie<>();
          trie.build(new java.util.TreeMap<>(aliasesByKey));
          automaton = trie;
        }
      }
    }
    return trie;
  }

  /** An automaton hit before boundary rules. */
  public record RawHit(int begin, int end, List<Alias> aliases) {}

  /**
   * Applies boundary rules to raw hits and keeps the leftmost-longest non-overlapping ones;
   * blocks consume their span and are dropped.
   */
  public List<PlaceMatch> resolve(NormalizedText text, List<RawHit> hits) {
    List<PlaceMatch> candidates = new ArrayList<>(hits.size());
    java.util.IdentityHashMap<PlaceMatch, Integer> keyLengths = new java.util.IdentityHashMap<>();
    for (RawHit hit : hits) {
      List<Alias> accepted = null;
      int acceptedEnd = hit.end();
      for (Alias alias : hit.aliases()) {
        int end = acceptedEnd(text, hit.begin(), hit.end(), alias);
        if (end < 0) {
          continue;
        }
        if (accepted == null) {
          accepted = new ArrayList<>(hit.aliases().size());
          acceptedEnd = end;
        }
        accepted.add(alias);
      }
      if (accepted != null) {
        PlaceMatch match = new PlaceMatch(hit.begin(), acceptedEnd, accepted);
        candidates.add(match);
        keyLengths.put(match, hit.end() - hit.begin());
      }
    }
    // Equal spans (a stem plus its case ending): the longer alias key is the more specific name,
    // so Австрал|ию is Australia, never Австр|алию (Austria's stem swallowing a longer name).
    candidates.sort((a, b) -> a.start() != b.start()
        ? Integer.compare(a.start(), b.start())
        : a.end() - a.start() != b.end() - b.start()
            ? Integer.compare(b.end() - b.start(), a.end() - a.start())
            : Integer.compare(keyLengths.get(b), keyLengths.get(a)));
    List<PlaceMatch> result = new ArrayList<>();
    int lastEnd = -1;
    int lastStart = -1;
    for (int i = 0; i < candidates.size(); i++) {
      PlaceMatch candidate = candidates.get(i);
      if (candidate.start() < lastEnd) {
        continue;
      }
      if (swallowsLongerName(candidates, i)) {
        continue;
      }
      lastStart = candidate.start();
      lastEnd = candidate.end();
      // A block declares that a spelling is not a place, whatever else lists it (того, 中新社).
      if (!anyOfKind(candidate, PlaceKind.BLOCK)) {
        result.add(candidate);
      }
    }
    dropPlacesInsideNames(result);
    dropPlacesInsideTransliteratedNames(text.normalized(), result);
    return result;
  }

  /** Longest given name before a name dot that a place may sit in (安德里亚斯 is five characters). */
  private static final int GIVEN_NAME_CHARS = 6;

  /** The dots that join the parts of a foreign name written in Chinese characters (安德里亚斯·利肯). */
  private static final String NAME_DOTS = "·・•‧";

  /**
   * Drops a place written in Chinese characters inside a longer run of them that a name dot
   * closes, not at the run's start (安|德里|亚斯·利肯 is Andreas, not Delhi); a place that begins
   * its part (中国·上海, 中国・大連市長) stays.
   */
  private static void dropPlacesInsideTransliteratedNames(String normalized, List<PlaceMatch> places) {
    places.removeIf(match -> {
      int runStart = match.start();
      while (runStart > 0 && isHan(normalized.charAt(runStart - 1))) {
        runStart--;
      }
      int runEnd = match.end();
      while (runEnd < normalized.length() && isHan(normalized.charAt(runEnd))) {
        runEnd++;
      }
      // The given name before the dot, with the place inside it, not at its start (中国・大連 stays).
      boolean dotAfter = runEnd < normalized.length() && NAME_DOTS.indexOf(normalized.charAt(runEnd)) >= 0;
      return dotAfter && runStart < match.start() && runEnd - match.start() <= GIVEN_NAME_CHARS
          && isHan(normalized.charAt(match.start()));
    });
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Drops a Chinese place followed at once by a place of another province (王|安顺|北京市长: 安顺 is
   * part of the mayor's name). Places written side by side name one place from large to small
   * (吉林长春), inside one province; two provinces back to back do not occur.
   */
  private static void dropPlacesInsideNames(List<PlaceMatch> places) {
    for (int i = places.size() - 2; i >= 0; i--) {
      PlaceMatch first = places.get(i);
      PlaceMatch next = places.get(i + 1);
      Place firstPlace = first.chinese();
      Place nextPlace = next.chinese();
      if (next.start() == first.end() && firstPlace != null && nextPlace != null && first.country() == null
          && firstPlace.kind() != PlaceKind.PROVINCE && !firstPlace.provinceCode().equals(nextPlace.provinceCode())) {
        places.remove(i);
      }
    }
  }

  /**
   * True when the candidate is only a "side" abbreviation (赴日, 赴越: verb plus one-character
   * country) whose last character begins a full place name running past it (赴|越南, 赴|日本): the
   * full name is the place, and the verb stays free to mark it as a destination.
   */
  private static boolean swallowsLongerName(List<PlaceMatch> candidates, int index) {
    PlaceMatch candidate = candidates.get(index);
    for (Alias alias : candidate.aliases()) {
      if (alias.place().kind() != PlaceKind.SIDE || alias.script() == AliasScript.LATIN
          || alias.script() == AliasScript.CYRILLIC) {
        return false;
      }
    }
    for (int j = index + 1; j < candidates.size(); j++) {
      PlaceMatch other = candidates.get(j);
      if (other.start() >= candidate.end()) {
        break;
      }
      if (other.start() > candidate.start() && other.end() > candidate.end()
          && other.aliases().stream().anyMatch(a -> a.place().kind() != PlaceKind.SIDE
              && a.place().kind() != PlaceKind.BLOCK)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyOfKind(PlaceMatch match, PlaceKind kind) {
    for (Alias alias : match.aliases()) {
      if (alias.place().kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** End of the match (case endings included) when the alias's boundary rule holds, else -1. */
  private static int acceptedEnd(NormalizedText text, int begin, int end, Alias alias) {
    String normalized = text.normalized();
    switch (alias.script()) {
      case LATIN -> {
        if (begin > 0 && CharClass.isLetterOrDigit(normalized.charAt(begin - 1))) {
          return -1;
        }
        if (end < normalized.length() && CharClass.isLetterOrDigit(normalized.charAt(end))) {
          return -1;
        }
        if (alias.caseSensitive() && !text.original().regionMatches(begin, alias.surface(), 0, end - begin)) {
          return -1;
        }
        return end;
      }
      case CYRILLIC -> {
        if (begin > 0 && CharClass.isLetterOrDigit(normalized.charAt(begin - 1))) {
          return -1;
        }
        if (alias.caseSensitive() && !text.original().regionMatches(begin, alias.surface(), 0, end - begin)) {
          return -1;
        }
        int ending = 0;
        while (end + ending < normalized.length() && isCyrillicLetter(normalized.charAt(end + ending))) {
          ending++;
          if (ending > MAX_CYRILLIC_ENDING) {
            return -1;
          }
        }
        if (ending > 0 && alias.key().length() <= 4 && !alias.stem()
            && !(isCyrillicConsonant(alias.key().charAt(alias.key().length() - 1))
                && NOUN_ENDINGS.contains(normalized.substring(end, end + ending)))) {
          // Short names ending in a vowel (Мали, Перу) are indeclinable and must stand alone; those
          // ending in a consonant take the masculine noun endings (Лаоса, Ирану, Чаде, Оманом).
          return -1;
        }
        if (alias.stem() && ending == 0 && alias.key().length() <= 4) {
          return -1;
        }
        if (alias.stem() && ending > 0 && !CASE_ENDINGS.contains(normalized.substring(end, end + ending))) {
          // A stem takes case endings only: Австр|ии is Austria, Австр|алию is not.
          return -1;
        }
        return end + ending;
      }
      case HANGUL -> {
        // Korean particles follow a name, nothing sticks before it (중한 in 귀중한, 하문 in 축하문),
        // except the Sino-Korean prefixes 주 (駐), 대 (對), 방 (訪), 재 (在).
        if (begin > 0 && isHangul(normalized.charAt(begin - 1)) && "주대방재".indexOf(normalized.charAt(begin - 1)) < 0) {
          return -1;
        }
        // A short foreign name is often the first syllables of an ordinary Sino-Korean word (대구 in
        // 대구지원): after it only a particle or a suffix may follow; long names are distinctive
        // enough. Chinese places keep heading compounds (할빈림공경제구) as the Korean-Chinese press writes them.
        if (alias.place().kind().isForeignCountry() && end - begin <= SHORT_HANGUL_NAME && end < normalized.length() && isHangul(normalized.charAt(end))
            && HANGUL_FOLLOWERS.indexOf(normalized.charAt(end)) < 0) {
          return -1;
        }
        return end;
      }
      default -> {
        // Katakana names must not be cut out of a longer katakana word (イラン in ステイランティス).
        String key = alias.key();
        if (isKatakana(key.charAt(0)) && begin > 0 && isKatakana(normalized.charAt(begin - 1))) {
          return -1;
        }
        if (isKatakana(key.charAt(key.length() - 1)) && end < normalized.length() && isKatakana(normalized.charAt(end))) {
          return -1;
        }
        return end;
      }
    }
  }

  private static boolean isHangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  private static boolean isKatakana(char c) {
    return c >= 0x30A1 && c <= 0x30FF && c != 0x30FB;
  }

  private static boolean isCyrillicLetter(char c) {
    return c >= 0x0400 && c <= 0x04FF && Character.isLetter(c);
  }

  /** Collects aliases from files and CLDR. */
  public static final class Builder {
    private final TextNormalizer normalizer = TextNormalizer.get();
    private final Map<String, List<Alias>> aliases = new HashMap<>();
    private final Map<String, Place> provinces = new LinkedHashMap<>();
    private final Map<String, Place> placesByCode = new HashMap<>();

    private Builder() {}

    /** Reads {@code cn_divisions.tsv}; a null reader (missing resource) is skipped. */
    public Builder addDivisions(Reader reader) throws IOException {
      if (reader == null) {
        return this;
      }
      try (BufferedReader in = new BufferedReader(reader)) {
        String header = in.readLine();
        if (header == null) {
          return this;
        }
        String[] columns = header.replace("\uFEFF", "").split("\t", -1);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
          index.put(columns[i].trim(), i);
        }
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cells = line.split("\t", -1);
          String level = cell(cells, index, "level");
          if (level == null) {
            continue;
          }
          PlaceKind kind = switch (level.toLowerCase(Locale.ROOT)) {
            case "province" -> PlaceKind.PROVINCE;
            case "prefecture", "city" -> PlaceKind.PREFECTURE;
            default -> PlaceKind.COUNTY;
          };
          String iso = cell(cells, index, "iso_code");
          String gb = cell(cells, index, "gb_code");
          String province = cell(cells, index, "province");
          if (province == null || !province.startsWith("CN-")) {
            province = kind == PlaceKind.PROVINCE ? iso : province;
          }
          String code = kind == PlaceKind.PROVINCE && iso != null ? iso : (gb != null ? gb : iso);
          if (code == null || province == null) {
            continue;
          }
          String nameEn = cell(cells, index, "name_en");
          Place place = placesByCode.computeIfAbsent(kind + ":" + code,
              k -> new Place(kind, code, kind == PlaceKind.PROVINCE ? code : null, nameEn));
          if (place.provinceCode() == null) {
            place = new Place(kind, code, province, nameEn);
            placesByCode.put(kind + ":" + code, place);
          }
          if (kind == PlaceKind.PROVINCE) {
            provinces.putIfAbsent(code, place);
          }
          for (String column : new String[] {"zh", "ja", "ko", "ru", "en"}) {
            for (String alias : cells(cells, index, column)) {
              add(place, alias, false);
            }
          }
          for (String alias : cells(cells, index, "zh_weak")) {
            add(place, alias, true);
          }
          if (nameEn != null) {
            add(place, nameEn, false);
          }
        }
      }
      return this;
    }

    /** Reads {@code foreign_places.tsv} (or the overrides in its format); null is skipped. */
    public Builder addForeignPlaces(Reader reader) throws IOException {
      if (reader == null) {
        return this;
      }
      try (BufferedReader in = new BufferedReader(reader)) {
        String header = in.readLine();
        if (header == null) {
          return this;
        }
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cells = line.split("\t", -1);
          if (cells.length < 4) {
            continue;
          }
          PlaceKind kind;
          try {
            kind = PlaceKind.parse(cells[1]);
          } catch (IllegalArgumentException e) {
            continue;
          }
          String target = cells[0].trim();
          String code = target.equals("-") || target.isEmpty() ? null : target;
          Place place = new Place(kind, code, null, null);
          for (String alias : cells[3].split("\\|")) {
            boolean weak = alias.startsWith("~");
            add(place, weak ? alias.substring(1) : alias, weak);
          }
        }
      }
      return this;
    }

    /** Adds every country's CLDR name in the corpus languages (China itself excluded). */
    public Builder addCldrCountryNames() {
      for (String alpha2 : Locale.getISOCountries()) {
        if (alpha2.equals("CN")) {
          continue;
        }
        Locale country = new Locale("", alpha2);
        String alpha3;
        try {
          alpha3 = country.getISO3Country();
        } catch (MissingResourceException e) {
          continue;
        }
        if (alpha3.isEmpty()) {
          continue;
        }
        Place place = new Place(PlaceKind.COUNTRY, alpha3, null, null);
        for (String tag : CLDR_TAGS) {
          String name = country.getDisplayCountry(Locale.forLanguageTag(tag));
          if (name != null && name.length() >= 2 && !name.equalsIgnoreCase(alpha2)) {
            add(place, name, false);
          }
        }
      }
      return this;
    }

    private void add(Place place, String rawAlias, boolean weak) {
      String alias = rawAlias.trim();
      if (alias.isEmpty() || alias.equals("-")) {
        return;
      }
      String key = normalizer.normalizeTerm(alias);
      AliasScript script = AliasScript.of(alias);
      boolean caseSensitive = (script == AliasScript.LATIN || script == AliasScript.CYRILLIC)
          && alias.length() <= 5 && alias.equals(alias.toUpperCase(Locale.ROOT))
          && !alias.equals(alias.toLowerCase(Locale.ROOT));
      put(new Alias(place, key, alias, script, weak, caseSensitive, false));
      if (script == AliasScript.CYRILLIC && !caseSensitive) {
        // Declined forms: Россия → Росси(ю|и|ей), Беларусь → Беларус(и|ью).
        addCyrillicStem(place, alias, key, weak, 1);
        if (key.endsWith("ия")) {
          addCyrillicStem(place, alias, key, weak, 2);
        }
      }
    }

    private void addCyrillicStem(Place place, String alias, String key, boolean weak, int cut) {
      char last = key.charAt(key.length() - 1);
      if (!(last == 'а' || last == 'я' || last == 'ь' || last == 'й' || last == 'о' || last == 'е')) {
        return;
      }
      String stem = key.substring(0, key.length() - cut);
      int lastSpace = stem.lastIndexOf(' ');
      if (stem.length() - (lastSpace + 1) < 4 && lastSpace < 0) {
        return;
      }
      put(new Alias(place, stem, alias, AliasScript.CYRILLIC, weak, false, true));
    }

    private void put(Alias alias) {
      List<Alias> list = aliases.computeIfAbsent(alias.key(), k -> new ArrayList<>(1));
      for (Alias existing : list) {
        if (existing.place().equals(alias.place())) {
          if (existing.weak() && !alias.weak()) {
            list.remove(existing);
            break;
          }
          return;
        }
      }
      list.add(alias);
    }

    /** The immutable gazetteer. */
    public Gazetteer build() {
      Map<String, List<Alias>> frozen = new HashMap<>();
      aliases.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
      return new Gazetteer(Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(new LinkedHashMap<>(provinces)));
    }

    private static String cell(String[] cells, Map<String, Integer> index, String column) {
      Integer i = index.get(column);
      if (i == null || i >= cells.length) {
        return null;
      }
      String value = cells[i].trim();
      return value.isEmpty() || value.equals("-") ? null : value;
    }

    private static List<String> cells(String[] cells, Map<String, Integer> index, String column) {
      String value = cell(cells, index, column);
      if (value == null) {
        return List.of();
      }
      List<String> result = new ArrayList<>();
      for (String part : value.split("\\|")) {
        if (!part.isBlank() && !part.trim().equals("-")) {
          result.add(part.trim());
        }
      }
      return result;
    }
  }
}
