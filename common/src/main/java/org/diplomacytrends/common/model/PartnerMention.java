package org.diplomacytrends.common.model;

/**
 * A foreign country named in an article as a counterpart of the subject region.
 *
 * @param countryCode ISO 3166-1 alpha-3 code
 * @param mentions how many times the article names it as a counterpart
 * @param firstEvidence the first sentence that does
 */
public record PartnerMention(String countryCode, int mentions, Evidence firstEvidence) {}
