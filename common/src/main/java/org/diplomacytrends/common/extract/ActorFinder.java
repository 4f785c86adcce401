package org.diplomacytrends.common.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.diplomacytrends.common.gazetteer.Place;
import org.diplomacytrends.common.gazetteer.PlaceKind;
import org.diplomacytrends.common.gazetteer.PlaceMatch;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.lang.Languages;
import org.diplomacytrends.common.lang.OfficialNames;
import org.diplomacytrends.common.lang.OfficialTitle;
import org.diplomacytrends.common.model.Actor;
import org.diplomacytrends.common.model.ActorSide;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.Evidence;
import org.diplomacytrends.common.model.RankClass;

/**
 * Reads the officials who take part in each act from the act's evidence sentences, knowing no
 * language: a title from the sentence language's {@code titles.tsv}; its side from the place
 * written beside it (云南省省长 is Chinese, 老挝琅勃拉邦省省长 foreign), else from the page (the
 * foreign side's press names its own officials bare); the rank the title gives that side (the
 * mayor of a provincial-level municipality ranks as a governor); and the name where the language
 * writes it ({@link LanguageRules#officialName}). One official reported twice (headline and body,
 * with and without a name) is one actor.
 */
final class ActorFinder {
  /** Provincial-level municipalities: their mayor and party secretary rank with a governor's. */
  private static final Set<String> MUNICIPALITIES = Set.of("CN-BJ", "CN-SH", "CN-TJ", "CN-CQ");
  /** How many characters may stand between a place and the title (or name) after it: 省 of 云南省, の, a space. */
  private static final int PLACE_BEFORE_GAP = 3;
  /** Titles of a pack by their first character, longest first, built once per pack. */
  private static final Map<LanguagePack, Map<Character, List<OfficialTitle>>> BY_FIRST_CHAR = new ConcurrentHashMap<>();

  private ActorFinder() {}

  private record TitleHit(OfficialTitle title, int start, int end) {}

  /** The events with the officials of their evidence sentences. */
  static List<Event> attach(Doc doc, List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    Map<Integer, List<Actor>> bySentence = new HashMap<>();
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      List<Actor> named = new ArrayList<>();
      for (Evidence evidence : event.allEvidence()) {
        Sentence sentence = sentenceAt(doc, evidence.start());
        if (sentence != null && !sentence.furniture) {
          named.addAll(bySentence.computeIfAbsent(sentence.index, i -> inSentence(doc, sentence)));
        }
      }
      List<Actor> actors = distinct(named);
      out.add(actors.isEmpty() ? event : event.withActors(actors));
    }
    return out;
  }

  /**
   * One actor per official: a name repeated is one official; a title without a name is another
   * official only when no actor of its side already holds that rank.
   */
  static List<Actor> distinct(List<Actor> named) {
    Map<String, Actor> byKey = new LinkedHashMap<>();
    for (Actor actor : named) {
      if (actor.normalisedName() != null) {
        byKey.putIfAbsent(actor.side() + "|" + actor.normalisedName(), actor);
      }
    }
    for (Actor actor : named) {
      if (actor.normalisedName() == null && byKey.values().stream()
          .noneMatch(a -> a.side() == actor.side() && a.rank() == actor.rank())) {
        byKey.put(actor.side() + "|" + actor.rank() + "|" + actor.title(), actor);
      }
    }
    List<Actor> actors = new ArrayList<>(byKey.values());
    actors.sort(Comparator.comparing(Actor::side).thenComparing(Actor::rank));
    return actors;
  }

  /** The officials named in one sentence, in text order. */
  static List<Actor> inSentence(Doc doc, Sentence sentence) {
    Map<Character, List<OfficialTitle>> titles = BY_FIRST_CHAR.computeIfAbsent(sentence.pack(), ActorFinder::index);
    List<Actor> actors = new ArrayList<>(2);
    int at = sentence.start;
    while (at < sentence.end) {
      TitleHit hit = titleAt(doc.norm, at, sentence.end, titles.get(doc.norm.charAt(at)));
      if (hit == null) {
        at++;
        continue;
      }
      at = hit.end();
      Actor actor = hit.title().blocker() ? null : actor(doc, sentence, hit);
      if (actor != null) {
        actors.add(actor);
      }
    }
    return actors;
  }

  private static Map<Character, List<OfficialTitle>> index(LanguagePack pack) {
    Map<Character, List<OfficialTitle>> index = new HashMap<>();
    for (OfficialTitle title : pack.titles()) { // longest first, and so in each list
      index.computeIfAbsent(title.normalised().charAt(0), c -> new ArrayList<>()).add(title);
    }
    return index;
  }

  /** The longest title starting at {@code at}, with the boundaries and endings its language needs. */
  private static TitleHit titleAt(String norm, int at, int limit, List<OfficialTitle> candidates) {
    if (candidates == null) {
      return null;
    }
    for (OfficialTitle title : candidates) {
      if (!norm.startsWith(title.normalised(), at) || at + title.normalised().length() > limit) {
        continue;
      }
      LanguageRules rules = Languages.of(title.language()).rules();
      int end = at + title.normalised().length();
      if (rules.titlesAreWords()) {
        if (at > 0 && Character.isLetter(norm.charAt(at - 1))) {
          continue;
        }
        int ending = 0;
        while (end < limit && ending < rules.titleEndingLetters() && Character.isLetter(norm.charAt(end))) {
          end++;
          ending++;
        }
        if (end < norm.length() && Character.isLetter(norm.charAt(end))) {
          continue;
        }
      }
      return new TitleHit(title, at, end);
    }
    return null;
  }

  private static Actor actor(Doc doc, Sentence sentence, TitleHit hit) {
    LanguageRules rules = Languages.of(hit.title().language()).rules();
    IntPredicate inPlace = offset -> placeAt(sentence, offset) != null;
    PlaceMatch place = placeEndingNear(sentence, hit.start());
    if (place == null && rules.titlePlaceAfterReach() > 0) {
      place = placeStartingNear(sentence, hit.end(), rules.titlePlaceAfterReach());
    }
    boolean municipal = place != null ? isMunicipality(place) : MUNICIPALITIES.contains(doc.subject);
    ActorSide side = sideFor(hit.title(), place != null ? sideOf(place) : bareSide(doc, rules), municipal);
    LanguageRules.Span name = rules.officialName(doc.norm, doc.original, sentence.start, sentence.end, hit.start(),
        hit.end(), inPlace, side);
    if (place == null && name != null && name.end() <= hit.start()) {
      place = placeEndingNear(sentence, name.start()); // 鳥取県の平井伸治知事: the place stands before the name
      if (place != null) {
        municipal = isMunicipality(place);
        side = sideFor(hit.title(), sideOf(place), municipal);
      }
    }
    if (place == null && hit.title().needsPlace()) {
      return null;
    }
    if (name != null && holdsTitle(doc.norm, name, sentence.pack())) {
      name = null; // 委員会副書記 before 省長: a chain of titles, not a name
    }
    RankClass rank = hit.title().rank(side, municipal);
    String title = doc.original.substring(hit.start(), hit.end());
    if (name == null) {
      return new Actor(side, rank, title, null, null);
    }
    return new Actor(side, rank, title, doc.original.substring(name.start(), name.end()).strip(),
        OfficialNames.normalise(doc.original, doc.norm, name));
  }

  /** The side found, unless the title has no rank on it (总统, 省委书记): then the title decides. */
  private static ActorSide sideFor(OfficialTitle title, ActorSide found, boolean municipal) {
    if (title.rank(found, municipal) != null) {
      return found;
    }
    return found == ActorSide.CHINESE ? ActorSide.FOREIGN : ActorSide.CHINESE;
  }

  /** True when the span holds a title of the sentence's languages (a title chain read as a name). */
  private static boolean holdsTitle(String norm, LanguageRules.Span span, LanguagePack pack) {
    String text = norm.substring(span.start(), span.end());
    for (OfficialTitle title : pack.titles()) {
      if (!title.blocker() && text.contains(title.normalised())) {
        return true;
      }
    }
    return false;
  }

  /** The side whose officials a page names bare: the foreign side's press, a Chinese site, else the language's habit. */
  private static ActorSide bareSide(Doc doc, LanguageRules rules) {
    if (doc.foreignHome) {
      return ActorSide.FOREIGN;
    }
    return doc.onChineseSite() ? ActorSide.CHINESE : rules.bareTitleSide();
  }

  private static ActorSide sideOf(PlaceMatch place) {
    if (place.chinese() != null) {
      return ActorSide.CHINESE;
    }
    return "CHN".equals(place.country()) ? ActorSide.CHINESE : ActorSide.FOREIGN;
  }

  private static boolean isMunicipality(PlaceMatch place) {
    Place chinese = place.chinese();
    return chinese != null && chinese.kind() == PlaceKind.PROVINCE && MUNICIPALITIES.contains(chinese.code());
  }

  /** The place whose end lies at most {@link #PLACE_BEFORE_GAP} characters before {@code offset}. */
  private static PlaceMatch placeEndingNear(Sentence sentence, int offset) {
    PlaceMatch nearest = null;
    for (PlaceMatch place : sentence.places) {
      if (place.end() <= offset && offset - place.end() <= PLACE_BEFORE_GAP
          && (nearest == null || place.end() > nearest.end())) {
        nearest = place;
      }
    }
    return nearest;
  }

  /** The first place starting at most {@code reach} characters after {@code offset} ("governor of Yunnan"). */
  private static PlaceMatch placeStartingNear(Sentence sentence, int offset, int reach) {
    PlaceMatch nearest = null;
    for (PlaceMatch place : sentence.places) {
      if (place.start() >= offset && place.start() - offset <= reach
          && (nearest == null || place.start() < nearest.start())) {
        nearest = place;
      }
    }
    return nearest;
  }

  private static PlaceMatch placeAt(Sentence sentence, int offset) {
    for (PlaceMatch place : sentence.places) {
      if (place.start() <= offset && offset < place.end()) {
        return place;
      }
    }
    return null;
  }

  /** The sentence holding {@code offset} (sentences are in text order). */
  private static Sentence sentenceAt(Doc doc, int offset) {
    List<Sentence> sentences = doc.sentences;
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start) {
        hi = mid - 1;
      } else if (offset >= s.end) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
