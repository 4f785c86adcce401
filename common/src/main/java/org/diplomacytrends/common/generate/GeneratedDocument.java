package org.diplomacytrends.common.generate;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * One generated article and the truth about it: what a correct extractor finds in it.
 *
 * @param index position in the corpus (0-based); with the seed it fixes the document
 * @param id stable external id ({@code gen-<seed>-<index>})
 * @param language {@code zh}, {@code en}, {@code ja}, {@code ko}, {@code ru} or {@code mixed}
 * @param title the title line (also the text's first line)
 * @param text the full article text
 * @param published the date printed in its header
 * @param provinceCode subject province (ISO 3166-2:CN), null for articles with no foreign-affairs activity
 * @param facts the facts written into it, in text order; empty for non-diplomatic articles
 * @param txtCharset the encoding its {@code .txt} file is written in
 */
public record GeneratedDocument(long index, String id, String language, String title, String text,
    LocalDate published, String provinceCode, List<GeneratedFact> facts, Charset txtCharset) {
  public GeneratedDocument {
    facts = List.copyOf(facts);
  }

  /** Year of the reported activity: the year of the header date (every fact is in that year). */
  public int year() {
    return published.getYear();
  }

  /** Sorted alpha-3 codes of the counterpart countries. */
  public List<String> partnerCountries() {
    TreeSet<String> codes = new TreeSet<>();
    facts.forEach(f -> {
      if (f.countryCode() != null) {
        codes.add(f.countryCode());
      }
    });
    return List.copyOf(codes);
  }

  /** Sorted ISO 3166-2:CN codes of the counterpart provinces. */
  public List<String> domesticPartners() {
    TreeSet<String> codes = new TreeSet<>();
    facts.forEach(f -> {
      if (f.provinceCode() != null) {
        codes.add(f.provinceCode());
      }
    });
    return List.copyOf(codes);
  }

  /** Sorted visit directions reported. */
  public List<String> visitDirections() {
    TreeSet<String> directions = new TreeSet<>();
    facts.forEach(f -> {
      if (f.kind().visitDirection() != null) {
        directions.add(f.kind().visitDirection());
      }
    });
    return List.copyOf(directions);
  }

  /** Agreements reported as signed, summed over the facts. */
  public int agreements() {
    return facts.stream().filter(f -> f.kind() == FactKind.AGREEMENT).mapToInt(GeneratedFact::count).sum();
  }

  /** Visits of one kind (each visit fact is one visit). */
  public int visits(FactKind kind) {
    return (int) facts.stream().filter(f -> f.kind() == kind).count();
  }
}
