package org.diplomacytrends.common.lang;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.diplomacytrends.common.lang.en.EnglishRules;
import org.diplomacytrends.common.lang.ja.JapaneseRules;
import org.diplomacytrends.common.lang.ko.KoreanRules;
import org.diplomacytrends.common.lang.ru.RussianRules;
import org.diplomacytrends.common.lang.zh.ChineseRules;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/**
 * The registered languages: the one place a new language is added (its folder, its rules class,
 * one line in {@link #REGISTERED}). Sentences of an unregistered, unknown or mixed language get
 * {@link #union()}, which tries every language's markers, as the extractor did before markers
 * had a language.
 */
public final class Languages {
  /** Rules of every registered language, in the order their words are tried together. */
  private static final List<LanguageRules> REGISTERED = List.of(
      new ChineseRules(), new EnglishRules(), new JapaneseRules(), new KoreanRules(), new RussianRules());

  private static final Map<Language, LanguagePack> PACKS = new EnumMap<>(Language.class);
  private static final LanguagePack UNION;

  static {
    List<LanguagePack> packs = new ArrayList<>();
    for (LanguageRules rules : REGISTERED) {
      LanguagePack pack = LanguagePack.load(rules);
      PACKS.put(rules.language(), pack);
      packs.add(pack);
    }
    UNION = LanguagePack.union(new UnionRules(REGISTERED), packs);
  }

  private Languages() {}

  /** The pack of a sentence's language, or {@link #union()} for an unregistered one. */
  public static LanguagePack of(Language language) {
    LanguagePack pack = PACKS.get(language);
    return pack != null ? pack : UNION;
  }

  /**
   * The pack for a sentence labelled {@code language} with these letter counts: its language's
   * when it is written in that language alone, else {@link #union()} (unknown, mixed or translated).
   */
  public static LanguagePack forSentence(Language language, LanguageDetector.ScriptCounts counts) {
    LanguagePack pack = PACKS.get(language);
    return pack == null || counts != null && !pack.rules().writes(counts) ? UNION : pack;
  }

  /** Every registered pack, in registration order. */
  public static List<LanguagePack> registered() {
    List<LanguagePack> packs = new ArrayList<>();
    for (LanguageRules rules : REGISTERED) {
      packs.add(PACKS.get(rules.language()));
    }
    return packs;
  }

  /** The pack that tries every language's markers and morphology (unknown or mixed language). */
  public static LanguagePack union() {
    return UNION;
  }
}
