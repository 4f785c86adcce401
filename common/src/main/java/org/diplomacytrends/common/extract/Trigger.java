package org.diplomacytrends.common.extract;

import org.diplomacytrends.common.gazetteer.AliasScript;

/**
 * One trigger pattern of {@code triggers.tsv}, in matching form.
 *
 * @param language the language column (documentation; matching is by script)
 * @param kind what it signals
 * @param key normalised pattern
 * @param script boundary rule: Latin and Cyrillic patterns need a word boundary on the left
 * @param weight confidence of facts it triggers, 0..1
 */
public record Trigger(String language, TriggerKind kind, String key, AliasScript script, double weight) {}
