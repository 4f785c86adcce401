package org.diplomacytrends.common.gazetteer;

/**
 * One spelling of a place, in matching form.
 *
 * @param place the place
 * @param key the normalised spelling the automaton looks for
 * @param surface the spelling as written in the source (for case-sensitive all-caps aliases)
 * @param script which boundary rule applies
 * @param weak a short or ambiguous form that counts only with support (zh_weak)
 * @param caseSensitive all-caps Latin aliases (USA, UK, EU) must match their case exactly
 * @param stem a Cyrillic stem made from a nominative (Росси from Россия): case endings must follow
 */
public record Alias(Place place, String key, String surface, AliasScript script, boolean weak, boolean caseSensitive,
    boolean stem) {}
