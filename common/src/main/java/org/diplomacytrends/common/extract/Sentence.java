package org.diplomacytrends.common.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.diplomacytrends.common.gazetteer.PlaceMatch;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.Languages;
import org.diplomacytrends.common.model.Evidence;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.LanguageDetector;

/** One sentence of a document being analysed, with the places and triggers inside it. */
final class Sentence {
  final int index;
  final int start;
  final int end;
  final Language language;
  final boolean inTitle;
  /** The normalised document text, to read the sentence's scripts (null: trust the label). */
  private final CharSequence text;
  private LanguagePack pack;
  // Default capacity: most sentences (filler) get no place or trigger, and then no backing array.
  final List<PlaceMatch> places = new ArrayList<>();
  final List<TriggerHit> triggers = new ArrayList<>();
  final EnumSet<TriggerKind> kinds = EnumSet.noneOf(TriggerKind.class);
  /** Part of the page around the article (PageFurniture): no places or triggers are kept for it. */
  boolean furniture;

  Sentence(int index, int start, int end, Language language, boolean inTitle) {
    this(index, start, end, language, inTitle, null);
  }

  Sentence(int index, int start, int end, Language language, boolean inTitle, CharSequence text) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.language = language;
    this.inTitle = inTitle;
    this.text = text;
  }

  /**
   * What the extractor knows of the sentence's language: its language's words and rules, or every
   * language's when the language is unknown or the sentence is written partly in another one.
   */
  LanguagePack pack() {
    if (pack == null) {
      pack = Languages.forSentence(language, text == null ? null : LanguageDetector.count(text, start, end));
    }
    return pack;
  }

  boolean has(TriggerKind kind) {
    return kinds.contains(kind);
  }

  boolean hasAct() {
    for (TriggerKind kind : kinds) {
      if (kind.isAct()) {
        return true;
      }
    }
    return false;
  }

  /** True for languages whose verbs follow their objects (the destination comes before the verb). */
  boolean verbFinal() {
    return Languages.of(language).rules().verbFinal(); // word order is the label's, mixed or not
  }

  Evidence evidence(String original) {
    return new Evidence(original.substring(start, end), start, end);
  }
}
