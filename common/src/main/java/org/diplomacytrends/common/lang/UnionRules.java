package org.diplomacytrends.common.lang;

import java.util.List;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/**
 * The rules for a sentence whose language is unknown or mixed (machine translation, a quoted
 * name, a table): every language's morphology around markers applies, in registration order,
 * while the word-order choices (verb-final, short reach) stay the neutral ones.
 */
final class UnionRules implements LanguageRules {
  private final List<LanguageRules> all;

  UnionRules(List<LanguageRules> all) {
    this.all = all;
  }

  @Override
  public Language language() {
    return Language.OTHER;
  }

  @Override
  public boolean writes(LanguageDetector.ScriptCounts counts) {
    return true;
  }

  @Override
  public int beforeDestination(String norm, int before) {
    int at = before;
    for (LanguageRules rules : all) {
      at = rules.beforeDestination(norm, at);
    }
    return at;
  }

  @Override
  public int beforeOrigin(String norm, int before) {
    int at = before;
    for (LanguageRules rules : all) {
      at = rules.beforeOrigin(norm, at);
    }
    return at;
  }

  @Override
  public int afterDestination(String norm, int end) {
    return furthest(end, rules -> rules.afterDestination(norm, end));
  }

  @Override
  public int afterOrigin(String norm, int end) {
    return furthest(end, rules -> rules.afterOrigin(norm, end));
  }

  @Override
  public int afterCity(String norm, int end) {
    return furthest(end, rules -> rules.afterCity(norm, end));
  }

  @Override
  public boolean destinationByConstruction(String norm, int before, int after) {
    for (LanguageRules rules : all) {
      if (rules.destinationByConstruction(norm, before, after)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean visitWordMeansFrom(String norm, int start) {
    for (LanguageRules rules : all) {
      if (rules.visitWordMeansFrom(norm, start)) {
        return true;
      }
    }
    return false;
  }

  private int furthest(int end, java.util.function.ToIntFunction<LanguageRules> skip) {
    int at = end;
    for (LanguageRules rules : all) {
      at = Math.max(at, skip.applyAsInt(rules));
    }
    return at;
  }
}
