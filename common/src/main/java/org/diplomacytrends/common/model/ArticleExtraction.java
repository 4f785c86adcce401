package org.diplomacytrends.common.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the extractor found in one article. Lists are sorted and never null.
 *
 * @param articleId the article's id
 * @param languages languages found in the text, most used first
 * @param title the title (metadata, else the first line)
 * @param publishDate the date printed in the header or dateline, or null
 * @param activityYear the year the reported activity took place, or null
 * @param provinceCode ISO 3166-2:CN code of the subject province, or null when none is the subject
 * @param provinceName English name of the subject province, or null
 * @param city English name of the prefecture-level city at the centre, or null
 * @param partnerCountries sorted ISO 3166-1 alpha-3 codes of counterpart countries and economies
 * @param domesticPartners sorted ISO 3166-2:CN codes of counterpart provinces (never the subject)
 * @param visitDirections sorted visit directions reported
 * @param agreementCount how many agreements the article reports as signed
 * @param events the facts, each with its evidence, in text order
 * @param partnerMentions per counterpart country: mentions and first evidence, sorted by code
 * @param provinceEvidence the sentence that fixed the subject province, or null
 * @param publishDateFlag why the header's date was not taken as the publish date (impossible or
 *     in the future), or null
 * @param extractionError set when the extractor failed on this article: what went wrong; the
 *     facts are then missing, not zero
 */
public record ArticleExtraction(
    String articleId,
    List<Language> languages,
    String title,
    LocalDate publishDate,
    Integer activityYear,
    String provinceCode,
    String provinceName,
    String city,
    List<String> partnerCountries,
    List<String> domesticPartners,
    List<VisitDirection> visitDirections,
    int agreementCount,
    List<Event> events,
    List<PartnerMention> partnerMentions,
    Evidence provinceEvidence,
    String publishDateFlag,
    String extractionError) {
  public ArticleExtraction {
    languages = List.copyOf(languages);
    partnerCountries = List.copyOf(partnerCountries);
    domesticPartners = List.copyOf(domesticPartners);
    visitDirections = List.copyOf(visitDirections);
    events = List.copyOf(events);
    partnerMentions = List.copyOf(partnerMentions);
  }

  /** Whether the extraction failed: its empty lists mean "unknown", not "nothing happened". */
  public boolean failed() {
    return extractionError != null;
  }
}
