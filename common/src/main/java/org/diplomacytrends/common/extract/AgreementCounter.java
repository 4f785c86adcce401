package org.diplomacytrends.common.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.Languages;
import org.diplomacytrends.common.lang.MarkerRole;

/**
 * Counts the agreements signed in a signing sentence (an explicit number next to an agreement
 * noun: 签署12项协议, four MoUs, 2件, 3건, три соглашения; titled documents in 《》『』「」‘’;
 * repeated signing verbs; "A、B、C等多个协议"), and the document total with repeated reports of
 * the same signing removed: same titles, same explicit count, a summary sentence whose count
 * equals the sum of the other reports, and bare "signed an agreement" mentions when a counted
 * report exists.
 */
final class AgreementCounter {
  /** Every language's document nouns ({@code agreement_nouns.txt}), as one alternation. */
  private static final String NOUN_WORDS = String.join("|", allMarkers(MarkerRole.AGREEMENT_NOUN));
  private static final Pattern NOUN = Pattern.compile(NOUN_WORDS);
  /** Where the patterns can begin: they are tried only there (see {@link LeadingChars}). */
  private static final LeadingChars NOUN_START = LeadingChars.ofWords(NOUN_WORDS);
  /** A count: digits, Chinese numerals, or a number word of {@link #WORDS} (see NUMBER_START). */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d第.])(\\d{1,3})(?![\\d.])|[一二两三四五六七八九十]{1,3}" + numberWordPatterns());
  private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile(
      "^\\s*(?:ヵ|ヶ|カ年|か年|시|명|회|차|번|세|살|市|省|地|县|区|岸|党|方|城|国|年|月|日|号|%|周年|주년|년|월|일|years?|months?|days?|лет|года|год|人|名|次|批|届|回|時|时|点|分|所|领域|方面|位|万|亿|千|百|km|亿|个国|か国|カ国|ヵ国|国|个国家|개국|countries|стран|th|st|nd|rd|sides?|parties|cities|provinces|regions|leaders|delegations|stor|сторон|стороны|городов|측|지역|도시)");
  private static final Pattern COUNT_AFTER = Pattern.compile(
      "[^\\s,;:。]{0,4}?\\s*(\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:项|份|件|건|개|つ|本|部)");
  private static final Pattern TITLE = Pattern.compile("'([^'a-z]{2,80})'|《([^》]{2,80})》|『([^』]{2,80})』|「([^」]{2,80})」|‘([^’]{2,80})’|“([^”]{2,80})”");
  private static final String SEVERAL_WORDS = "多个|多项|several|multiple|ряд|несколько|여러";
  private static final Pattern SEVERAL = Pattern.compile(SEVERAL_WORDS);
  private static final LeadingChars SEVERAL_START = LeadingChars.ofWords(SEVERAL_WORDS);
  /** The opening quotes of TITLE's alternatives. */
  private static final LeadingChars TITLE_START = LeadingChars.of("'《『「‘“");
  /** Every language's number words ({@code number_words.tsv}) and their values. */
  private static final Map<String, Integer> WORDS = allNumberWords();

  /**
   * Where NUMBER's matches can begin (see {@link LeadingChars}): digits, Chinese numerals and the
   * initials of the number words (taken from WORDS, which NUMBER's words must be in to count),
   * never where NUMBER's lookbehinds refuse (a digit after a digit, a letter after one of its script).
   */
  private static final LeadingChars NUMBER_START = LeadingChars.of(
      "0123456789一二两三四五六七八九十" + initials(WORDS.keySet()),
      (previous, c) -> isIn(c, '0', '9') && isIn(previous, '0', '9') || isIn(c, 'a', 'z') && isIn(previous, 'a', 'z')
          || isIn(c, 'а', 'я') && isIn(previous, 'а', 'я') || isIn(c, '가', '힣') && isIn(previous, '가', '힣'));
  private static final int MAX_COUNT = 200;
  private static final Pattern COORDINATION = Pattern.compile(
      "(?<![a-z])(?:and|as well as|plus)(?![a-z])|(?<![а-я])(?:и|а также)(?![а-я])|和|与|及|并|另|외에|및|와|과|그리고|と|また|さらに|ほか");
  private static final Pattern BREAKDOWN = Pattern.compile(
      "including|among them|of which|of them|в том числе|из них|其中|包括|含|포함|그중|가운데|うち|含む|を含");

  /** One signing report. */
  record Candidate(Sentence sentence, int count, boolean counted, boolean explicit, Set<String> titles, String noun) {}

  private AgreementCounter() {}

  private static List<String> allMarkers(MarkerRole role) {
    List<String> words = new ArrayList<>();
    for (LanguagePack pack : Languages.registered()) {
      words.addAll(List.of(pack.markers(role)));
    }
    return words;
  }

  private static Map<String, Integer> allNumberWords() {
    Map<String, Integer> words = new HashMap<>();
    Languages.registered().forEach(pack -> words.putAll(pack.numberWords()));
    return Map.copyOf(words);
  }

  /** "|" and each language's number-word pattern, for the languages that have number words. */
  private static String numberWordPatterns() {
    StringBuilder patterns = new StringBuilder();
    for (LanguagePack pack : Languages.registered()) {
      if (!pack.numberWords().isEmpty()) {
        String pattern = pack.rules().numberWordPattern(new ArrayList<>(pack.numberWords().keySet()));
        if (pattern != null) {
          patterns.append('|').append(pattern);
        }
      }
    }
    return patterns.toString();
  }

  /** The signing reported in a sentence, or null when the sentence reports none (or only national or past ones). */
  static Candidate candidate(Doc doc, Sentence sentence) {
    boolean valid = false;
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() != TriggerKind.AGREEMENT) {
        continue;
      }
      if (subscribes(doc.norm, hit)) {
        continue;
      }
      int[] clause = clause(doc.norm, sentence, hit.start());
      if (needsDocumentNoun(doc.norm, hit, sentence.pack()) && NOUN_START.find(NOUN, doc.norm.substring(clause[0], clause[1])) == null) {
        continue; // 意見を交わした, "concluded the visit": exchanged or concluded, but no document
      }
      if (!clauseHas(sentence, clause, TriggerKind.NATIONAL) && !anniversaryOfThePast(doc.norm, sentence, clause, hit)
          && !clauseHas(sentence, clause, TriggerKind.NEGATION)) {
        valid = true;
        break;
      }
    }
    if (!valid) {
      return null;
    }
    String text = doc.norm.substring(sentence.start, sentence.end);
    int explicit = explicitCount(text, sentence);
    Set<String> titles = new LinkedHashSet<>();
    for (Matcher t : TITLE_START.matches(TITLE, text)) {
      String title = firstGroup(t);
      if (NOUN_START.find(NOUN, title) != null) {
        titles.add(title);
      }
    }
    int verbs = 0;
    int lastEnd = -1;
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() == TriggerKind.AGREEMENT && hit.start() >= lastEnd) {
        verbs++;
        lastEnd = hit.end();
      }
    }
    int enumerated = 0;
    Matcher several = SEVERAL_START.find(SEVERAL, text);
    if (several != null) {
      int from = Math.max(0, Math.max(text.lastIndexOf('，', several.start()), text.lastIndexOf(',', several.start())));
      int items = 1;
      for (int i = from; i < several.start(); i++) {
        if (text.charAt(i) == '、') {
          items++;
        }
      }
      enumerated = Math.max(2, items);
    }
    int count = Math.max(Math.max(explicit, titles.size()), Math.max(verbs >= 3 ? verbs : 0, enumerated));
    boolean counted = count > 0;
    Matcher noun = NOUN_START.find(NOUN, text);
    String kind = noun != null ? noun.group() : "";
    return new Candidate(sentence, Math.max(1, Math.min(count, MAX_COUNT)), counted, explicit > 0 && explicit == count,
        titles, kind);
  }

  /** True when a delegation noun follows at once (友城|代表团, sister-city delegations): the noun qualifies it. */
  private static boolean qualifiesADelegation(Sentence sentence, int at) {
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() == TriggerKind.DELEGATION_NOUN && hit.start() >= at && hit.start() <= at + 1) {
        return true;
      }
    }
    return false;
  }

  /** How close after an anniversary word a document noun names the document after it (结好30周年备忘录). */
  private static final int ANNIVERSARY_TITLE_REACH = 6;

  /**
   * True when an anniversary in the signing's clause says the signing is what is being remembered
   * ("celebrating the 30th anniversary of the agreement"). Not when the anniversary names the
   * document signed now (签署了结好30周年备忘录), nor, where the verb comes last, when it sits in an
   * earlier clause of the sentence (30周年の記念式典に出席し、覚書に調印した).
   */
  private static boolean anniversaryOfThePast(String norm, Sentence sentence, int[] clause, TriggerHit signing) {
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() != TriggerKind.ANNIVERSARY || hit.start() < clause[0] || hit.end() > clause[1]) {
        continue;
      }
      String after = norm.substring(hit.end(), Math.min(clause[1], hit.end() + ANNIVERSARY_TITLE_REACH));
      if (NOUN_START.find(NOUN, after) != null) {
        continue; // the anniversary names the document
      }
      if (sentence.verbFinal() && hit.end() <= signing.start()
          && norm.substring(hit.end(), signing.start()).indexOf('、') >= 0) {
        continue; // an earlier clause of a verb-final sentence
      }
      return true;
    }
    return false;
  }

  /**
   * The reflexive of подписать means subscribing, not signing: "подписывайтесь на канал",
   * "подпишитесь на рассылку", "подписаться на новости" (imperatives, or any reflexive form governing на).
   */
  static boolean subscribes(String norm, TriggerHit hit) {
    int end = hit.start();
    while (end < norm.length() && Character.isLetter(norm.charAt(end))) {
      end++;
    }
    String word = norm.substring(hit.start(), end);
    if (!word.startsWith("подпи")) {
      return false;
    }
    if (word.endsWith("тесь") || word.endsWith("ись")) {
      return true; // imperatives: подписывайтесь, подпишитесь, подпишись
    }
    boolean reflexive = word.endsWith("ся") || word.endsWith("сь");
    return reflexive && norm.startsWith(" на ", end) || word.startsWith("подписк") || word.startsWith("подписчик");
  }

  /** True for verbs that mean signing only with a document as object (交わす views or agreements; conclude a visit or a deal). */
  private static boolean needsDocumentNoun(String norm, TriggerHit hit, LanguagePack pack) {
    for (String verb : pack.markers(MarkerRole.GENERIC_SIGNING_VERB)) {
      if (norm.regionMatches(true, hit.start(), verb, 0, verb.length())) {
        return true;
      }
    }
    return false;
  }

  /** The document total with repeated reports removed. */
  static int total(List<Candidate> candidates) {
    int total = 0;
    for (int count : allocate(candidates)) {
      total += count;
    }
    return total;
  }

  /**
   * What each report contributes to the document total (0 for a repeat or a part of a summary),
   * so that the AGREEMENT facts sum to exactly the article's agreement count.
   */
  static int[] allocate(List<Candidate> candidates) {
    int[] shares = new int[candidates.size()];
    if (candidates.isEmpty()) {
      return shares;
    }
    List<Candidate> distinct = new ArrayList<>();
    Set<String> seenTitles = new HashSet<>();
    // Counterparts of the counted reports seen so far, by count: the same number with the same (or
    // an unnamed) counterpart is the same signing told twice; with another country it is another.
    Map<Integer, List<Set<String>>> seenCounts = new HashMap<>();
    for (Candidate candidate : candidates) {
      if (!candidate.titles().isEmpty()) {
        if (!seenTitles.addAll(candidate.titles())) {
          continue;
        }
      } else if (candidate.count() >= 2) {
        Set<String> counterparts = countries(candidate.sentence());
        List<Set<String>> seen = seenCounts.computeIfAbsent(candidate.count(), k -> new ArrayList<>());
        boolean repeat = seen.stream().anyMatch(previous -> previous.isEmpty() || counterparts.isEmpty()
            || previous.stream().anyMatch(counterparts::contains));
        seen.add(counterparts);
        if (repeat) {
          continue;
        }
      }
      distinct.add(candidate);
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : distinct) {
      if (candidate.counted() || !candidate.titles().isEmpty()) {
        kept.add(candidate);
      }
    }
    if (kept.isEmpty()) {
      // Only uncounted reports ("signed an agreement", "also signed a protocol"): a body sentence
      // naming another kind of document reports another signing; a title restates the body.
      Set<String> kinds = new HashSet<>();
      for (Candidate candidate : distinct) {
        if (!candidate.sentence().inTitle && !candidate.noun().isEmpty() && kinds.add(candidate.noun())) {
          shares[candidates.indexOf(candidate)] = 1;
        }
      }
      if (kinds.isEmpty()) {
        shares[candidates.indexOf(distinct.get(0))] = 1;
      }
      return shares;
    }
    int total = 0;
    for (Candidate candidate : kept) {
      total += candidate.count();
    }
    // A summary ("four MoUs were signed") reported next to its parts ("three other MoUs"): the
    // summary's number stands when the other counted reports fit inside it.
    Candidate summary = null;
    for (Candidate candidate : kept) {
      if (candidate.explicit() && candidate.count() >= 2 && (summary == null || candidate.count() > summary.count())) {
        summary = candidate;
      }
    }
    if (summary != null && total - summary.count() <= summary.count() && coversParts(summary, kept)) {
      shares[candidates.indexOf(summary)] = summary.count();
      return shares;
    }
    for (Candidate candidate : kept) {
      shares[candidates.indexOf(candidate)] = candidate.count();
    }
    return shares;
  }

  /**
   * A summary stands for its parts only when they sign with the same counterparts: five with France
   * and three with Germany are two signings, "four MoUs with Laos … three other MoUs" one.
   */
  private static boolean coversParts(Candidate summary, List<Candidate> kept) {
    Set<String> covered = countries(summary.sentence());
    if (covered.isEmpty() || summary.sentence().inTitle) {
      return true; // a headline or a counterpart-less summary cannot be told apart from its parts
    }
    for (Candidate part : kept) {
      if (part != summary && !part.sentence().inTitle && !covered.containsAll(countries(part.sentence()))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> countries(Sentence sentence) {
    Set<String> codes = new HashSet<>();
    for (org.diplomacytrends.common.gazetteer.PlaceMatch place : sentence.places) {
      if (place.chinese() == null && place.country() != null && !"CHN".equals(place.country())) {
        codes.add(place.country());
      }
    }
    return codes;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  /** The number written closest before an agreement noun (in the same clause); the largest over nouns. */
  private static int explicitCount(String text, Sentence sentence) {
    List<int[]> numbers = new ArrayList<>();
    for (Matcher m : NUMBER_START.matches(NUMBER, text)) {
      if (insidePlaceName(sentence, sentence.start + m.start())) {
        continue; // 六 of 六盘水, 三 of 三亚
      }
      if (NOT_A_COUNT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find()) {
        continue;
      }
      int value = parse(m.group());
      if (value > 0 && value <= MAX_COUNT) {
        numbers.add(new int[] {m.start(), m.end(), value});
      }
    }
    int best = 0;
    // Counts of separate batches joined by "and" (5 agreements with France and 3 with Germany) add
    // up; a count that breaks down another (4 MoUs, including 2 …) does not.
    int sum = 0;
    int lastCountEnd = -1;
    boolean additive = true;
    for (Matcher noun : NOUN_START.matches(NOUN, text)) {
      if (qualifiesADelegation(sentence, sentence.start + noun.end())) {
        continue; // 43个外国友城代表团: delegations of sister cities are counted, not documents
      }
      int[] closest = null;
      for (int[] number : numbers) {
        if (number[1] <= noun.start() && noun.start() - number[1] <= 40 && !clauseBreakBetween(text, number[1], noun.start())) {
          closest = number;
        }
      }
      if (closest != null) {
        best = Math.max(best, closest[2]);
        if (closest[0] >= lastCountEnd) {
          if (lastCountEnd >= 0 && !coordinated(text.substring(lastCountEnd, closest[0]))) {
            additive = false;
          }
          sum += closest[2];
          lastCountEnd = noun.end();
        }
      }
      // 协议12项, 協定2件, 협약 3건: the number after the noun, with a counter word.
      Matcher after = COUNT_AFTER.matcher(text).region(noun.end(), Math.min(text.length(), noun.end() + 12));
      if (after.lookingAt()) {
        int value = parse(after.group(1));
        if (value > 0 && value <= MAX_COUNT) {
          best = Math.max(best, value);
        }
      }
    }
    return additive && sum > best && sum <= MAX_COUNT ? sum : best;
  }

  /** True when the words between two counted batches join them (and, и, 和, 및) without breaking one down. */
  private static boolean coordinated(String between) {
    return COORDINATION.matcher(between).find() && !BREAKDOWN.matcher(between).find();
  }

  private static String initials(java.util.Collection<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      initials.append(word.charAt(0));
    }
    return initials.toString();
  }

  private static boolean isIn(char c, char first, char last) {
    return c >= first && c <= last;
  }

  private static boolean insidePlaceName(Sentence sentence, int offset) {
    for (org.diplomacytrends.common.gazetteer.PlaceMatch place : sentence.places) {
      if (offset >= place.start() && offset < place.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseBreakBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '。' || c == ';' || c == ':' || c == '，' || c == '；' || c == '：') {
        return true;
      }
    }
    return false;
  }

  private static int parse(String token) {
    Integer word = WORDS.get(token);
    if (word != null) {
      return word;
    }
    if (Character.isDigit(token.charAt(0))) {
      return Integer.parseInt(token);
    }
    String digits = "零一二三四五六七八九";
    int value = 0;
    int current = 0;
    for (char c : token.toCharArray()) {
      if (c == '十') {
        value += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (c == '两') {
        current = 2;
      } else {
        int d = digits.indexOf(c);
        if (d < 0) {
          return 0;
        }
        current = d;
      }
    }
    return value + current;
  }

  /** Bounds of the clause around an offset: between commas, semicolons or colons. */
  static int[] clause(String norm, Sentence sentence, int at) {
    int start = at;
    while (start > sentence.start && !isClauseBreak(norm.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < sentence.end && !isClauseBreak(norm.charAt(end))) {
      end++;
    }
    return new int[] {start, end};
  }

  private static boolean isClauseBreak(char c) {
    return c == '，' || c == ',' || c == ';' || c == '；' || c == ':' || c == '：';
  }

  static boolean clauseHas(Sentence sentence, int[] clause, TriggerKind kind) {
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() == kind && hit.start() >= clause[0] && hit.end() <= clause[1]) {
        return true;
      }
    }
    return false;
  }
}
