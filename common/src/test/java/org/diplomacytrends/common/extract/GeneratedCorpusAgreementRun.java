package org.diplomacytrends.common.extract;

import java.util.List;
import java.util.Map;
import org.diplomacytrends.common.generate.CorpusGenerator;
import org.diplomacytrends.common.generate.ExtractorAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the extractor against the synthetic corpus's truth, engine-free. Opt-in (it is a
 * measurement, not a pass/fail check): {@code -Dgen.docs=2000 -Dtest=GeneratedCorpusAgreementRun}.
 */
class GeneratedCorpusAgreementRun {
  @Test
  @EnabledIfSystemProperty(named = "gen.docs", matches = "\\d+")
  void report() {
    int n = Integer.parseInt(System.getProperty("gen.docs"));
    long seed = Long.parseLong(System.getProperty("gen.seed", "42"));
    CorpusGenerator generator = new CorpusGenerator(seed);
    ExtractorAgreement agreement = new ExtractorAgreement();
    ArticleExtractor extractor = ArticleExtractor.shared();
    for (long i = 0; i < n; i++) {
      agreement.check(extractor, generator.document(i));
    }
    long total = agreement.disagreements().values().stream().mapToLong(Long::longValue).sum();
    System.out.println("documents " + agreement.documents() + ", disagreements " + total);
    for (Map.Entry<String, Long> e : agreement.disagreements().entrySet()) {
      System.out.println(String.format("  %-28s %5d", e.getKey(), e.getValue()));
      if (Boolean.getBoolean("gen.examples")) {
        for (String ex : agreement.examples().getOrDefault(e.getKey(), List.of())) {
          System.out.println("      " + ex);
        }
      }
    }
  }
}
