package org.diplomacytrends.common.generate;

import java.time.LocalDate;

/**
 * One fact written into a generated article.
 *
 * @param kind what happened
 * @param countryCode ISO 3166-1 alpha-3 counterpart for foreign facts, else null
 * @param provinceCode ISO 3166-2:CN counterpart for domestic visits, else null
 * @param count agreements signed (1 for visits)
 * @param date the day the act began
 * @param language the language its sentence is written in
 */
public record GeneratedFact(FactKind kind, String countryCode, String provinceCode, int count, LocalDate date,
    String language) {}
