package org.diplomacytrends.common.generate;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic corpus of provincial foreign-affairs news in Chinese, English,
 * Japanese, Korean, Russian and mixed-language articles, with the truth of every article.
 *
 * <p>Document {@code i} depends only on the seed and {@code i}, so a corpus of N documents is
 * the first N of any larger one (an incremental run adds documents N..M) and documents can be
 * made in any order, one at a time, without holding the corpus. About 30% of the articles are
 * local news with no foreign-affairs activity; the others carry one to three facts, each in one
 * sentence that names the subject province with its official, the act, the counterpart and, for
 * agreements, an explicit count. Lengths follow a long-tailed (log-normal) distribution from a
 * few hundred to 20,000 characters, padded with paragraphs of local news. Not thread-safe: use
 * one instance per thread.
 */
public final class CorpusGenerator {
  /** Share of articles with no foreign-affairs activity. */
  public static final double NON_DIPLOMATIC_SHARE = 0.30;
  /** Shortest and longest article, in characters (UTF-16 units). */
  public static final int MIN_CHARS = 300;
  public static final int MAX_CHARS = 20_000;
  /** Median target length in characters. */
  static final double MEDIAN_CHARS = 1_500;
  static final double LENGTH_SIGMA = 0.85;

  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");
  static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
  static final Charset EUC_KR = Charset.forName("EUC-KR");
  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private static final LanguagePack ZH = new ZhPack();
  private static final LanguagePack EN = new EnPack();
  private static final LanguagePack JA = new JaPack();
  private static final LanguagePack KO = new KoPack();
  private static final LanguagePack RU = new RuPack();
  /** Language pairs of mixed articles: the first gives the page furniture and the title. */
  private static final LanguagePack[][] MIXED_PAIRS = {{ZH, EN}, {ZH, JA}, {ZH, KO}, {ZH, RU}, {EN, RU}, {KO, EN},
      {JA, EN}};

  private final long seed;
  private Transliterator toTraditional;

  /** A generator for one seed. */
  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** Document {@code index} of this seed's corpus. */
  public GeneratedDocument document(long index) {
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    LanguagePack primary;
    LanguagePack secondary = null;
    String language;
    int roll = random.nextInt(100);
    if (roll < 34) {
      primary = ZH;
    } else if (roll < 54) {
      primary = EN;
    } else if (roll < 66) {
      primary = JA;
    } else if (roll < 78) {
      primary = KO;
    } else if (roll < 90) {
      primary = RU;
    } else {
      LanguagePack[] pair = MIXED_PAIRS[random.nextInt(MIXED_PAIRS.length)];
      primary = pair[0];
      secondary = pair[1];
    }
    language = secondary == null ? primary.code() : "mixed";

    int year = random.nextInt(2019, 2026);
    LocalDate published = LocalDate.ofYearDay(year, random.nextInt(25, LocalDate.of(year, 12, 31).getDayOfYear() + 1));
    LocalDateTime time = published.atTime(random.nextInt(7, 22), random.nextInt(60), random.nextInt(60));
    boolean diplomatic = random.nextDouble() >= NON_DIPLOMATIC_SHARE;
    Vocabulary.Province subject = diplomatic
        ? Vocabulary.PROVINCES.get(random.nextInt(Vocabulary.PROVINCES.size())) : null;
    List<GeneratedFact> facts = diplomatic ? facts(random, subject, published, primary, secondary) : List.of();

    int target = targetLength(random);
    StringBuilder text = new StringBuilder(target + 512);
    text.append(LanguagePack.pick(primary.siteHeaders(), random)).append("\n\n");
    String title;
    if (diplomatic) {
      java.util.Map<String, String> slots = new java.util.HashMap<>();
      slots.put("P", primary.provinceName(subject));
      slots.put("X", primary.counterpartName(facts.get(0)));
      title = LanguagePack.fill(LanguagePack.pick(primary.titles(), random), slots);
    } else {
      title = LanguagePack.pick(primary.localTitles(), random);
    }
    text.append(title).append("\n\n");
    text.append(primary.dateLine(time, random)).append("\n\n");
    for (GeneratedFact fact : facts) {
      LanguagePack pack = pack(fact.language());
      LocalDate end = fact.date().plusDays(random.nextInt(1, 4));
      if (end.isAfter(published)) {
        end = published;
      }
      text.append(pack.factSentence(fact, subject, end, random)).append("\n\n");
    }
    // A photo caption line, as scraped pages carry; its number makes every text distinct.
    text.append(String.format("photo_%07d_%d.jpg", index, random.nextInt(1, 6))).append("\n\n");
    boolean secondaryUsed = secondary == null;
    do {
      LanguagePack pack = secondary != null && (!secondaryUsed || random.nextBoolean()) ? secondary : primary;
      secondaryUsed |= pack == secondary;
      text.append(pack.fillerParagraph(random)).append("\n\n");
    } while (text.length() < target);
    text.append(LanguagePack.pick(primary.footers(), random)).append('\n');

    String body = text.toString();
    Charset charset = StandardCharsets.UTF_8;
    if (secondary == null) {
      int encodingRoll = random.nextInt(100);
      charset = switch (primary.code()) {
        case "zh" -> encodingRoll < 15 ? GB18030 : encodingRoll < 25 ? BIG5 : StandardCharsets.UTF_8;
        case "ja" -> encodingRoll < 25 ? SHIFT_JIS : StandardCharsets.UTF_8;
        case "ko" -> encodingRoll < 25 ? EUC_KR : StandardCharsets.UTF_8;
        case "ru" -> encodingRoll < 25 ? WINDOWS_1251 : StandardCharsets.UTF_8;
        default -> StandardCharsets.UTF_8;
      };
      if (charset == BIG5) {
        // Big5 is a traditional-character encoding: such pages are written in traditional script.
        body = traditional(body);
        title = traditional(title);
      }
      if (!charset.newEncoder().canEncode(body)) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return new GeneratedDocument(index, "gen-" + seed + "-" + index, language, title, body, published,
        subject == null ? null : subject.code(), facts, charset);
  }

  private List<GeneratedFact> facts(SplittableRandom random, Vocabulary.Province subject, LocalDate published,
      LanguagePack primary, LanguagePack secondary) {
    int roll = random.nextInt(100);
    int count = roll < 50 ? 1 : roll < 85 ? 2 : 3;
    List<GeneratedFact> facts = new ArrayList<>(count);
    Set<String> used = new HashSet<>();
    String firstCountry = null;
    while (facts.size() < count) {
      int kindRoll = random.nextInt(100);
      FactKind kind = kindRoll < 30 ? FactKind.OUTBOUND : kindRoll < 60 ? FactKind.INBOUND
          : kindRoll < 72 ? FactKind.DOMESTIC : FactKind.AGREEMENT;
      String country = null;
      String province = null;
      if (kind == FactKind.DOMESTIC) {
        do {
          province = Vocabulary.PROVINCES.get(random.nextInt(Vocabulary.PROVINCES.size())).code();
        } while (province.equals(subject.code()));
      } else if (firstCountry != null && random.nextBoolean()) {
        country = firstCountry;
      } else {
        country = Vocabulary.COUNTRIES.get(random.nextInt(Vocabulary.COUNTRIES.size())).code();
      }
      // One act of a kind per counterpart: a second visit to the same place is not news.
      if (!used.add(kind + ":" + (country != null ? country : province))) {
        continue;
      }
      if (firstCountry == null) {
        firstCountry = country;
      }
      int n = kind == FactKind.AGREEMENT ? 1 + (random.nextInt(10) < 7 ? random.nextInt(5) : random.nextInt(12)) : 1;
      LocalDate date = published.minusDays(random.nextInt(2, 21));
      String language = secondary != null && random.nextBoolean() ? secondary.code() : primary.code();
      facts.add(new GeneratedFact(kind, country, province, n, date, language));
    }
    facts.sort(Comparator.comparing(GeneratedFact::date));
    return facts;
  }

  private static int targetLength(SplittableRandom random) {
    double gaussian = gaussian(random);
    double length = MEDIAN_CHARS * Math.exp(LENGTH_SIGMA * gaussian);
    return (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, length));
  }

  /** Box-Muller: SplittableRandom has no nextGaussian on Java 17. */
  private static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static LanguagePack pack(String code) {
    return switch (code) {
      case "zh" -> ZH;
      case "en" -> EN;
      case "ja" -> JA;
      case "ko" -> KO;
      case "ru" -> RU;
      default -> throw new IllegalArgumentException(code);
    };
  }

  private String traditional(String text) {
    if (toTraditional == null) {
      toTraditional = Transliterator.getInstance("Simplified-Traditional");
    }
    return toTraditional.transliterate(text);
  }

  /** SplitMix64 of seed and index: independent streams per document. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
