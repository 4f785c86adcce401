package org.diplomacytrends.common.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacytrends.common.gazetteer.PlaceMatch;

/**
 * The year of the reported activity: an annual report's year, else the date of the first reported
 * act resolved against the publish date ("1月9日" in January 2024 is 2024, "12月2日" is 2023), else
 * the publish year; with no publish date, the first explicit year of the acts, an anniversary of
 * diplomatic ties ("国交正常化40周年" is 1972 + 40), or the first year in the text.
 */
final class YearResolver {
  private static final String RELATIONS_RESOURCE = "/org/diplomacytrends/common/extract/relations.tsv";
  private static final Pattern ANNIVERSARY_NUMBER = Pattern.compile(
      "(\\d{1,3})\\s*(?:周年|주년|年|th anniversary|-?летия|-?летие|-?й годовщин)");
  /** Sentences looked at for act dates. */
  private static final int MAX_SENTENCES = 60;
  /** Characters searched for any year when nothing better dates the text. */
  private static final int FALLBACK_CHARS = 20_000;

  /** "Last month" in every language (lang/<xx>/relative_time.tsv), normalised. */
  private static final List<String> LAST_MONTH = new java.util.ArrayList<>();
  /** Words right before a year that make it when a tie or period began (since 1993, 自2014年). */
  private static final List<String> SINCE_BEFORE = new java.util.ArrayList<>();
  /** Words right after a year that make it when a tie or period began (1993년부터, 2014年以来). */
  private static final List<String> SINCE_AFTER = new java.util.ArrayList<>();

  static {
    for (String line : LangFiles.linesOfEveryLanguage("relative_time.tsv")) {
      String[] cells = line.split("\t");
      // Trailing spaces are part of a word ("since "): strip only the line's own end.
      String word = org.diplomacytrends.common.text.TextNormalizer.get().normalizeTerm(cells[1].replaceAll("[\r\n]+$", ""));
      switch (cells[0]) {
        case "last-month" -> LAST_MONTH.add(word.strip());
        case "since-before" -> SINCE_BEFORE.add(word);
        case "since-after" -> SINCE_AFTER.add(word.strip());
        default -> throw new IllegalStateException("relative_time.tsv: unknown kind '" + cells[0] + "'");
      }
    }
  }

  /**
   * True when a date without a day is marked as the start of a tie or period (1993년 12월부터
   * 자매결연, since 2014): background, not when the reported act took place.
   */
  static boolean markedAsSince(String norm, DateParser.DateMention mention) {
    if (mention.day() != null) {
      return false; // "自5月10日起" and "с 5 мая" date the act itself
    }
    int after = mention.end();
    while (after < norm.length() && norm.charAt(after) == ' ') {
      after++;
    }
    for (String word : SINCE_AFTER) {
      if (norm.startsWith(word, after)) {
        return true;
      }
    }
    for (String word : SINCE_BEFORE) {
      if (mention.start() >= word.length() && norm.startsWith(word, mention.start() - word.length())) {
        return true;
      }
    }
    return false;
  }

  private YearResolver() {}

  /**
   * How many months before the article's date an act sentence says it happened: 1 for "last
   * month" followed by its day (지난달 24일, 上月24日), else 0. A bare "last month" is often a
   * statistic's period, not the act's date.
   */
  private static int monthsBack(Doc doc, Sentence sentence) {
    String text = doc.norm;
    for (String word : LAST_MONTH) {
      for (int at = text.indexOf(word, sentence.start); at >= 0 && at < sentence.end; at = text.indexOf(word, at + 1)) {
        int next = at + word.length();
        while (next < sentence.end && text.charAt(next) == ' ') {
          next++;
        }
        if (next < sentence.end && Character.isDigit(text.charAt(next))) {
          return 1;
        }
      }
    }
    return 0;
  }

  static Map<String, Integer> loadRelations() {
    InputStream in = YearResolver.class.getResourceAsStream(RELATIONS_RESOURCE);
    Map<String, Integer> years = new HashMap<>();
    if (in == null) {
      return years;
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t");
        if (cells.length >= 2 && !cells[1].isBlank()) {
          years.put(cells[0].trim(), Integer.parseInt(cells[1].trim()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RELATIONS_RESOURCE, e);
    }
    return years;
  }

  static Integer resolve(Doc doc, Map<String, Integer> relationYears, LocalDate today) {
    // With no date printed, the date in the URL dates the article as well (it is not a publish date).
    LocalDate published = doc.publishDate != null ? doc.publishDate : doc.urlDate;
    int maxYear = today.getYear();
    Integer reportYear = null;
    Integer firstActYear = null;
    boolean firstActExplicit = false;
    Integer firstExplicitYear = null;
    Integer anniversaryYear = null;
    int relativeMonthsBack = 0;
    int looked = 0;
    for (Sentence sentence : doc.sentences) {
      if (looked++ > MAX_SENTENCES) {
        break;
      }
      boolean leading = sentence.inTitle || sentence.index < doc.firstBody + 3;
      boolean act = sentence.hasAct();
      if (!leading && !act && !sentence.has(TriggerKind.RELATIONS)) {
        continue;
      }
      List<DateParser.DateMention> mentions = doc.dateMentions(sentence);
      if (sentence.has(TriggerKind.REPORT) && (leading || sentence.index < doc.firstBody + 6)) {
        for (DateParser.DateMention mention : mentions) {
          if (mention.year() != null && mention.year() <= maxYear && (published == null
              || mention.year() == published.getYear() - 1)) {
            reportYear = mention.year();
            break;
          }
        }
      }
      if (anniversaryYear == null && sentence.has(TriggerKind.RELATIONS)) {
        anniversaryYear = anniversary(doc, sentence, relationYears, maxYear);
      }
      if (firstActYear == null && relativeMonthsBack == 0 && act) {
        relativeMonthsBack = monthsBack(doc, sentence);
      }
      if (firstActYear == null && (act || leading)) {
        DateParser.DateMention chosen = null;
        for (DateParser.DateMention mention : mentions) {
          boolean dated = mention.month() != null && (mention.day() != null || mention.year() != null);
          if (published != null && mention.year() != null && mention.day() != null
              && published.equals(DateParser.make(mention.year(), mention.month(), mention.day(), null))) {
            continue; // the dateline itself is not an act
          }
          if (!dated || mention.year() != null && (mention.year() < 1990 || mention.year() > maxYear)
              || markedAsSince(doc.norm, mention)) {
            continue;
          }
          if (chosen == null || chosen.year() == null && mention.year() != null && mention.day() != null) {
            chosen = mention;
          }
        }
        if (chosen != null && chosen.year() == null && published == null) {
          // "2月22日,2023年中国广西…": the year printed in the same sentence.
          for (DateParser.DateMention mention : mentions) {
            if (mention.year() != null && mention.month() == null && mention.year() >= 1990 && mention.year() <= maxYear) {
              chosen = new DateParser.DateMention(chosen.start(), chosen.end(), mention.year(), chosen.month(), chosen.day());
              break;
            }
          }
        }
        if (chosen != null) {
          if (chosen.year() != null) {
            firstActYear = chosen.year();
            firstActExplicit = true;
          } else if (published != null) {
            firstActYear = chosen.month() > published.getMonthValue() + 1 ? published.getYear() - 1 : published.getYear();
          }
        }
      }
      if (firstExplicitYear == null && (leading || act)) {
        for (DateParser.DateMention mention : mentions) {
          if (mention.year() != null && mention.year() >= 1990 && mention.year() <= maxYear
              && !markedAsSince(doc.norm, mention)) {
            firstExplicitYear = mention.year();
            break;
          }
        }
      }
    }
    if (reportYear != null) {
      return reportYear;
    }
    if (published != null) {
      int year = published.getYear();
      if (firstActYear != null && (firstActYear == year - 1 || firstActYear == year)) {
        return firstActYear;
      }
      if (firstActYear == null && relativeMonthsBack > 0) {
        // "지난달 24일" in a January article: the act was in December of the year before.
        return published.minusMonths(relativeMonthsBack).getYear();
      }
      return year;
    }
    if (firstActYear != null && firstActExplicit) {
      return firstActYear;
    }
    if (firstExplicitYear != null) {
      return firstExplicitYear;
    }
    if (anniversaryYear != null) {
      return anniversaryYear;
    }
    // Within the first 20,000 characters: for a shorter text, the mentions the document already has.
    List<DateParser.DateMention> all = doc.norm.length() <= FALLBACK_CHARS ? doc.dateMentions()
        : DateParser.mentions(doc.norm, 0, FALLBACK_CHARS);
    for (DateParser.DateMention mention : all) {
      if (mention.year() != null && mention.year() >= 1990 && mention.year() <= maxYear) {
        return mention.year();
      }
    }
    return null;
  }

  /** The year of an anniversary of diplomatic ties named in the sentence, or null. */
  private static Integer anniversary(Doc doc, Sentence sentence, Map<String, Integer> relationYears, int maxYear) {
    Integer base = null;
    for (PlaceMatch match : sentence.places) {
      String country = match.country();
      if (country != null && relationYears.containsKey(country)) {
        base = relationYears.get(country);
        break;
      }
    }
    if (base == null) {
      return null;
    }
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() != TriggerKind.RELATIONS) {
        continue;
      }
      int to = Math.min(sentence.end, hit.end() + 24);
      Matcher m = ANNIVERSARY_NUMBER.matcher(doc.norm).region(hit.end(), to);
      if (m.find()) {
        int year = base + Integer.parseInt(m.group(1));
        if (year >= 1990 && year <= maxYear) {
          return year;
        }
      }
    }
    return null;
  }
}
