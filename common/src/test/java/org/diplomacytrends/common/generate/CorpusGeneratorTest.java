package org.diplomacytrends.common.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final int N = 4_000;
  private static List<GeneratedDocument> docs;

  @BeforeAll
  static void generate() {
    CorpusGenerator generator = new CorpusGenerator(42);
    docs = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      docs.add(generator.document(i));
    }
  }

  @Test
  void sameSeedSameCorpusInAnyOrder() {
    CorpusGenerator again = new CorpusGenerator(42);
    for (int i : new int[] {N - 1, 0, 1234, 7}) {
      assertThat(again.document(i)).isEqualTo(docs.get(i));
    }
    GeneratedDocument other = new CorpusGenerator(43).document(7);
    assertThat(other.text()).isNotEqualTo(docs.get(7).text());
  }

  @Test
  void everyTextIsDistinct() {
    Set<String> texts = new HashSet<>();
    docs.forEach(d -> texts.add(d.text()));
    assertThat(texts).hasSize(N);
  }

  @Test
  void allLanguagesAndMixedInRealisticShares() {
    Map<String, Long> byLanguage = new TreeMap<>();
    docs.forEach(d -> byLanguage.merge(d.language(), 1L, Long::sum));
    assertThat(byLanguage).containsOnlyKeys("zh", "en", "ja", "ko", "ru", "mixed");
    assertThat(share(byLanguage.get("zh"))).isBetween(0.30, 0.38);
    assertThat(share(byLanguage.get("en"))).isBetween(0.17, 0.23);
    for (String lang : List.of("ja", "ko", "ru")) {
      assertThat(share(byLanguage.get(lang))).as(lang).isBetween(0.10, 0.14);
    }
    assertThat(share(byLanguage.get("mixed"))).isBetween(0.08, 0.12);
  }

  @Test
  void aboutThirtyPercentHaveNoDiplomaticActivity() {
    long none = docs.stream().filter(d -> d.facts().isEmpty()).count();
    assertThat(share(none)).isBetween(0.27, 0.33);
    assertThat(docs.stream().filter(d -> d.facts().isEmpty()).allMatch(d -> d.provinceCode() == null)).isTrue();
    assertThat(docs.stream().filter(d -> !d.facts().isEmpty()).allMatch(d -> d.provinceCode() != null)).isTrue();
  }

  @Test
  void lengthsHaveALongTailFromHundredsToTwentyThousand() {
    List<Integer> lengths = new ArrayList<>(docs.stream().map(d -> d.text().length()).toList());
    Collections.sort(lengths);
    assertThat(lengths.get(0)).isGreaterThanOrEqualTo(CorpusGenerator.MIN_CHARS);
    assertThat(lengths.get(N - 1)).isLessThanOrEqualTo(CorpusGenerator.MAX_CHARS + 1_000);
    int median = lengths.get(N / 2);
    assertThat(median).isBetween(1_200, 2_200);
    int p99 = lengths.get(N * 99 / 100);
    assertThat(p99).as("long tail").isGreaterThan(5 * median);
    assertThat(lengths.get(N / 20)).as("short articles").isLessThan(700);
  }

  @Test
  void factsFallInThePublishYearBeforeThePublishDate() {
    for (GeneratedDocument d : docs) {
      for (GeneratedFact f : d.facts()) {
        assertThat(f.date().getYear()).isEqualTo(d.year());
        assertThat(f.date()).isBefore(d.published());
        assertThat(f.count()).isBetween(1, 12);
        assertThat((f.countryCode() == null) != (f.provinceCode() == null)).isTrue();
        assertThat(f.provinceCode()).isNotEqualTo(d.provinceCode());
      }
    }
  }

  @Test
  void legacyEncodingsRoundTrip() {
    Map<String, Long> byCharset = new TreeMap<>();
    for (GeneratedDocument d : docs) {
      byCharset.merge(d.txtCharset().name(), 1L, Long::sum);
      byte[] bytes = d.text().getBytes(d.txtCharset());
      assertThat(new String(bytes, d.txtCharset())).isEqualTo(d.text());
      if (d.language().equals("en") || d.language().equals("mixed")) {
        assertThat(d.txtCharset()).isEqualTo(StandardCharsets.UTF_8);
      }
    }
    assertThat(byCharset).containsKeys("UTF-8", "GB18030", "Big5", "Shift_JIS", "EUC-KR", "windows-1251");
    assertThat(share(byCharset.get("UTF-8"))).isBetween(0.70, 0.90);
  }

  @Test
  void factSentencesNameProvinceCounterpartAndCount() {
    GeneratedDocument zh = docs.stream()
        .filter(d -> d.language().equals("zh") && d.txtCharset() != CorpusGenerator.BIG5 && d.agreements() > 0)
        .findFirst().orElseThrow();
    assertThat(zh.text()).contains(Vocabulary.province(zh.provinceCode()).zh());
    GeneratedFact agreement = zh.facts().stream().filter(f -> f.kind() == FactKind.AGREEMENT).findFirst().orElseThrow();
    assertThat(zh.text()).contains(Vocabulary.country(agreement.countryCode()).zh());
  }

  @Test
  void koreanParticlesAndRussianPlurals() {
    assertThat(LanguagePack.fill("{X/을} {Y/을} {X/과} {Y/과}", Map.of("X", "독일", "Y", "러시아")))
        .isEqualTo("독일을 러시아를 독일과 러시아와");
    assertThat(RuPack.plural(1, "a", "b", "c")).isEqualTo("a");
    assertThat(RuPack.plural(3, "a", "b", "c")).isEqualTo("b");
    assertThat(RuPack.plural(5, "a", "b", "c")).isEqualTo("c");
    assertThat(RuPack.plural(11, "a", "b", "c")).isEqualTo("c");
  }

  @Test
  void writesTxtInFoldersAndTruthThatChecksAgainstItself(@TempDir Path dir) throws IOException {
    CorpusWriter.Summary summary = CorpusWriter.write(new CorpusGenerator(42), 0, 300, dir, CorpusWriter.Format.TXT,
        CorpusWriter.DEFAULT_JSONL_FILE_BYTES);
    assertThat(summary.documents()).isEqualTo(300);
    try (Stream<Path> files = Files.walk(dir.resolve("txt"))) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(300);
    }
    assertThat(Files.readAllLines(dir.resolve("truth/documents.jsonl"))).hasSize(300);
    List<TruthCheck.Result> self = TruthCheck.check(dir.resolve("truth"), dir.resolve("truth"));
    assertThat(self).allMatch(TruthCheck.Result::matches);
    long articles = TruthCheck.read(dir.resolve("truth/province_year.csv")).stream().skip(1)
        .mapToLong(row -> Long.parseLong(row.get(3))).sum();
    assertThat(articles).isEqualTo(summary.diplomatic());

    Path gold = dir.resolve("gold");
    Files.createDirectories(gold);
    Files.copy(dir.resolve("truth/partner_year.csv"), gold.resolve("partner_year.csv"));
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("truth/province_year.csv")));
    String[] cells = lines.get(1).split(",", -1);
    cells[7] = Long.toString(Long.parseLong(cells[7]) + 1);
    lines.set(1, String.join(",", cells));
    Files.write(gold.resolve("province_year.csv"), lines);
    List<TruthCheck.Result> off = TruthCheck.check(dir.resolve("truth"), gold);
    assertThat(off.get(0).differences()).singleElement().asString().contains("agreements");
    assertThat(off.get(1).matches()).isTrue();
  }

  @Test
  void writesJsonLinesInFilesOfTheGivenSize(@TempDir Path dir) throws IOException {
    CorpusWriter.Summary summary = CorpusWriter.write(new CorpusGenerator(7), 0, 200, dir, CorpusWriter.Format.JSONL,
        100_000);
    assertThat(summary.files()).isGreaterThan(1);
    long lines = 0;
    try (Stream<Path> files = Files.list(dir.resolve("jsonl"))) {
      for (Path file : files.toList()) {
        lines += Files.readAllLines(file).size();
      }
    }
    assertThat(lines).isEqualTo(200);
  }

  private static double share(long count) {
    return (double) count / N;
  }
}
