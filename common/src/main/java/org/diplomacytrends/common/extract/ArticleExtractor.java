package org.diplomacytrends.common.extract;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplomacytrends.common.gazetteer.Alias;
import org.diplomacytrends.common.gazetteer.AliasScript;
import org.diplomacytrends.common.gazetteer.Gazetteer;
import org.diplomacytrends.common.gazetteer.PlaceMatch;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.text.CharClass;
import org.diplomacytrends.common.text.LanguageDetector;
import org.diplomacytrends.common.text.NormalizedText;
import org.diplomacytrends.common.text.SentenceSplitter;
import org.diplomacytrends.common.text.TextNormalizer;

/**
 * Extracts the foreign-affairs facts of one article: subject province and city, dates, partner
 * countries and provinces, visits, agreements and meetings, each with its evidence sentence.
 *
 * <p>One pass each: normalisation (same length as the original, so offsets are shared), sentence
 * splitting, and a single Aho-Corasick automaton over place names and trigger words together.
 * Sentence-level detectors then find acts, and document-level resolvers decide the subject,
 * years and counts. Pure, deterministic (given the date of today, used only to reject future
 * dates), thread-safe, and it never throws on input text.
 */
public final class ArticleExtractor {
  /** Texts longer than this are analysed on their first part only (offsets stay valid). */
  private static final int MAX_ANALYSED_CHARS = 2_000_000;

  private static volatile ArticleExtractor shared;

  private final Gazetteer gazetteer;
  private final TermAutomaton automaton;
  private final Map<String, Integer> relationBaseYears;
  private final TextNormalizer normalizer = TextNormalizer.get();

  /** Place aliases and trigger words sharing one spelling. */
  private record Terms(List<Alias> aliases, List<Trigger> triggers) {}

  /**
   * The automaton over place names and trigger words, with its own scan loop: the library's goes
   * through {@code CharSequence.charAt} and a callback per hit, which made it the costliest pass.
   * Same transitions, same hits in the same order.
   */
  private static final class TermAutomaton extends AhoCorasickDoubleArrayTrie<Terms> {
    private static final int STRIDE = 4;
    private static final int BASE = 0;
    private static final int CHECK = 1;
    private static final int FAIL = 2;
    private static final int HAS_OUTPUT = 3;
    /**
     * Each key character's code in the automaton (1 up, in order of first use), 0 for characters in
     * no key: the keys' 1,900 distinct characters make a far smaller double array than raw char values.
     */
    private final char[] codes = new char[Character.MAX_VALUE + 1];
    /**
     * The library's base, check and failure arrays and whether a state has output, interleaved per
     * state, so that a transition reads one cache line rather than three or four scattered ones.
     */
    private final int[] nodes;
    /** Per value index: the place aliases (null for none) and triggers, read without going through Terms. */
    private final List<Alias>[] aliasesOf;
    private final Trigger[][] triggersOf;
    /** Per value index and trigger: whether it needs a word boundary on its left (Latin and Cyrillic). */
    private final boolean[][] leftBoundaryOf;

    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of the alias lists
    TermAutomaton(Map<String, Terms> terms) {
      // Same keys in the same order (so the same value indices and hit order), spelled in codes.
      Map<String, Terms> coded = new LinkedHashMap<>();
      char next = 1;
      for (Map.Entry<String, Terms> entry : terms.entrySet()) {
        char[] key = entry.getKey().toCharArray();
        for (int i = 0; i < key.length; i++) {
          char c = key[i];
          if (codes[c] == 0) {
            codes[c] = next++;
          }
          key[i] = codes[c];
        }
        coded.put(new String(key), entry.getValue());
      }
      build(coded);
      nodes = new int[check.length * STRIDE];
      for (int p = 0; p < check.length; p++) {
        nodes[p * STRIDE + BASE] = base[p];
        nodes[p * STRIDE + CHECK] = check[p];
        if (p < fail.length) {
          nodes[p * STRIDE + FAIL] = fail[p];
          nodes[p * STRIDE + HAS_OUTPUT] = output[p] != null ? 1 : 0;
        }
      }
      // The library keeps the values in an Object[]: read them as objects (a Terms[] view would not cast).
      Object[] values = this.v;
      aliasesOf = new List[values.length];
      triggersOf = new Trigger[values.length][];
      leftBoundaryOf = new boolean[values.length][];
      for (int k = 0; k < values.length; k++) {
        Terms value = (Terms) values[k];
        aliasesOf[k] = value.aliases().isEmpty() ? null : value.aliases();
        triggersOf[k] = value.triggers().toArray(new Trigger[0]);
        leftBoundaryOf[k] = new boolean[triggersOf[k].length];
        for (int t = 0; t < triggersOf[k].length; t++) {
          leftBoundaryOf[k][t] = needsLeftBoundary(triggersOf[k][t]);
        }
      }
    }

    /** Collects the place hits and the trigger hits whose left boundary holds, in text order. */
    void collect(String text, List<Gazetteer.RawHit> placeHits, List<TriggerHit> triggerHits) {
      char[] chars = text.toCharArray();
      char[] codes = this.codes;
      int[] nodes = this.nodes;
      int[][] output = this.output;
      int[] lengths = this.l;
      int state = 0;
      for (int i = 0; i < chars.length; i++) {
        char code = codes[chars[i]];
        // No state has a transition on a character of no key: the failure chain would end at the root.
        state = code == 0 ? 0 : transition(nodes, state, code);
        if (nodes[state * STRIDE + HAS_OUTPUT] != 0) {
          for (int hit : output[state]) {
            int begin = i + 1 - lengths[hit];
            List<Alias> aliases = aliasesOf[hit];
            if (aliases != null) {
              placeHits.add(new Gazetteer.RawHit(begin, i + 1, aliases));
            }
            Trigger[] triggers = triggersOf[hit];
            for (int t = 0; t < triggers.length; t++) {
              if (!leftBoundaryOf[hit][t] || begin == 0 || !CharClass.isLetterOrDigit(chars[begin - 1])) {
                triggerHits.add(new TriggerHit(triggers[t], begin, i + 1));
              }
            }
          }
        }
      }
    }

    /** The state after reading a character code, following failure links as the library's getState does. */
    private static int transition(int[] nodes, int state, char code) {
      while (true) {
        int b = nodes[state * STRIDE + BASE];
        int next = b + code + 1;
        if (b == nodes[next * STRIDE + CHECK]) {
          return next;
        }
        if (state == 0) {
          return 0;
        }
        state = nodes[state * STRIDE + FAIL];
      }
    }
  }

  /** An extractor over the given gazetteer and the default trigger lexicon. */
  public ArticleExtractor(Gazetteer gazetteer) {
    this(gazetteer, TriggerLexicon.loadDefault());
  }

  /** An extractor over the given gazetteer and trigger lexicon. */
  public ArticleExtractor(Gazetteer gazetteer, TriggerLexicon triggers) {
    this.gazetteer = gazetteer;
    Map<String, Terms> terms = new TreeMap<>();
    gazetteer.aliasesByKey().forEach((key, aliases) -> terms.put(key, new Terms(aliases, List.of())));
    triggers.byKey().forEach((key, list) -> terms.merge(key, new Terms(List.of(), list),
        (a, b) -> new Terms(a.aliases(), b.triggers())));
    automaton = new TermAutomaton(terms);
    relationBaseYears = YearResolver.loadRelations();
  }

  /** The JVM-wide extractor built from the classpath resources, loaded once on first use. */
  public static ArticleExtractor shared() {
    ArticleExtractor instance = shared;
    if (instance == null) {
      synchronized (ArticleExtractor.class) {
        instance = shared;
        if (instance == null) {
          instance = new ArticleExtractor(Gazetteer.loadDefault());
          shared = instance;
        }
      }
    }
    return instance;
  }

  /** The gazetteer in use. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Extracts the facts of one article. A failure inside the extractor (a bug: it is meant never
   * to throw on any text) does not stop a corpus run: the article comes back with its error in
   * {@link ArticleExtraction#extractionError()} and no facts, which the pipeline counts and
   * reports, so that it never reads as an article where nothing happened.
   */
  public ArticleExtraction extract(ArticleInput input) {
    try {
      return extractOrThrow(input, LocalDate.now(ZoneOffset.UTC));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(input, e);
    } finally {
      EventDetector.clearCache();
    }
  }

  private static ArticleExtraction failed(ArticleInput input, Throwable error) {
    StackTraceElement[] trace = error.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return new ArticleExtraction(input == null ? null : input.articleId(), List.of(), input == null ? null : input.title(),
        null, null, null, null, null, List.of(), List.of(), List.of(), 0, List.of(), List.of(), null, null,
        error.getClass().getName() + ": " + error.getMessage() + where);
  }


  ArticleExtraction extractOrThrow(ArticleInput input, LocalDate today) {
    String original = input.text();
    NormalizedText text = normalizer.normalize(original);
    String norm = text.normalized();
    String analysed = norm.length() > MAX_ANALYSED_CHARS ? norm.substring(0, MAX_ANALYSED_CHARS) : norm;

    List<Gazetteer.RawHit> placeHits = new ArrayList<>();
    List<TriggerHit> triggerHits = new ArrayList<>();
    automaton.collect(analysed, placeHits, triggerHits);
    List<PlaceMatch> places = gazetteer.resolve(text, placeHits);
    triggerHits.sort((a, b) -> Integer.compare(a.start(), b.start()));

    DateParser.HeaderDate header = DateParser.headerDate(norm, today);
    TitleLine title = TitleLine.find(original, norm, header == null ? -1 : header.lineStart());
    LanguageDetector.Lines lines = LanguageDetector.lines(original);
    Doc doc = buildDoc(original, analysed, lines, title, places, triggerHits);

    doc.publishDate = DateParser.parseAny(input.publishedHint(), today);
    if (doc.publishDate == null && header != null) {
      doc.publishDate = header.date();
    }
    String publishDateFlag = doc.publishDate == null ? DateParser.ignoredHeaderDate(norm, today) : null;
    doc.url = input.url();
    doc.urlDate = DateParser.fromUrl(input.url(), today);
    if (doc.publishDate == null && publishDateFlag == null) {
      doc.publishDate = DateParser.datelineWithUrlYear(norm, doc.urlDate);
    } else if (header != null && doc.publishDate == header.date() && doc.urlDate != null
        && Math.abs(header.date().toEpochDay() - doc.urlDate.toEpochDay()) > DateParser.URL_AGREEMENT_DAYS) {
      LocalDate agreeing = DateParser.headerDateAgreeingWith(norm, doc.urlDate, today);
      doc.publishDate = agreeing != null ? agreeing : doc.publishDate;
    }
    List<Language> languages = lines.documentLanguages();
    SubjectResolver.Subject subject = SubjectResolver.resolve(doc, gazetteer);
    doc.subject = subject == null ? null : subject.provinceCode();
    doc.activityYear = YearResolver.resolve(doc, relationBaseYears, today);

    EventDetector.Result events = doc.subject == null ? EventDetector.Result.EMPTY : EventDetector.detect(doc);
    List<Event> acts = ActorFinder.attach(doc, Restatements.merge(doc, events.events()));
    int agreements = 0;
    for (Event act : acts) {
      agreements += act.kind() == EventKind.AGREEMENT ? act.count() : 0;
    }
    String resolvedTitle = input.title() != null && !input.title().isBlank() ? input.title().strip() : title.text();
    return new ArticleExtraction(
        input.articleId(),
        languages,
        resolvedTitle,
        doc.publishDate,
        doc.activityYear,
        doc.subject,
        subject == null ? null : subject.provinceName(),
        subject == null ? null : subject.city(),
        events.partnerCountries(),
        events.domesticPartners(),
        events.visitDirections(),
        agreements,
        acts,
        events.partnerMentions(),
        subject == null ? null : subject.evidence(),
        publishDateFlag,
        null);
  }

  /** A line per sentence with the places and triggers found in it, for diagnosing rules. */
  public String explain(String original) {
    NormalizedText text = normalizer.normalize(original);
    String norm = text.normalized();
    List<Gazetteer.RawHit> placeHits = new ArrayList<>();
    List<TriggerHit> triggerHits = new ArrayList<>();
    automaton.collect(norm, placeHits, triggerHits);
    triggerHits.sort((a, b) -> Integer.compare(a.start(), b.start()));
    DateParser.HeaderDate header = DateParser.headerDate(norm, LocalDate.now(ZoneOffset.UTC));
    Doc doc = buildDoc(original, norm, LanguageDetector.lines(original), TitleLine.find(original, norm, header == null ? -1 : header.lineStart()),
        gazetteer.resolve(text, placeHits), triggerHits);
    StringBuilder out = new StringBuilder();
    out.append("province scores ").append(SubjectResolver.scores(doc, new HashMap<>())).append('\n');
    for (Sentence sentence : doc.sentences) {
      out.append(sentence.index).append(sentence.inTitle ? "T" : "").append(' ').append(sentence.language).append(" [");
      for (PlaceMatch match : sentence.places) {
        out.append(original, match.start(), match.end()).append('=')
            .append(match.aliases().get(0).place().kind()).append(':')
            .append(match.chinese() != null ? match.chinese().provinceCode() : match.aliases().get(0).place().code())
            .append(match.weak() ? "~" : "").append(' ');
      }
      out.append("] {");
      for (TriggerHit hit : sentence.triggers) {
        out.append(hit.kind()).append(':').append(original, hit.start(), hit.end()).append(' ');
      }
      String s = original.substring(sentence.start, sentence.end);
      out.append("} ").append(s.length() > 120 ? s.substring(0, 120) + "..." : s).append('\n');
    }
    return out.toString();
  }

  /** Offsets where the text's lines start, ascending; the first is 0. */
  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  /** Latin and Cyrillic triggers need a word boundary on their left (not a letter or digit). */
  private static boolean needsLeftBoundary(Trigger trigger) {
    return trigger.script() == AliasScript.LATIN || trigger.script() == AliasScript.CYRILLIC;
  }

  private static Doc buildDoc(String original, String norm, LanguageDetector.Lines lines, TitleLine title,
      List<PlaceMatch> places, List<TriggerHit> triggers) {
    List<SentenceSplitter.Span> spans = SentenceSplitter.split(norm);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    int[] lineStarts = lineStarts(norm);
    boolean[] furnitureLines = PageFurniture.get().furnitureLines(norm, lineStarts);
    int firstBody = 0;
    int paragraphStart = 0;
    int paragraphEnd = -1;
    Language paragraphLanguage = Language.OTHER;
    for (SentenceSplitter.Span span : spans) {
      if (span.start() > paragraphEnd) {
        // Sentences come in order: move to the paragraph (line) holding this one.
        paragraphStart = norm.lastIndexOf('\n', span.start()) + 1;
        int end = norm.indexOf('\n', span.start());
        paragraphEnd = end < 0 ? norm.length() : end;
        paragraphLanguage = lines.languageOf(paragraphStart, paragraphEnd);
      }
      Language language = paragraphLanguage;
      boolean inTitle = title.start() >= 0 && span.start() >= title.start() && span.end() <= title.end();
      Sentence sentence = new Sentence(sentences.size(), span.start(), span.end(), language, inTitle, norm);
      int line = java.util.Arrays.binarySearch(lineStarts, span.start());
      sentence.furniture = furnitureLines[line >= 0 ? line : -line - 2];
      if (inTitle) {
        firstBody = sentences.size() + 1;
      }
      sentences.add(sentence);
    }
    int si = 0;
    for (PlaceMatch place : places) {
      while (si < sentences.size() && sentences.get(si).end <= place.start()) {
        si++;
      }
      if (si < sentences.size() && sentences.get(si).start <= place.start() && !sentences.get(si).furniture
          && !Datelines.inDateline(norm, original, place)) {
        sentences.get(si).places.add(place);
      }
    }
    si = 0;
    for (TriggerHit hit : triggers) {
      while (si < sentences.size() && sentences.get(si).end <= hit.start()) {
        si++;
      }
      if (si < sentences.size() && sentences.get(si).start <= hit.start() && !sentences.get(si).furniture) {
        Sentence sentence = sentences.get(si);
        sentence.triggers.add(hit);
        sentence.kinds.add(hit.kind());
      }
    }
    return new Doc(original, norm, sentences, firstBody);
  }
}
