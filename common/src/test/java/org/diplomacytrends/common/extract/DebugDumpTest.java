package org.diplomacytrends.common.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacytrends.common.SharedData;
import org.diplomacytrends.common.eval.GoldDocument;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.junit.jupiter.api.Test;

/** Prints what the extractor saw in the dev documents named by {@code -Ddump=id,id}; skipped otherwise. */
class DebugDumpTest {
  @Test
  void dump() throws Exception {
    String ids = System.getProperty("dump");
    assumeTrue(ids != null && !ids.isBlank(), "skipped: set -Ddump=<document ids> to print extraction details");
    Path dir = SharedData.dir("eval");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    ArticleExtractor extractor = ArticleExtractor.shared();
    for (Path file : files) {
      for (GoldDocument doc : GoldDocument.readJsonl(file)) {
        if (!("," + ids + ",").contains("," + doc.id() + ",")) {
          continue;
        }
        ArticleExtraction e = extractor.extract(ArticleInput.ofText(doc.id(), doc.text()));
        System.out.println("==== " + doc.id() + " gold " + doc.gold());
        System.out.println("got province=" + e.provinceCode() + " city=" + e.city() + " year=" + e.activityYear()
            + " date=" + e.publishDate() + " partners=" + e.partnerCountries() + " domestic=" + e.domesticPartners()
            + " visits=" + e.visitDirections() + " agreements=" + e.agreementCount() + " title=" + e.title());
        for (Event event : e.events()) {
          System.out.println("  " + event.kind() + " " + event.counterpartCode() + " x" + event.count() + " | "
              + event.evidence().sentence());
        }
        System.out.println(extractor.explain(doc.text()));
      }
    }
  }
}
