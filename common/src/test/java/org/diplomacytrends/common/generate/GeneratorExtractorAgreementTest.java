package org.diplomacytrends.common.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.junit.jupiter.api.Test;

/**
 * The generated-corpus correctness check at scale (bench, issue #4) compares the pipeline's gold
 * tables with the generator's truth, so every template the generator writes must be read right.
 * This pins it without Spark: each fact template of each language alone, with many fills, and a
 * slice of the corpus as generated (several facts per article, in several languages).
 */
class GeneratorExtractorAgreementTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.shared();
  private static final LanguagePack[] PACKS = {new ZhPack(), new EnPack(), new JaPack(), new KoPack(), new RuPack()};
  private static final int FILLS = 12;

  @Test
  void everyFactTemplateAloneGivesItsFact() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (LanguagePack pack : PACKS) {
      for (FactKind kind : FactKind.values()) {
        String[] templates = templates(pack, kind);
        for (int t = 0; t < templates.length; t++) {
          for (int fill = 0; fill < FILLS; fill++) {
            checked++;
            String problem = checkAlone(pack, kind, templates[t], t, fill);
            if (problem != null) {
              wrong.add(pack.code() + " " + kind + " #" + t + ": " + problem);
            }
          }
        }
      }
    }
    assertThat(checked).as("templates x fills").isGreaterThanOrEqualTo(5 * 4 * 8 * FILLS);
    assertThat(wrong).as("templates the extractor reads differently from the truth").isEmpty();
  }

  @Test
  void generatedArticlesAgreeWithTheirTruth() {
    CorpusGenerator generator = new CorpusGenerator(7); // another seed than the bench's 42
    ExtractorAgreement agreement = new ExtractorAgreement();
    for (long i = 0; i < 3_000; i++) {
      agreement.check(EXTRACTOR, generator.document(i));
    }
    assertThat(agreement.disagreements()).as("field disagreements by language, examples: %s", agreement.examples())
        .isEmpty();
  }

  /** One article with the site furniture, a title, a dateline and one fact sentence; null when read right. */
  private static String checkAlone(LanguagePack pack, FactKind kind, String template, int t, int fill) {
    SplittableRandom random = new SplittableRandom(fill * 31L + t);
    Vocabulary.Province subject = Vocabulary.PROVINCES.get((fill * 7 + t) % Vocabulary.PROVINCES.size());
    String country = null;
    String province = null;
    if (kind == FactKind.DOMESTIC) {
      do {
        province = Vocabulary.PROVINCES.get(random.nextInt(Vocabulary.PROVINCES.size())).code();
      } while (province.equals(subject.code()));
    } else {
      country = Vocabulary.COUNTRIES.get((fill * 5 + t) % Vocabulary.COUNTRIES.size()).code();
    }
    int count = kind == FactKind.AGREEMENT ? 1 + fill % 12 : 1;
    GeneratedFact fact = new GeneratedFact(kind, country, province, count, LocalDate.of(2022, 6, 10), pack.code());
    Map<String, String> titleSlots = new HashMap<>();
    titleSlots.put("P", pack.provinceName(subject));
    titleSlots.put("X", pack.counterpartName(fact));
    Map<String, String> slots = new HashMap<>();
    slots.put("D1", pack.day(fact.date()));
    slots.put("D2", pack.day(fact.date().plusDays(2)));
    pack.factSlots(fact, subject, random, slots);
    String sentence = LanguagePack.fill(template, slots);
    String text = pack.siteHeaders()[fill % pack.siteHeaders().length] + "\n\n"
        + LanguagePack.fill(pack.titles()[fill % pack.titles().length], titleSlots) + "\n\n"
        + pack.dateLine(LocalDate.of(2022, 6, 20).atTime(10, 0), random) + "\n\n"
        + sentence + "\n\n" + pack.fillerParagraph(random) + "\n";

    ArticleExtraction x = EXTRACTOR.extract(ArticleInput.ofText("template", text));
    List<String> facts = new ArrayList<>();
    for (Event event : x.events()) {
      if (event.kind() != EventKind.MEETING) {
        facts.add(event.kind() + ":" + event.counterpartCode() + "x" + event.count());
      }
    }
    Collections.sort(facts);
    String expected = switch (kind) {
      case OUTBOUND -> "VISIT_OUTBOUND:" + country + "x1";
      case INBOUND -> "VISIT_INBOUND:" + country + "x1";
      case DOMESTIC -> "VISIT_DOMESTIC:" + province + "x1";
      case AGREEMENT -> "AGREEMENT:" + country + "x" + count;
    };
    if (facts.equals(List.of(expected)) && subject.code().equals(x.provinceCode())
        && Integer.valueOf(2022).equals(x.activityYear())) {
      return null;
    }
    return "expected " + subject.code() + " 2022 " + expected + ", got " + x.provinceCode() + " " + x.activityYear()
        + " " + facts + " in: " + sentence;
  }

  private static String[] templates(LanguagePack pack, FactKind kind) {
    return switch (kind) {
      case OUTBOUND -> pack.outbound();
      case INBOUND -> pack.inbound();
      case DOMESTIC -> pack.domestic();
      case AGREEMENT -> pack.agreement();
    };
  }
}
