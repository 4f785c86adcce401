package org.diplomacytrends.common.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One language's templates: page furniture (site header, dateline, footer), titles, one sentence
 * per fact kind (at least eight variants each) and filler paragraphs of non-diplomatic local news.
 * Templates name slots in braces ({@code {P}} the subject province, {@code {OFF}} its official,
 * {@code {C}} the country, {@code {Q}} the other province, {@code {D1}}/{@code {D2}} the days);
 * {@code {X/을}} appends the Korean particle that fits X's last syllable.
 */
abstract class LanguagePack {
  /** The language code written into the truth. */
  abstract String code();

  abstract String[] outbound();

  abstract String[] inbound();

  abstract String[] domestic();

  abstract String[] agreement();

  /** Titles of diplomatic articles; {X} is the first counterpart's name. */
  abstract String[] titles();

  /** Titles of local news articles (no foreign affairs, no place names). */
  abstract String[] localTitles();

  abstract String[] siteHeaders();

  /** Paragraphs of local news with {n1}/{n2} numbers; no place names, no acts, no years. */
  abstract String[] filler();

  abstract String[] footers();

  /** The header line with the publish date (and time). */
  abstract String dateLine(LocalDateTime time, SplittableRandom random);

  /** A day of the year in running text, without the year (5月12日, May 12, 12 мая). */
  abstract String day(LocalDate date);

  /** Slots that name the subject province, its official, the counterpart and the count. */
  abstract void factSlots(GeneratedFact fact, Vocabulary.Province subject, SplittableRandom random,
      Map<String, String> slots);

  /** The counterpart's name for a title. */
  abstract String counterpartName(GeneratedFact fact);

  /** The subject province's name for a title. */
  abstract String provinceName(Vocabulary.Province province);

  final String factSentence(GeneratedFact fact, Vocabulary.Province subject, LocalDate end, SplittableRandom random) {
    String[] templates = switch (fact.kind()) {
      case OUTBOUND -> outbound();
      case INBOUND -> inbound();
      case DOMESTIC -> domestic();
      case AGREEMENT -> agreement();
    };
    Map<String, String> slots = new HashMap<>();
    slots.put("D1", day(fact.date()));
    slots.put("D2", day(end));
    factSlots(fact, subject, random, slots);
    return fill(pick(templates, random), slots);
  }

  final String fillerParagraph(SplittableRandom random) {
    Map<String, String> slots = new HashMap<>();
    // Numbers stay below 1000 so that none reads as a year.
    slots.put("n1", Integer.toString(random.nextInt(12, 980)));
    slots.put("n2", Integer.toString(random.nextInt(100, 980)));
    return fill(pick(filler(), random), slots);
  }

  static String pick(String[] options, SplittableRandom random) {
    return options[random.nextInt(options.length)];
  }

  /** Replaces every {KEY} or {KEY/particle} of the template. */
  static String fill(String template, Map<String, String> slots) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String key = template.substring(i + 1, close);
      String particle = null;
      int slash = key.indexOf('/');
      if (slash >= 0) {
        particle = key.substring(slash + 1);
        key = key.substring(0, slash);
      }
      String value = slots.get(key);
      if (value == null) {
        throw new IllegalStateException("template slot {" + key + "} has no value: " + template);
      }
      out.append(value);
      if (particle != null) {
        out.append(koreanParticle(value, particle));
      }
      i = close + 1;
    }
    return out.toString();
  }

  /** 을/를, 이/가, 은/는, 과/와, 으로/로 after a syllable with or without a final consonant. */
  static String koreanParticle(String word, String withFinal) {
    char last = word.charAt(word.length() - 1);
    boolean hasFinal = last < 0xAC00 || last > 0xD7A3 || (last - 0xAC00) % 28 != 0;
    if (hasFinal) {
      return withFinal;
    }
    return switch (withFinal) {
      case "을" -> "를";
      case "이" -> "가";
      case "은" -> "는";
      case "과" -> "와";
      case "으로" -> "로";
      default -> withFinal;
    };
  }
}
