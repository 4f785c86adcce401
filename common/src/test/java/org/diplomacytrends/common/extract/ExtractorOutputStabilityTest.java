package org.diplomacytrends.common.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacytrends.common.eval.GoldDocument;
import org.diplomacytrends.common.generate.CorpusGenerator;
import org.diplomacytrends.common.generate.GeneratedDocument;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.PartnerMention;
import org.junit.jupiter.api.Test;

/**
 * Writes a canonical dump of every extraction over a generated corpus and the dev set, so that a
 * change meant to be output-neutral (a speed-up) can be checked byte for byte against the dump of
 * the code before it: {@code -Dgolden.out=/tmp/after.txt} (and {@code -Dgolden.docs=5000}), then
 * {@code cmp} the two files. Skipped unless {@code golden.out} is set.
 */
class ExtractorOutputStabilityTest {
  /** Seed of the generated corpus dumped. */
  private static final long SEED = 42;

  @Test
  void dumpExtractions() throws IOException {
    String out = System.getProperty("golden.out");
    assumeTrue(out != null && !out.isBlank(), "skipped: set -Dgolden.out=<file> to dump extractions");
    int docs = Integer.getInteger("golden.docs", 5_000);
    ArticleExtractor extractor = ArticleExtractor.shared();
    try (BufferedWriter writer = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
      CorpusGenerator generator = new CorpusGenerator(SEED);
      for (int i = 0; i < docs; i++) {
        GeneratedDocument doc = generator.document(i);
        write(writer, "generated " + i, extractor.extract(ArticleInput.ofText(doc.id(), doc.text())));
      }
      String shared = System.getProperty("diplomacytrends.shared.dir");
      Path eval = shared == null ? null : Path.of(shared, "eval");
      if (eval != null && Files.isDirectory(eval)) {
        List<Path> files;
        try (Stream<Path> list = Files.list(eval)) {
          files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
          for (GoldDocument doc : GoldDocument.readJsonl(file)) {
            write(writer, "dev " + doc.id(), extractor.extract(ArticleInput.ofText(doc.source(), doc.text())));
            // The diagnostic view shares the matching and sentence code: it must not move either.
            writer.write(extractor.explain(doc.text()));
          }
        }
      }
    }
  }

  /** One extraction, every field on its own line, lists element by element. */
  private static void write(BufferedWriter writer, String label, ArticleExtraction e) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("=== ").append(label).append('\n')
        .append("id ").append(e.articleId()).append('\n')
        .append("languages ").append(e.languages()).append('\n')
        .append("title ").append(e.title()).append('\n')
        .append("publishDate ").append(e.publishDate()).append('\n')
        .append("activityYear ").append(e.activityYear()).append('\n')
        .append("province ").append(e.provinceCode()).append(' ').append(e.provinceName()).append('\n')
        .append("city ").append(e.city()).append('\n')
        .append("partnerCountries ").append(e.partnerCountries()).append('\n')
        .append("domesticPartners ").append(e.domesticPartners()).append('\n')
        .append("visitDirections ").append(e.visitDirections()).append('\n')
        .append("agreementCount ").append(e.agreementCount()).append('\n')
        .append("provinceEvidence ").append(e.provinceEvidence()).append('\n');
    for (Event event : e.events()) {
      s.append("event ").append(event).append('\n');
    }
    for (PartnerMention mention : e.partnerMentions()) {
      s.append("mention ").append(mention).append('\n');
    }
    writer.write(s.toString());
  }
}
