package org.diplomacytrends.common.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gold aggregates a correct pipeline computes from a generated corpus, accumulated one
 * document at a time (memory grows with provinces × countries × years, not with documents) and
 * written as CSVs in the columns and row order of the pipeline's own gold CSVs. Columns the
 * generator cannot vouch for (meetings: the extractor may read a meeting into a reception) are
 * left out; {@link TruthCheck} compares the columns present.
 */
public final class TruthAggregates {
  /** Columns of {@code truth/province_year.csv}, a subset of {@code gold/province_year}. */
  public static final List<String> PROVINCE_YEAR_COLUMNS = List.of("province_code", "province_name", "year",
      "articles", "outbound_visits", "inbound_visits", "domestic_visits", "agreements", "partner_countries",
      "top_partners");
  /** Columns of {@code truth/partner_year.csv}, a subset of {@code gold/partner_year}. */
  public static final List<String> PARTNER_YEAR_COLUMNS = List.of("country_code", "country_name", "year",
      "articles", "provinces", "outbound_visits", "inbound_visits", "agreements");

  private static final class ProvinceYear {
    long articles;
    long outbound;
    long inbound;
    long domestic;
    long agreements;
    final Map<String, Long> partnerArticles = new HashMap<>();
    /** Visits and agreements with each counterpart country: what ranks the top partners. */
    final Map<String, Long> partnerActs = new HashMap<>();
  }

  private static final class PartnerYear {
    long articles;
    final TreeSet<String> provinces = new TreeSet<>();
    long outbound;
    long inbound;
    long agreements;
  }

  private final TreeMap<String, ProvinceYear> provinceYears = new TreeMap<>();
  private final TreeMap<String, PartnerYear> partnerYears = new TreeMap<>();

  /** Counts one document. */
  public void add(GeneratedDocument doc) {
    if (doc.provinceCode() == null) {
      return;
    }
    int year = doc.year();
    ProvinceYear py = provinceYears.computeIfAbsent(doc.provinceCode() + "\t" + year, k -> new ProvinceYear());
    py.articles++;
    py.outbound += doc.visits(FactKind.OUTBOUND);
    py.inbound += doc.visits(FactKind.INBOUND);
    py.domestic += doc.visits(FactKind.DOMESTIC);
    py.agreements += doc.agreements();
    for (String country : doc.partnerCountries()) {
      py.partnerArticles.merge(country, 1L, Long::sum);
      PartnerYear cy = partnerYears.computeIfAbsent(country + "\t" + year, k -> new PartnerYear());
      cy.articles++;
      cy.provinces.add(doc.provinceCode());
    }
    for (GeneratedFact fact : doc.facts()) {
      if (fact.countryCode() == null) {
        continue;
      }
      PartnerYear cy = partnerYears.get(fact.countryCode() + "\t" + year);
      switch (fact.kind()) {
        case OUTBOUND -> cy.outbound++;
        case INBOUND -> cy.inbound++;
        case AGREEMENT -> cy.agreements += fact.count();
        default -> { }
      }
      switch (fact.kind()) {
        case OUTBOUND, INBOUND -> py.partnerActs.merge(fact.countryCode(), 1L, Long::sum);
        case AGREEMENT -> py.partnerActs.merge(fact.countryCode(), (long) fact.count(), Long::sum);
        default -> { }
      }
    }
  }

  /** Writes {@code province_year.csv} and {@code partner_year.csv} into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, ProvinceYear> entry : provinceYears.entrySet()) {
      String[] k = entry.getKey().split("\t");
      ProvinceYear py = entry.getValue();
      // As the pipeline ranks them: visits and agreements, then articles (descending), then code.
      List<String> top = new ArrayList<>(py.partnerArticles.keySet());
      top.sort(java.util.Comparator.<String>comparingLong(c -> -py.partnerActs.getOrDefault(c, 0L))
          .thenComparingLong(c -> -py.partnerArticles.get(c)).thenComparing(c -> c));
      StringBuilder topText = new StringBuilder();
      for (int i = 0; i < Math.min(5, top.size()); i++) {
        topText.append(i == 0 ? "" : "; ").append(top.get(i)).append(' ').append(py.partnerActs.getOrDefault(top.get(i), 0L));
      }
      rows.add(List.of(k[0], Vocabulary.province(k[0]).en(), Integer.parseInt(k[1]), py.articles, py.outbound,
          py.inbound, py.domestic, py.agreements, (long) py.partnerArticles.size(), topText.toString()));
    }
    writeCsv(dir.resolve("province_year.csv"), PROVINCE_YEAR_COLUMNS, rows);

    rows = new ArrayList<>();
    for (Map.Entry<String, PartnerYear> e : partnerYears.entrySet()) {
      String[] k = e.getKey().split("\t");
      PartnerYear cy = e.getValue();
      rows.add(List.of(k[0], Vocabulary.country(k[0]).goldName(), Integer.parseInt(k[1]), cy.articles,
          (long) cy.provinces.size(), cy.outbound, cy.inbound, cy.agreements));
    }
    writeCsv(dir.resolve("partner_year.csv"), PARTNER_YEAR_COLUMNS, rows);
  }

  /** Same dialect as the pipeline's CSVs: UTF-8 with BOM, CRLF, quotes only where needed. */
  private static void writeCsv(Path file, List<String> header, List<List<Object>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(String.join(",", header));
      out.write("\r\n");
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            out.write(',');
          }
          String cell = String.valueOf(row.get(i));
          out.write(cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write("\r\n");
      }
    }
  }
}
