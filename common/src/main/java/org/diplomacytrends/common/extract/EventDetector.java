package org.diplomacytrends.common.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.diplomacytrends.common.gazetteer.Place;
import org.diplomacytrends.common.gazetteer.PlaceMatch;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.LanguageRules;
import org.diplomacytrends.common.lang.Languages;
import org.diplomacytrends.common.lang.MarkerRole;
import org.diplomacytrends.common.model.CounterpartType;
import org.diplomacytrends.common.model.Event;
import org.diplomacytrends.common.model.EventKind;
import org.diplomacytrends.common.model.Evidence;
import org.diplomacytrends.common.model.Language;
import org.diplomacytrends.common.model.PartnerMention;
import org.diplomacytrends.common.model.VisitDirection;

/**
 * Sentence-level detection of acts (visits, meetings, signings) and counterparts, and their
 * document-level assembly. Counterparts always come from the act's own sentence, or from the
 * sentence just before when the act's sentence only points back (双方, the delegation).
 *
 * <p>A visit's direction comes from where it goes, read with each language's markers (赴X, 在X,
 * Xを訪問, X에서, visited X, в X) and where the visitors come from (Xから, from X, из X): abroad is
 * outbound, the subject region is inbound when outsiders come, another province is domestic for
 * work trips. Meetings at home with foreign guests are inbound only when nothing stronger says
 * otherwise.
 */
final class EventDetector {
  private static final double STRONG = 0.8;
  private static final double WEAK = 0.5;
  record Result(List<String> partnerCountries, List<String> domesticPartners, List<VisitDirection> visitDirections,
      int agreementCount, List<Event> events, List<PartnerMention> partnerMentions) {
    static final Result EMPTY = new Result(List.of(), List.of(), List.of(), 0, List.of(), List.of());
  }

  private EventDetector() {}

  static Result detect(Doc doc) {
    TreeMap<String, int[]> partnerCounts = new TreeMap<>();
    TreeMap<String, Evidence> partnerEvidence = new TreeMap<>();
    Set<String> domestic = new TreeSet<>();
    Set<VisitDirection> strong = EnumSet.noneOf(VisitDirection.class);
    Set<VisitDirection> weak = EnumSet.noneOf(VisitDirection.class);
    List<Event> events = new ArrayList<>();
    List<Event> weakEvents = new ArrayList<>();
    List<AgreementCounter.Candidate> agreements = new ArrayList<>();
    List<Sentence> agreementPrevious = new ArrayList<>();
    boolean pendingOutboundFromSubject = false;
    boolean pendingFramed = false;
    // Directions stated with both ends (who travels and where to), which frame the whole report.
    Set<VisitDirection> framed = EnumSet.noneOf(VisitDirection.class);
    // The counterparts of those framed trips (null: the counterpart is not named).
    Map<VisitDirection, Set<String>> framedCounterparts = new EnumMap<>(VisitDirection.class);
    Sentence pendingSentence = null;

    Set<String> reported = new java.util.HashSet<>();
    for (Sentence sentence : doc.sentences) {
      boolean national = sentence.has(TriggerKind.NATIONAL) && !mentionsSubject(doc, sentence);
      if (!national) {
        collectPartners(doc, sentence, partnerCounts, partnerEvidence);
        collectDomestic(doc, sentence, domestic);
      }
    }
    doc.hasForeignPartners = !partnerCounts.isEmpty();
    doc.foreignHome = writtenFromForeignRegion(doc);
    Sentence previous = null;
    for (Sentence sentence : doc.sentences) {
      boolean background = isBackground(doc, sentence);
      boolean national = sentence.has(TriggerKind.NATIONAL) && !mentionsSubject(doc, sentence);
      boolean suppressed = background || national || sentence.has(TriggerKind.NEGATION)
          || sentence.has(TriggerKind.ONLINE);
      if (!suppressed) {
        TriggerHit last = null;
        for (TriggerHit hit : sentence.triggers) {
          if (!isVisitKind(hit.kind()) || last != null && last.start() == hit.start() && last.kind() == hit.kind()) {
            continue; // 访 and 访问 at one place are one trigger
          }
          if (hit.kind() == TriggerKind.VISIT && hasAt(sentence, hit.start(), TriggerKind.VISIT_IN)) {
            continue; // 来访 is both; the marked direction (coming here) is the one that counts
          }
          if (hit.kind() == TriggerKind.INSPECTION && purposeOfATrip(sentence, hit)) {
            continue; // 來台考察, 赴日考察: the study is what the trip is for, told by the trip's own word
          }
          last = hit;
          if (nationalActor(doc, sentence, hit) || isGenericPlural(doc.norm, hit, sentence.pack()) || invited(doc, sentence, hit)
              || toldAsPrior(doc, sentence, hit)) {
            continue; // a national leader's tour; "visits between" in general; an invitation to come
          }
          VisitDirection direction = visitDirection(doc, sentence, hit);
          if (direction == VisitDirection.OUTBOUND && hit.kind() == TriggerKind.VISIT
              && whereOf(doc, sentence, hit) == null) {
            // A delegation from the subject going nowhere named: outbound if the text has foreign counterparts.
            pendingOutboundFromSubject = true;
            pendingFramed |= isFramed(doc, sentence, hit, direction);
            pendingSentence = sentence;
            continue;
          }
          if (direction != null) {
            Event event = event(doc, sentence, previous, direction.eventKind(), hit, STRONG, 1);
            if (direction == VisitDirection.INBOUND && event.counterpartType() == CounterpartType.PROVINCE
                && visitorsFromProvince(doc, sentence, event.counterpartCode())) {
              // Visitors from another Chinese province: a domestic visit, by the labelling rules.
              direction = VisitDirection.DOMESTIC;
              event = event(doc, sentence, previous, EventKind.VISIT_DOMESTIC, hit, STRONG, 1);
            }
            boolean isFramed = isFramed(doc, sentence, hit, direction);
            strong.add(direction);
            PlaceMatch where = direction == VisitDirection.DOMESTIC ? whereOf(doc, sentence, hit) : null;
            if (where != null && doc.role(where) == Doc.Role.DOMESTIC && where.chinese() != null) {
              domestic.add(where.chinese().provinceCode()); // the region the subject's people went to
            }
            if (isFramed) {
              framed.add(direction);
              Set<String> counterparts = framedCounterparts.computeIfAbsent(direction, d -> new java.util.HashSet<>());
              counterparts.add(event.counterpartCode());
              // "访问日本和韩国": every country the framed sentence names belongs to that trip.
              for (PlaceMatch match : sentence.places) {
                if (doc.role(match) == Doc.Role.FOREIGN && doc.foreignCode(match) != null) {
                  counterparts.add(doc.foreignCode(match));
                }
              }
            }
            if (reported.add(sentence.index + ":" + direction)) {
              events.add(event);
            }
          }
        }
        if (!national) {
          meetings(doc, sentence, previous, strong, weak, events, weakEvents);
        }
      }
      if (!background && sentence.has(TriggerKind.AGREEMENT)) {
        AgreementCounter.Candidate candidate = AgreementCounter.candidate(doc, sentence);
        if (candidate != null) {
          agreements.add(candidate);
          agreementPrevious.add(previous);
        }
      }
      previous = sentence;
    }
    // One fact per distinct signing, carrying its share of the total: repeats and the parts of a
    // summary add nothing, so the facts sum to the article's agreement count.
    int[] shares = AgreementCounter.allocate(agreements);
    for (int i = 0; i < agreements.size(); i++) {
      if (shares[i] > 0) {
        Sentence sentence = agreements.get(i).sentence();
        TriggerHit hit = firstOf(sentence, TriggerKind.AGREEMENT);
        events.add(event(doc, sentence, agreementPrevious.get(i), EventKind.AGREEMENT, hit,
            hit.trigger().weight() * STRONG, shares[i]));
      }
    }
    if (pendingOutboundFromSubject && !partnerCounts.isEmpty()) {
      strong.add(VisitDirection.OUTBOUND);
      if (pendingFramed) {
        framed.add(VisitDirection.OUTBOUND);
      }
      TriggerHit hit = firstOf(pendingSentence, TriggerKind.VISIT);
      Event event = event(doc, pendingSentence, null, EventKind.VISIT_OUTBOUND, hit, WEAK, 1);
      if (pendingFramed) {
        framedCounterparts.computeIfAbsent(VisitDirection.OUTBOUND, d -> new java.util.HashSet<>())
            .add(event.counterpartCode());
      }
      events.add(event);
    }
    applyTripFrame(strong, framed, framedCounterparts, events);
    if (heldOnline(doc)) {
      weak.clear();
      weakEvents.removeIf(event -> event.kind() != EventKind.MEETING);
    }
    Set<VisitDirection> directions = strong.isEmpty() ? weak : strong;
    if (strong.isEmpty()) {
      events.addAll(weakEvents);
    } else {
      for (Event event : weakEvents) {
        if (event.kind() == EventKind.MEETING) {
          events.add(event);
        }
      }
    }
    events.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));

    List<String> partners = new ArrayList<>(partnerCounts.keySet());
    List<PartnerMention> mentions = new ArrayList<>();
    partnerCounts.forEach((code, count) -> mentions.add(new PartnerMention(code, count[0], partnerEvidence.get(code))));
    domestic.remove(doc.subject);
    return new Result(partners, new ArrayList<>(domestic), new ArrayList<>(new TreeSet<>(directions)),
        Arrays.stream(shares).sum(), events, mentions);
  }

  /**
   * One report covers one trip: while the subject's delegation is abroad, what it does there
   * (meets hosts, inspects, welcomes local guests to its own promotion event) belongs to the
   * outbound trip, and while foreign guests are at home, what they hear (an invitation to come
   * and invest) belongs to the inbound one. So when one direction is stated with both its
   * ends (who travels, where to) and the opposite one only loosely, the loose one is dropped,
   * as far as it concerns the framed trip's counterpart (or names none): a loosely stated visit
   * with another country is another trip, reported in the same article.
   */
  private static void applyTripFrame(Set<VisitDirection> strong, Set<VisitDirection> framed,
      Map<VisitDirection, Set<String>> framedCounterparts, List<Event> events) {
    for (VisitDirection direction : new VisitDirection[] {VisitDirection.INBOUND, VisitDirection.OUTBOUND}) {
      VisitDirection opposite = direction == VisitDirection.INBOUND ? VisitDirection.OUTBOUND : VisitDirection.INBOUND;
      if (strong.contains(direction) && framed.contains(opposite) && !framed.contains(direction)) {
        EventKind kind = direction.eventKind();
        Set<String> sameTrip = framedCounterparts.getOrDefault(opposite, Set.of());
        events.removeIf(event -> event.kind() == kind
            && (event.counterpartCode() == null || sameTrip.contains(null) || sameTrip.contains(event.counterpartCode())));
        if (events.stream().noneMatch(event -> event.kind() == kind)) {
          strong.remove(direction);
        }
      }
    }
  }

  /**
   * True when a visit is stated with both ends: outbound when the destination is abroad and no
   * foreign actor or origin comes first; inbound when the destination is the subject region (or
   * China) and a foreign actor, diplomat or origin is named before the verb.
   */
  private static boolean isFramed(Doc doc, Sentence sentence, TriggerHit hit, VisitDirection direction) {
    if (direction == VisitDirection.DOMESTIC) {
      return false;
    }
    PlaceMatch where = whereOf(doc, sentence, hit);
    Doc.Role whereRole = where == null ? null : doc.role(where);
    boolean foreignBefore = false;
    boolean foreignAfterArrival = false;
    for (PlaceMatch match : sentence.places) {
      if (match != where && match.end() <= hit.start() && doc.role(match) == Doc.Role.FOREIGN
          && !isInviter(doc.norm, match, sentence.pack())) {
        foreignBefore = true; // (the destination itself comes first in verb-final languages)
      }
      if (direction == VisitDirection.INBOUND && doc.role(match) == Doc.Role.FOREIGN && match.start() >= hit.end()
          && visitorsRightAfter(doc.norm, hit.end(), match.start(), sentence.pack())) {
        // 来访的越南代表团, 福建省を訪れたイギリスの代表団, 방문한 베트남 대표단: the visitors named
        // right after the visit word that qualifies them.
        foreignAfterArrival = true;
      }
    }
    for (TriggerHit other : sentence.triggers) {
      if (other.kind() == TriggerKind.DIPLOMAT && other.end() <= hit.start()) {
        foreignBefore = true;
      }
    }
    Doc.Role origin = originRole(doc, sentence);
    if (direction == VisitDirection.OUTBOUND) {
      // "浙江省からの訪問団", "delegation from Heihe": the subject named as where the travellers start.
      return subjectOriginAt(doc, sentence, hit)
          || whereRole == Doc.Role.FOREIGN && !foreignBefore && origin != Doc.Role.FOREIGN;
    }
    if (where == null && bareProvinceAfter(doc, sentence, hit)) {
      whereRole = Doc.Role.SUBJECT;
    }
    // "a visiting delegation from X", "делегацией из X, посетившей провинцию": visitors whose
    // foreign origin is stated, visiting here.
    boolean statedOrigin = false;
    if (!sentence.pack().rules().visitWordMeansFrom(doc.norm, hit.start())) { // 来自德国的企业: "from", not a visit
      for (PlaceMatch match : sentence.places) {
        if (doc.role(match) == Doc.Role.FOREIGN && isOriginMarked(doc.norm, match, sentence.pack())
            && Math.abs(match.start() - hit.start()) <= 40) {
          statedOrigin = true;
        }
      }
    }
    return foreignAfterArrival || statedOrigin && whereRole != Doc.Role.FOREIGN
        || (whereRole == Doc.Role.SUBJECT || whereRole == Doc.Role.CHINA) && (foreignBefore || origin == Doc.Role.FOREIGN);
  }

  /** True when only a relative-clause ending separates a visit word from the visitors' place (的, した, 한, -ed). */
  private static boolean visitorsRightAfter(String norm, int from, int to, LanguagePack pack) {
    String between = norm.substring(from, to).trim();
    for (String ending : pack.markers(MarkerRole.VISITOR_RELATIVE_ENDING)) {
      // The ending is the trigger's own (찾은, 訪れた), or stands between, after at most a verb's inflection (的, した, 한).
      if (between.isEmpty() ? norm.startsWith(ending, from - ending.length())
          : between.length() <= 3 && between.endsWith(ending) && noIdeograph(between, between.length() - ending.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when the place is the one inviting ("应英国有关方面邀请", "at the invitation of X"): a host, not a traveller. */
  private static boolean isInviter(String norm, PlaceMatch match, LanguagePack pack) {
    int before = pack.rules().beforeOrigin(norm, match.start()); // приглашению властей Южной Кореи
    for (String marker : pack.markers(MarkerRole.INVITER_BEFORE)) {
      if (endsWithAt(norm, match.start(), marker) || endsWithAt(norm, before, marker)) {
        return true;
      }
    }
    for (String marker : pack.markers(MarkerRole.INVITER_AFTER)) {
      if (norm.startsWith(marker, match.end())) {
        return true;
      }
    }
    return false;
  }

  /** True when the subject is named as the origin right at the trigger ("浙江省からの訪問団", "delegation from X"). */
  private static boolean subjectOriginAt(Doc doc, Sentence sentence, TriggerHit hit) {
    for (PlaceMatch match : sentence.places) {
      int gap = match.start() >= hit.end() ? match.start() - hit.end() : hit.start() - match.end();
      if (gap >= 0 && gap <= 15 && isOriginMarked(doc.norm, match, sentence.pack()) && doc.role(match) == Doc.Role.SUBJECT) {
        return true;
      }
    }
    return false;
  }

  /** True when an invitation word ("welcome … to", 欢迎…赴) opens the trigger's clause: a trip invited, not made. */
  private static boolean invited(Doc doc, Sentence sentence, TriggerHit hit) {
    if (hit.kind() != TriggerKind.GO_TO) {
      // "welcomed the delegation" reports a visit; "invited X to visit" does not, unless the visit
      // took place at the invitation (应X邀请访问, по приглашению).
      return invitedToVisit(doc, sentence, hit);
    }
    int from = Math.max(sentence.start, hit.start() - 20);
    for (int i = hit.start() - 1; i >= from; i--) {
      char c = doc.norm.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '。' || c == '，') {
        from = i + 1;
        break;
      }
    }
    // Only starts before the trigger count: look there, not through the rest of the text.
    for (int at = from; at < hit.start(); at++) {
      for (String word : sentence.pack().markers(MarkerRole.INVITATION)) {
        if (doc.norm.startsWith(word, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a national leader is named before the visit word in its clause: the leader travels
   * (习近平总书记视察…), while one named after it is whose instructions the trip carries out.
   */
  private static boolean nationalActor(Doc doc, Sentence sentence, TriggerHit hit) {
    int[] clause = AgreementCounter.clause(doc.norm, sentence, hit.start());
    for (TriggerHit other : sentence.triggers) {
      if (other.kind() == TriggerKind.NATIONAL && other.start() >= clause[0] && other.end() <= clause[1]
          && other.start() < hit.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the place is where a diplomat is posted (驻哈尔滨, 駐モーリシャス, "Consul General of
   * Bangladesh in Hong Kong"), or the next item of a list of such seats ("consular corps in Hong
   * Kong and Macau"): never a destination, never a counterpart.
   */
  static boolean isPost(Doc doc, Sentence sentence, PlaceMatch match) {
    String norm = doc.norm;
    for (String marker : sentence.pack().markers(MarkerRole.POSTED_BEFORE)) {
      if (endsWithAt(norm, match.start(), marker)) {
        return true;
      }
    }
    for (String marker : sentence.pack().markers(MarkerRole.SEAT_BEFORE)) {
      // A consul posted in the province's own city ("the Consul General of Vietnam in Nanning") meets
      // there too: that seat stays the place of the act.
      if (endsWithAt(norm, match.start(), marker) && doc.role(match) != Doc.Role.SUBJECT
          && officeNamedBefore(doc, sentence, match.start() - marker.length())) {
        return true;
      }
    }
    PlaceMatch previous = null;
    for (PlaceMatch other : sentence.places) {
      if (other.end() <= match.start()) {
        previous = other;
      }
    }
    return previous != null && Restatements.listed(doc, previous, match) && isPost(doc, sentence, previous);
  }

  /** Most words that may stand between a diplomatic office and the "in" of its seat (general, of the Republic of Korea). */
  private static final int SEAT_GAP_WORDS = 4;

  /**
   * True when a diplomatic office (consul, embassy) is named right before {@code at}, with only a
   * few words and the sending country between: no other act and no clause break, so "the consul
   * met the governor in Hangzhou" keeps Hangzhou as the place of the meeting.
   */
  private static boolean officeNamedBefore(Doc doc, Sentence sentence, int at) {
    TriggerHit office = null;
    for (TriggerHit hit : sentence.triggers) {
      if (hit.end() > at) {
        break;
      }
      if (hit.kind() == TriggerKind.DIPLOMAT) {
        office = hit;
      } else if (office != null) {
        office = null; // another act after the office word: the place belongs to that act
      }
    }
    if (office == null) {
      return false;
    }
    StringBuilder gap = new StringBuilder(doc.norm.substring(office.end(), at));
    for (PlaceMatch place : sentence.places) {
      if (place.start() >= office.end() && place.end() <= at) {
        for (int i = place.start(); i < place.end(); i++) {
          gap.setCharAt(i - office.end(), ' ');
        }
      }
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (isClauseMark(c) && c != '.') {
        return false;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words <= SEAT_GAP_WORDS;
  }

  /** How far from the visit word a word telling it as an earlier act may stand. */
  private static final int PRIOR_REACH = 30;

  /** True when the visit word's clause tells it as done before the reported act (曾访问, had visited, 방문한 바 있다). */
  private static boolean toldAsPrior(Doc doc, Sentence sentence, TriggerHit hit) {
    String[] markers = sentence.pack().markers(MarkerRole.PRIOR_ACT);
    if (markers.length == 0) {
      return false;
    }
    String norm = doc.norm;
    int from = Math.max(sentence.start, hit.start() - PRIOR_REACH);
    int to = Math.min(sentence.end, hit.end() + PRIOR_REACH);
    for (int i = hit.start() - 1; i >= from; i--) {
      if (isClauseMark(norm.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    for (int i = hit.end(); i < to; i++) {
      if (isClauseMark(norm.charAt(i))) {
        to = i;
        break;
      }
    }
    for (int at = from; at < to; at++) {
      if (startsWithAny(norm, at, markers)) {
        return true;
      }
    }
    return false;
  }

  /** How far from the visit word an invitation verb of its clause may stand. */
  private static final int INVITATION_REACH = 45;

  /** True when an invitation verb governs the visit word in its clause ("invited … to visit", 邀请…访问, 방문하도록 초청했다). */
  private static boolean invitedToVisit(Doc doc, Sentence sentence, TriggerHit hit) {
    String norm = doc.norm;
    String[] verbs = sentence.pack().markers(MarkerRole.INVITATION_TO_VISIT);
    if (verbs.length == 0) {
      return false;
    }
    boolean after = sentence.verbFinal();
    int from = after ? hit.end() : Math.max(sentence.start, hit.start() - INVITATION_REACH);
    int to = after ? Math.min(sentence.end, hit.end() + INVITATION_REACH) : hit.start();
    int clauseStart = from;
    for (int i = hit.start() - 1; i >= Math.max(sentence.start, hit.start() - INVITATION_REACH); i--) {
      if (isClauseMark(norm.charAt(i))) {
        clauseStart = i + 1;
        break;
      }
    }
    if (!after) {
      from = clauseStart;
    } else {
      for (int i = from; i < to; i++) {
        if (isClauseMark(norm.charAt(i))) {
          to = i;
          break;
        }
      }
    }
    for (int at = from; at < to; at++) {
      if (startsWithAny(norm, at, verbs)) {
        // The invitation is accepted (应…邀请, по приглашению, の招きで): the visit took place.
        int acceptedFrom = Math.min(clauseStart, at);
        for (int a = acceptedFrom; a < Math.min(norm.length(), at + 12); a++) {
          if (startsWithAny(norm, a, sentence.pack().markers(MarkerRole.INVITATION_ACCEPTED))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseMark(char c) {
    return c == ',' || c == ';' || c == ':' || c == '。' || c == '，' || c == '.';
  }

  private static boolean isVisitKind(TriggerKind kind) {
    return kind == TriggerKind.VISIT || kind == TriggerKind.VISIT_IN || kind == TriggerKind.VISIT_OUT
        || kind == TriggerKind.VISIT_ABROAD || kind == TriggerKind.GO_TO || kind == TriggerKind.INSPECTION;
  }

  /** "exchange visits between", "visits and exchanges": a plural noun that names no act (unlike "visits to X"). */
  private static boolean noIdeograph(String text, int end) {
    for (int i = 0; i < end; i++) {
      if (Character.isIdeographic(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isGenericPlural(String norm, TriggerHit hit, LanguagePack pack) {
    for (String plural : pack.markers(MarkerRole.GENERIC_PLURAL)) {
      if (norm.startsWith(plural, hit.start())) {
        int next = hit.start() + plural.length();
        boolean space = next < norm.length() && norm.charAt(next) == ' ';
        return !(space && startsWithAny(norm, next + 1, pack.markers(MarkerRole.DESTINATION_BEFORE)));
      }
    }
    return false;
  }

  /** True when the text reports a meeting or event held online (video link, オンライン, 화상). */
  private static boolean heldOnline(Doc doc) {
    for (Sentence sentence : doc.sentences) {
      if (sentence.has(TriggerKind.ONLINE) && (sentence.has(TriggerKind.MEETING) || sentence.has(TriggerKind.ATTEND)
          || sentence.inTitle)) {
        return true;
      }
    }
    return false;
  }

  private static TriggerHit firstOf(Sentence sentence, TriggerKind kind) {
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() == kind) {
        return hit;
      }
    }
    return sentence.triggers.get(0);
  }

  /** A sentence dated in another year than the activity's is background. */
  private static boolean isBackground(Doc doc, Sentence sentence) {
    if (doc.activityYear == null || !sentence.hasAct()) {
      return false;
    }
    boolean otherYear = false;
    for (DateParser.DateMention mention : doc.dateMentions(sentence)) {
      Integer year = mention.year();
      if (year == null) {
        continue;
      }
      if (year.equals(doc.activityYear) || year == doc.activityYear + 1) {
        return false;
      }
      if (year >= 1950 && year < doc.activityYear) {
        otherYear = true;
      }
    }
    return otherYear;
  }

  private static boolean mentionsSubject(Doc doc, Sentence sentence) {
    for (PlaceMatch match : sentence.places) {
      if (doc.role(match) == Doc.Role.SUBJECT) {
        return true;
      }
    }
    return false;
  }

  private static void collectPartners(Doc doc, Sentence sentence, TreeMap<String, int[]> counts,
      TreeMap<String, Evidence> evidence) {
    if (!sentence.hasAct() && !sentence.inTitle) {
      return;
    }
    for (PlaceMatch match : sentence.places) {
      if (doc.role(match) != Doc.Role.FOREIGN) {
        continue;
      }
      String code = doc.foreignCode(match);
      if (code == null || listedAsBackground(doc, sentence, match) || insideQuotedName(doc.norm, sentence, match)
          || isPost(doc, sentence, match)) {
        continue;
      }
      for (String named : doc.foreignCodes(match)) {
        counts.computeIfAbsent(named, c -> new int[1])[0]++;
        evidence.putIfAbsent(named, sentence.evidence(doc.original));
      }
    }
  }

  /** A country inside a quoted name (“中蒙俄经济走廊”, 《…行动计划》) is part of a name, not a counterpart. */
  private static boolean insideQuotedName(String norm, Sentence sentence, PlaceMatch match) {
    for (int i = match.start() - 1; i >= sentence.start && i >= match.start() - 40; i--) {
      char c = norm.charAt(i);
      if (c == '”' || c == '》' || c == '」' || c == '』') {
        return false;
      }
      if (c == '“' || c == '《' || c == '「' || c == '『') {
        int close = norm.indexOf(c == '“' ? '”' : c == '《' ? '》' : c == '「' ? '」' : '』', match.end());
        return close >= 0 && close < sentence.end && close - match.end() <= 40;
      }
    }
    return false;
  }

  /** A country in a clause listing several countries China has ties with ("我国同德国、韩国、日本…建交") is background. */
  private static boolean listedAsBackground(Doc doc, Sentence sentence, PlaceMatch match) {
    int[] clause = AgreementCounter.clause(doc.norm, sentence, match.start());
    if (!AgreementCounter.clauseHas(sentence, clause, TriggerKind.RELATIONS)) {
      return false;
    }
    int countries = 0;
    for (PlaceMatch other : sentence.places) {
      if (other.start() >= clause[0] && other.end() <= clause[1] && doc.role(other) == Doc.Role.FOREIGN) {
        countries++;
      }
    }
    return countries >= 3;
  }

  private static void collectDomestic(Doc doc, Sentence sentence, Set<String> domestic) {
    boolean cooperation = sentence.has(TriggerKind.ASSISTANCE) || sentence.has(TriggerKind.INSPECTION)
        || sentence.has(TriggerKind.AGREEMENT);
    boolean encounter = sentence.has(TriggerKind.MEETING) || sentence.has(TriggerKind.ATTEND)
        || sentence.has(TriggerKind.VISIT) || sentence.has(TriggerKind.VISIT_IN) || sentence.has(TriggerKind.GO_TO)
        || sentence.has(TriggerKind.DELEGATION_NOUN);
    if (!cooperation && !encounter) {
      return;
    }
    Set<String> named = new TreeSet<>();
    for (PlaceMatch match : sentence.places) {
      if (doc.role(match) != Doc.Role.DOMESTIC) {
        continue;
      }
      Place place = match.chinese();
      if (SubjectResolver.namesOfficial(doc, sentence, match)
          || cooperation && cooperatesInClause(doc, sentence, match)) {
        named.add(place.provinceCode());
      }
    }
    // Three or more other provinces in one sentence are a list (the regions of a national forum,
    // "with Guangdong, Fujian, Zhejiang and other provinces"), not the counterparts of one act.
    if (named.size() < MAX_DOMESTIC_COUNTERPARTS_PER_SENTENCE + 1) {
      domestic.addAll(named);
    }
  }

  /**
   * True when a cooperation word (paired assistance, inspection, signing) stands in the province's
   * own clause: "浙江对口支援四川" links them, while "会议在北京召开，双方签署协议" names Beijing only
   * as where the sentence's other clause happens.
   */
  private static boolean cooperatesInClause(Doc doc, Sentence sentence, PlaceMatch match) {
    int[] clause = AgreementCounter.clause(doc.norm, sentence, match.start());
    return AgreementCounter.clauseHas(sentence, clause, TriggerKind.ASSISTANCE)
        || AgreementCounter.clauseHas(sentence, clause, TriggerKind.INSPECTION)
        || AgreementCounter.clauseHas(sentence, clause, TriggerKind.AGREEMENT);
  }

  /** Fewest mentions of one foreign region or city that make it the writer's home. */
  private static final int MIN_HOME_MENTIONS = 3;

  /**
   * True when one foreign region or city (충남도, 新潟県, Амурская область) is named in the headline
   * or the first body sentence and more often than the subject province and its cities: the
   * article is the foreign side's report of its dealings with the province.
   */
  private static boolean writtenFromForeignRegion(Doc doc) {
    if (doc.onChineseSite()) {
      return false; // korean.shanghai.gov.cn tells Busan's visit from Shanghai's side
    }
    Map<String, Integer> mentions = new java.util.HashMap<>();
    Set<String> lead = new java.util.HashSet<>();
    int subjectMentions = 0;
    for (Sentence sentence : doc.sentences) {
      for (PlaceMatch match : sentence.places) {
        Doc.Role role = doc.role(match);
        if (role == Doc.Role.SUBJECT) {
          subjectMentions++;
          continue;
        }
        Place foreign = match.foreign();
        if (role != Doc.Role.FOREIGN || foreign == null
            || foreign.kind() != org.diplomacytrends.common.gazetteer.PlaceKind.REGION
            && foreign.kind() != org.diplomacytrends.common.gazetteer.PlaceKind.CITY) {
          continue;
        }
        String key = foreign.kind() + ":" + foreign.code();
        mentions.merge(key, 1, Integer::sum);
        if (sentence.inTitle || sentence.index <= doc.firstBody) {
          lead.add(key);
        }
      }
    }
    for (Map.Entry<String, Integer> entry : mentions.entrySet()) {
      if (lead.contains(entry.getKey()) && entry.getValue() >= MIN_HOME_MENTIONS && entry.getValue() > subjectMentions) {
        return true;
      }
    }
    return false;
  }

  /** At most this many other provinces in one sentence are counterparts; more are a list. */
  private static final int MAX_DOMESTIC_COUNTERPARTS_PER_SENTENCE = 2;

  /** The direction of a visit-type trigger, or null when it is not a visit the subject takes part in. */
  private static VisitDirection visitDirection(Doc doc, Sentence sentence, TriggerHit hit) {
    TriggerKind kind = hit.kind();
    if (!isVisitKind(kind)) {
      return null;
    }
    PlaceMatch where = whereOf(doc, sentence, hit);
    Doc.Role whereRole = where == null ? null : doc.role(where);
    if (where == null && bareProvinceAfter(doc, sentence, hit)) {
      whereRole = Doc.Role.SUBJECT; // "посетившей провинцию": the province the article is about
    }
    if (where == null && whereRole == null) {
      whereRole = selfReferenceAfter(doc, sentence, hit); // 来我省: the writer's own region
    }
    if (where == null && whereRole == null && doc.foreignHome && !sentence.has(TriggerKind.DIPLOMAT)) {
      whereRole = Doc.Role.FOREIGN; // the foreign side's press: "the delegation visited the Hyundai plant" is here, abroad
    }
    Doc.Role originRole = originRole(doc, sentence);
    boolean foreignHere = sentence.has(TriggerKind.DIPLOMAT);
    boolean domesticHere = false;
    boolean foreignActorBefore = false;
    boolean otherProvinceActorBefore = false;
    for (PlaceMatch match : sentence.places) {
      Doc.Role role = doc.role(match);
      if (isPost(doc, sentence, match)) {
        continue; // a diplomat's seat is neither where anyone travels nor who travels
      }
      if (role == Doc.Role.FOREIGN) {
        foreignHere = true;
        if (match.end() <= hit.start() && !isInviter(doc.norm, match, sentence.pack())) {
          foreignActorBefore = true; // (应台湾…邀请: the host who invites does not travel)
        }
      } else if (role == Doc.Role.DOMESTIC) {
        domesticHere = true;
        otherProvinceActorBefore |= match.end() <= hit.start();
      }
    }
    for (PlaceMatch match : sentence.places) {
      Doc.Role role = doc.role(match);
      if (match.end() <= hit.start() && (role == Doc.Role.CHINA || role == Doc.Role.SUBJECT) && isPost(doc, sentence, match)) {
        foreignActorBefore = true; // 驻沪总领事赴…: diplomats posted here are the ones travelling
      }
    }
    int[] clause = AgreementCounter.clause(doc.norm, sentence, hit.start());
    for (TriggerHit other : sentence.triggers) {
      if (other.kind() == TriggerKind.DIPLOMAT && other.end() <= hit.start()
          && startsWithAny(doc.norm, other.start(), sentence.pack().markers(MarkerRole.POSTED_BEFORE))) {
        foreignActorBefore = true; // 东盟7国驻华官员赴新疆考察 (not 领事处, the province's own consular department)
      }
      if (kind != TriggerKind.VISIT_IN && other.kind() == TriggerKind.VISIT_IN && other.start() >= clause[0]
          && other.end() <= hit.start()) {
        foreignActorBefore = true; // 客人来豫考察, 外宾赴…参观: the guests named first are who travel
      }
    }
    boolean outsiders = foreignHere || originRole == Doc.Role.FOREIGN || sentence.has(TriggerKind.DELEGATION_NOUN)
        || sentence.has(TriggerKind.VISIT_IN);
    VisitDirectionTable.Travellers travellers = new VisitDirectionTable.Travellers(originRole, foreignActorBefore,
        subjectActorBefore(doc, sentence, hit), outsiders, foreignHere, domesticHere, isNotMotion(doc.norm, hit, sentence.pack()),
        doc.hasForeignPartners, otherProvinceActorBefore);
    return VisitDirectionTable.decide(kind, VisitDirectionTable.Where.of(whereRole), travellers);
  }

  /**
   * True when the visit word is followed by "(в) провинцию/провинции" with no name after it
   * ("делегация, посетившая провинцию", "прибывшую в провинцию"): Russian refers back to the
   * province the article is about.
   */
  private static boolean bareProvinceAfter(Doc doc, Sentence sentence, TriggerHit hit) {
    String[] bare = sentence.pack().markers(MarkerRole.BARE_PROVINCE);
    if (bare.length == 0 || sentence.language == Language.OTHER) {
      return false; // (a language that refers back this way; unknown-language sentences never did)
    }
    String norm = doc.norm;
    int i = hit.end();
    while (i < sentence.end && Character.isLetter(norm.charAt(i)) && norm.charAt(i) < 0x3000) {
      i++; // the rest of an inflected visit word (посет|ившей)
    }
    while (i < sentence.end && norm.charAt(i) == ' ') {
      i++;
    }
    for (String marker : sentence.pack().markers(MarkerRole.DESTINATION_BEFORE)) {
      if (norm.startsWith(marker, i)) {
        i += marker.length(); // (в) провинцию
        break;
      }
    }
    for (String word : bare) {
      if (norm.startsWith(word, i)) {
        int after = i + word.length();
        for (PlaceMatch match : sentence.places) {
          if (match.start() >= after && match.start() <= after + 2) {
            return false; // провинцию Хунань: a named province, whereOf's business
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The role of the writer's own region when the visit word goes to it (来我省, 访问我市, 本県を訪問,
   * to our province), else null. The writer is the province's side on a Chinese site or in Chinese;
   * elsewhere (a Japanese prefecture's paper, a Russian region's site) it is the foreign side.
   */
  private static Doc.Role selfReferenceAfter(Doc doc, Sentence sentence, TriggerHit hit) {
    String[] self = sentence.pack().markers(MarkerRole.SELF_REFERENCE);
    if (self.length == 0) {
      return null;
    }
    String norm = doc.norm;
    int i = hit.end();
    String visitWord = norm.substring(hit.start(), hit.end());
    boolean named = false;
    for (String word : self) {
      named |= visitWord.length() > word.length() && visitWord.endsWith(word); // 来県: the word holds its destination
    }
    for (int rest = 0; rest <= MAX_VISIT_WORD_REST && i + rest < sentence.end && !named; rest++) {
      named = startsWithAny(norm, i + rest, self); // 访|问我省: a shorter trigger inside the visit word
    }
    while (!named && i < sentence.end && Character.isLetter(norm.charAt(i)) && norm.charAt(i) < 0x3000) {
      i++; // the rest of an inflected visit word
    }
    for (String marker : sentence.pack().markers(MarkerRole.DESTINATION_BEFORE)) {
      named |= norm.startsWith(marker, i) && startsWithAny(norm, i + marker.length(), self);
    }
    if (!named && sentence.verbFinal()) {
      // 本県を訪問, 본시를 방문: the region before its destination marker, which runs up to the verb.
      int from = Math.max(sentence.start, hit.start() - SELF_BEFORE_VERB_REACH);
      for (int at = from; at < hit.start() && !named; at++) {
        for (String word : self) {
          if (norm.startsWith(word, at)) {
            int after = at + word.length();
            for (String marker : sentence.pack().markers(MarkerRole.DESTINATION_AFTER)) {
              named |= norm.startsWith(marker, after) && after + marker.length() >= hit.start() && after <= hit.start();
            }
          }
        }
      }
    }
    if (!named) {
      return null;
    }
    return writerIsChinese(doc, sentence) ? Doc.Role.SUBJECT : Doc.Role.FOREIGN;
  }

  /** How far before a verb-final visit word its marked destination may begin (本県を|訪問). */
  private static final int SELF_BEFORE_VERB_REACH = 8;

  /** How many characters of a longer visit word may follow the trigger found (访 of 访问). */
  private static final int MAX_VISIT_WORD_REST = 1;

  /** True when the writer is the Chinese side: a Chinese site, or a Chinese sentence. */
  private static boolean writerIsChinese(Doc doc, Sentence sentence) {
    return doc.onChineseSite() || sentence.language == Language.ZH;
  }

  /**
   * True when the visitors of an inbound-looking sentence are another Chinese province's people:
   * no foreign place or diplomat in it, and the province named with its officials or as the origin.
   */
  private static boolean visitorsFromProvince(Doc doc, Sentence sentence, String provinceCode) {
    if (sentence.has(TriggerKind.DIPLOMAT)) {
      return false;
    }
    boolean named = false;
    for (PlaceMatch match : sentence.places) {
      Doc.Role role = doc.role(match);
      if (role == Doc.Role.FOREIGN) {
        return false;
      }
      if (role == Doc.Role.DOMESTIC && match.chinese() != null && provinceCode.equals(match.chinese().provinceCode())
          && (SubjectResolver.namesOfficial(doc, sentence, match) || isOriginMarked(doc.norm, match, sentence.pack()))) {
        named = true;
      }
    }
    return named;
  }

  /** True when the subject region (or its officials) is named before the trigger: the subject is the actor. */
  private static boolean subjectActorBefore(Doc doc, Sentence sentence, TriggerHit hit) {
    for (PlaceMatch match : sentence.places) {
      if (match.end() <= hit.start() && doc.role(match) == Doc.Role.SUBJECT) {
        return true;
      }
    }
    for (TriggerHit other : sentence.triggers) {
      if (other.kind() == TriggerKind.OFFICIAL && other.end() <= hit.start()) {
        if (startsWithAny(doc.norm, other.start(), sentence.pack().markers(MarkerRole.OWN_OFFICIAL_PREFIX))) {
          return true;
        }
      }
    }
    String[] self = writerIsChinese(doc, sentence) ? sentence.pack().markers(MarkerRole.SELF_REFERENCE) : new String[0];
    int[] clause = AgreementCounter.clause(doc.norm, sentence, hit.start());
    for (int at = clause[0]; self.length > 0 && at < hit.start(); at++) {
      if (startsWithAny(doc.norm, at, self)) {
        return true; // 我省代表团赴广东考察: the writer's own region travels
      }
    }
    return false;
  }

  /** Meetings: at home with foreign guests (weak inbound), abroad (weak outbound), with another province's officials (domestic). */
  private static void meetings(Doc doc, Sentence sentence, Sentence previous, Set<VisitDirection> strong,
      Set<VisitDirection> weak, List<Event> events, List<Event> weakEvents) {
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() != TriggerKind.MEETING && hit.kind() != TriggerKind.ATTEND) {
        continue;
      }
      boolean meeting = hit.kind() == TriggerKind.MEETING;
      PlaceMatch otherProvinceOfficial = null;
      for (PlaceMatch match : sentence.places) {
        if (doc.role(match) == Doc.Role.DOMESTIC && SubjectResolver.namesOfficial(doc, sentence, match)) {
          otherProvinceOfficial = match;
          break;
        }
      }
      if (otherProvinceOfficial != null) {
        strong.add(VisitDirection.DOMESTIC);
        events.add(event(doc, sentence, previous, EventKind.VISIT_DOMESTIC, hit, WEAK, 1));
        return;
      }
      PlaceMatch host = host(doc, sentence, hit);
      Doc.Role hostRole = host == null ? null : doc.role(host);
      if (!meeting) {
        if (hostRole == Doc.Role.SUBJECT && foreignDelegation(doc, sentence)) {
          // 곤명시에서 열린 대회에 한국 충주시 대표단이 참석: guests from abroad at an event here.
          weak.add(VisitDirection.INBOUND);
          weakEvents.add(event(doc, sentence, previous, EventKind.VISIT_INBOUND, hit, WEAK, 1));
          return;
        }
        if (hostRole == Doc.Role.FOREIGN && subjectActorBefore(doc, sentence, hit)) {
          // "Guangdong's vice-governor represented the province at a celebration held in Boston".
          weak.add(VisitDirection.OUTBOUND);
          weakEvents.add(event(doc, sentence, previous, EventKind.VISIT_OUTBOUND, hit, WEAK, 1));
          return;
        }
        continue;
      }
      boolean foreignGuest = sentence.has(TriggerKind.DIPLOMAT);
      for (PlaceMatch match : sentence.places) {
        if (match != host && doc.role(match) == Doc.Role.FOREIGN && !isBilateral(match)) {
          foreignGuest = true; // (中俄, кыргызско-китайского name a relation, not a guest)
        }
      }
      if (hostRole == Doc.Role.FOREIGN || host == null && subjectDelegationReceived(doc, sentence, hit)) {
        weak.add(VisitDirection.OUTBOUND);
        weakEvents.add(event(doc, sentence, previous, EventKind.VISIT_OUTBOUND, hit, WEAK, 1));
        events.add(event(doc, sentence, previous, EventKind.MEETING, hit, STRONG, 1));
        return;
      }
      if (foreignGuest && sentence.has(TriggerKind.AGREEMENT)
          && !(hostRole == Doc.Role.SUBJECT && foreignOfficialNamed(doc, sentence))) {
        // A signing with foreign firms says who signed, not that they came here (a foreign official
        // received by the province's own, 성장은 충청남도 도지사를 접견하고 … 체결, did come).
        events.add(event(doc, sentence, previous, EventKind.MEETING, hit, STRONG, 1));
        return;
      }
      Doc.Role guests = originRole(doc, sentence);
      if (foreignGuest && (guests == Doc.Role.SUBJECT || guests == Doc.Role.CHINA)) {
        // "met a delegation of the PRC / of Guangdong": the guests are the subject's side, come from home.
        events.add(event(doc, sentence, previous, EventKind.MEETING, hit, STRONG, 1));
        return;
      }
      if (foreignGuest) {
        weak.add(VisitDirection.INBOUND);
        weakEvents.add(event(doc, sentence, previous, EventKind.VISIT_INBOUND, hit, WEAK, 1));
        events.add(event(doc, sentence, previous, EventKind.MEETING, hit, STRONG, 1));
        return;
      }
    }
  }

  /** True when a foreign place is named with an official of its own (충청남도 도지사, the Governor of Sarawak). */
  private static boolean foreignOfficialNamed(Doc doc, Sentence sentence) {
    for (PlaceMatch match : sentence.places) {
      if (doc.role(match) == Doc.Role.FOREIGN && SubjectResolver.namesOfficial(doc, sentence, match)) {
        return true;
      }
    }
    return false;
  }

  /** True when a visit word ends at most one character before this study word (來台|考察, 来华|考察). */
  private static boolean purposeOfATrip(Sentence sentence, TriggerHit hit) {
    for (TriggerHit other : sentence.triggers) {
      if (other != hit && isVisitKind(other.kind()) && other.kind() != TriggerKind.INSPECTION
          && other.end() <= hit.start() && hit.start() - other.end() <= 1) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence names a delegation and a foreign place of its own (not a diplomat's seat, not a pair word). */
  private static boolean foreignDelegation(Doc doc, Sentence sentence) {
    if (!sentence.has(TriggerKind.DELEGATION_NOUN)) {
      return false;
    }
    for (PlaceMatch match : sentence.places) {
      if (doc.role(match) == Doc.Role.FOREIGN && !isBilateral(match) && !isPost(doc, sentence, match)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the subject's delegation is who was met, in a text with foreign counterparts, and
   * nobody of the subject is named before the verb ("Deputy Prime Minister Baisalov met a
   * delegation led by the vice chairman of Jiangxi province", "в Камчатке состоялась встреча с
   * делегацией провинции Хэйлунцзян"), and no foreigner is among who was met: the subject is the
   * guest abroad.
   * Only where the object follows the verb (English, Russian, Chinese word order).
   */
  private static boolean subjectDelegationReceived(Doc doc, Sentence sentence, TriggerHit hit) {
    if (sentence.verbFinal() || !doc.hasForeignPartners || subjectActorBefore(doc, sentence, hit)) {
      return false;
    }
    TriggerHit delegation = null;
    for (TriggerHit other : sentence.triggers) {
      if (other.kind() == TriggerKind.DELEGATION_NOUN && other.start() >= hit.end()) {
        delegation = other;
        break;
      }
    }
    if (delegation == null) {
      return false;
    }
    boolean subjectGuest = false;
    for (PlaceMatch match : sentence.places) {
      if (match.start() < hit.end()) {
        continue; // (a foreign place before the verb is the host's: "на площадке … Камчатки состоялась встреча")
      }
      if (doc.role(match) == Doc.Role.FOREIGN && !isBilateral(match)) {
        return false; // foreigners among who was met: they are the guests
      }
      if (doc.role(match) == Doc.Role.CHINA) {
        continue; // китайской делегацией: China, then the province
      }
      if (!subjectGuest && doc.role(match) != Doc.Role.SUBJECT) {
        return false;
      }
      // The first place after the verb says whose the delegation is.
      subjectGuest = !isDestinationMarked(doc.norm, match, sentence.pack());
    }
    return subjectGuest;
  }

  /**
   * Where a meeting takes place: a place marked as location, else the first region named (the
   * host speaks first: "X省长Y会见Z", "the governor of X met"), else the title's first region.
   */
  private static PlaceMatch host(Doc doc, Sentence sentence, TriggerHit hit) {
    PlaceMatch best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PlaceMatch match : sentence.places) {
      Doc.Role role = doc.role(match);
      if (isLocation(doc, match) && role != Doc.Role.CHINA && isDestinationMarked(doc.norm, match, sentence.pack())
          && !isOriginMarked(doc.norm, match, sentence.pack())) {
        int distance = Math.abs(match.start() - hit.start());
        if (distance < bestDistance) {
          best = match;
          bestDistance = distance;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (PlaceMatch match : sentence.places) {
      Doc.Role role = doc.role(match);
      if (!sentence.verbFinal() && match.start() > hit.start()) {
        break; // in subject-verb-object languages the host comes before the verb
      }
      if (role == Doc.Role.FOREIGN && (sentence.has(TriggerKind.DIPLOMAT) || startsWithAny(doc.norm, match.end(), sentence.pack().markers(MarkerRole.POSTED_AFTER)))) {
        continue; // "俄罗斯驻哈尔滨总领事": a foreign diplomat posted here is a guest
      }
      if ((role == Doc.Role.FOREIGN || role == Doc.Role.SUBJECT) && isLocation(doc, match)
          && SubjectResolver.namesOfficial(doc, sentence, match)) {
        return match;
      }
    }
    if (!sentence.verbFinal() || sentence.inTitle) {
      return null;
    }
    for (Sentence title : doc.sentences) {
      if (!title.inTitle) {
        break;
      }
      for (PlaceMatch match : title.places) {
        Doc.Role role = doc.role(match);
        if ((role == Doc.Role.FOREIGN || role == Doc.Role.SUBJECT) && isLocation(doc, match)) {
          return match;
        }
      }
    }
    return null;
  }

  /** Where a visit goes: a place marked as destination or location nearest the trigger, else the next (or, in verb-final languages, the previous) place. */
  static PlaceMatch whereOf(Doc doc, Sentence sentence, TriggerHit hit) {
    PlaceMatch best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PlaceMatch match : sentence.places) {
      boolean pair = match.foreign() != null && match.foreign().kind() == org.diplomacytrends.common.gazetteer.PlaceKind.BILATERAL;
      if (!(isLocation(doc, match) || pair) || isOriginMarked(doc.norm, match, sentence.pack())
          || isPost(doc, sentence, match)) {
        continue;
      }
      if (isDestinationMarked(doc.norm, match, sentence.pack())) {
        int distance = Math.abs(match.start() - hit.start());
        if (distance > 30 && match.start() > hit.end() && clauseBreak(doc.norm, hit.end(), match.start())) {
          continue; // a destination of another clause's verb
        }
        if (distance < bestDistance) {
          best = match;
          bestDistance = distance;
        }
      }
    }
    if (best != null && bestDistance <= 80) {
      if (sentence.pack().rules().foreignPlaceRefinesDestination() && doc.role(best) != Doc.Role.FOREIGN) {
        // 赴杭州国际友城瑞士卢加诺: a foreign place right after is the more specific destination.
        for (PlaceMatch match : sentence.places) {
          if (match.start() >= best.end() && match.start() - best.end() <= 10 && isLocation(doc, match)
              && doc.role(match) == Doc.Role.FOREIGN && !clauseBreak(doc.norm, best.end(), match.start())
              && !verbBetween(sentence, best.end(), match.start())
              && !sentence.pack().rules().relativeClauseBetween(doc.norm, best.end(), match.start())) {
            return match;
          }
        }
      }
      return best;
    }
    if (!sentence.verbFinal() && hit.kind() != TriggerKind.VISIT_IN && !isNotMotion(doc.norm, hit, sentence.pack())) {
      // "visited India", "посетил город Ляньюньган", "访问老挝": the next place. Verb-final languages
      // mark their destinations (Xを訪問, X를 방문); an unmarked place before the verb is the visitor's.
      if (sentence.pack().rules().visitorsQualifiedAfter(doc.norm, hit.end())) {
        return null; // 来访的老挝代表团, 访问的客人: the place after 的 qualifies the visitors, it is not where they go
      }
      int reach = sentence.pack().rules().unmarkedDestinationReach();
      if (sentence.pack().rules().foreignPlaceRefinesDestination()) {
        // 赴杭州国际友城瑞士卢加诺: the most specific place of the phrase, a foreign one when named.
        for (PlaceMatch match : sentence.places) {
          if (match.start() >= hit.end() && match.start() - hit.end() <= 12 && isLocation(doc, match)
              && doc.role(match) == Doc.Role.FOREIGN && !clauseBreak(doc.norm, hit.end(), match.start())
              && !sentence.pack().rules().relativeClauseBetween(doc.norm, hit.end(), match.start())) {
            return match;
          }
        }
      }
      for (PlaceMatch match : sentence.places) {
        if (match.start() >= hit.end() && match.start() - hit.end() <= reach && isLocation(doc, match)
            && !isOriginMarked(doc.norm, match, sentence.pack()) && !isPost(doc, sentence, match) && !clauseBreak(doc.norm, hit.end(), match.start())) {
          return match;
        }
      }
    }
    return null;
  }

  /**
   * True when a verb of meeting or travel stands between two places: they belong to different
   * phrases (在哈尔滨会见了来访的俄罗斯…: Harbin is where, Russia whose guests), not one destination.
   */
  private static boolean verbBetween(Sentence sentence, int from, int to) {
    for (TriggerHit other : sentence.triggers) {
      if (other.start() >= from && other.start() < to && (other.kind() == TriggerKind.MEETING
          || other.kind() == TriggerKind.VISIT || other.kind() == TriggerKind.VISIT_IN || other.kind() == TriggerKind.GO_TO)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAt(Sentence sentence, int start, TriggerKind kind) {
    for (TriggerHit other : sentence.triggers) {
      if (other.start() == start && other.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** True when the trigger names no motion (a delegation noun, "led by"). */
  private static boolean isNotMotion(String norm, TriggerHit hit, LanguagePack pack) {
    for (String word : pack.markers(MarkerRole.NOT_MOTION)) {
      if (norm.startsWith(word, hit.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseBreak(String norm, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = norm.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '、' || c == '。') {
        return true;
      }
    }
    return false;
  }

  private static boolean isBilateral(PlaceMatch match) {
    return match.foreign() != null && match.foreign().kind() == org.diplomacytrends.common.gazetteer.PlaceKind.BILATERAL;
  }

  /** Countries, foreign regions and cities, Chinese divisions: places one can go to (not 中俄, not "Russian"). */
  private static boolean isLocation(Doc doc, PlaceMatch match) {
    if (doc.role(match) == Doc.Role.NONE) {
      return false;
    }
    if (match.chinese() != null) {
      return true;
    }
    Place foreign = match.foreign();
    if (foreign == null) {
      return true;
    }
    return switch (foreign.kind()) {
      case COUNTRY, REGION, CITY -> true;
      default -> false;
    };
  }

  private static Doc.Role originRole(Doc doc, Sentence sentence) {
    for (PlaceMatch match : sentence.places) {
      if (isOriginMarked(doc.norm, match, sentence.pack()) && !isInviter(doc.norm, match, sentence.pack())) { // "invitation of the government of X"
        Doc.Role role = doc.role(match);
        if (role != Doc.Role.NONE) {
          return role;
        }
      }
    }
    return null;
  }

  /** True when the place is marked as where a visit goes, by the markers of its sentence's language. */
  static boolean isDestinationMarked(String norm, PlaceMatch match, Language language) {
    return isDestinationMarked(norm, match, Languages.of(language));
  }

  static boolean isDestinationMarked(String norm, PlaceMatch match, LanguagePack pack) {
    return (markers(norm, match, pack) & DESTINATION) != 0;
  }

  /**
   * True when the place is marked as where visitors come from, by every language's markers (the
   * form for callers that do not know the place's sentence; prefer the one with its language).
   */
  static boolean isOriginMarked(String norm, PlaceMatch match) {
    return (markers(norm, match, Languages.union()) & ORIGIN) != 0;
  }

  static boolean isOriginMarked(String norm, PlaceMatch match, LanguagePack pack) {
    return (markers(norm, match, pack) & ORIGIN) != 0;
  }

  private static final int DESTINATION = 1;
  private static final int ORIGIN = 2;
  private static final int COMPUTED = 4;
  /** Marks computed with the union pack (for callers without the sentence) sit above the sentence's own. */
  private static final int UNION_SHIFT = 3;
  private static final ThreadLocal<java.util.IdentityHashMap<PlaceMatch, Integer>> MARKERS =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  /**
   * Destination and origin marks of a place (with COMPUTED), computed once per place and pack (markers are looked
   * up often). A place lies in one sentence, so it is asked with one language's pack, or the union.
   */
  private static int markers(String norm, PlaceMatch match, LanguagePack pack) {
    java.util.IdentityHashMap<PlaceMatch, Integer> cache = MARKERS.get();
    Integer cached = cache.get(match);
    int shift = pack == Languages.union() ? UNION_SHIFT : 0;
    int marks = cached == null ? 0 : cached;
    if ((marks >> shift & COMPUTED) != 0) {
      return marks >> shift & 7;
    }
    int own = COMPUTED;
    if (computeDestinationMarked(norm, match, pack)) {
      own |= DESTINATION;
    }
    if (computeOriginMarked(norm, match, pack)) {
      own |= ORIGIN;
    }
    cache.put(match, marks | own << shift);
    return own;
  }

  /** Forgets the per-document marker cache (call when a document is done). */
  static void clearCache() {
    MARKERS.get().clear();
  }

  private static boolean computeDestinationMarked(String norm, PlaceMatch match, LanguagePack pack) {
    LanguageRules rules = pack.rules();
    int before = rules.beforeDestination(norm, match.start());
    for (String filler : pack.markers(MarkerRole.DESTINATION_BEFORE_FILLER)) {
      if (endsWithAt(norm, before, filler)) {
        before -= filler.length();
        break;
      }
    }
    for (String marker : pack.markers(MarkerRole.DESTINATION_BEFORE)) {
      if (endsWithAt(norm, before, marker)) {
        return true;
      }
    }
    int after = rules.afterDestination(norm, match.end());
    if (rules.destinationByConstruction(norm, before, after)) {
      return true;
    }
    for (String filler : pack.markers(MarkerRole.DESTINATION_AFTER_FILLER)) {
      if (norm.startsWith(filler, after)) {
        after += filler.length(); // 경상남도|의회|를 방문, 県|庁|を訪問: the place's own institution
        break;
      }
    }
    for (String marker : pack.markers(MarkerRole.DESTINATION_AFTER)) {
      if (norm.startsWith(marker, after)) {
        // X에서 온: a destination word that begins an origin word is the origin word.
        return !startsWithAny(norm, after, pack.markers(MarkerRole.ORIGIN_AFTER));
      }
    }
    return false;
  }

  private static boolean startsWithAny(String norm, int at, String[] markers) {
    for (String marker : markers) {
      if (norm.startsWith(marker, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean computeOriginMarked(String norm, PlaceMatch match, LanguagePack pack) {
    int before = pack.rules().beforeOrigin(norm, match.start()); // делегация из Южной Кореи
    String[] originBefore = pack.markers(MarkerRole.ORIGIN_BEFORE);
    for (String marker : originBefore) {
      if (endsWithAt(norm, before, marker)) {
        return true;
      }
    }
    for (String filler : pack.markers(MarkerRole.ORIGIN_BEFORE_FILLER)) {
      if (endsWithAt(norm, before, filler)) {
        before -= filler.length();
        for (String marker : originBefore) {
          if (endsWithAt(norm, before, marker)) {
            return true;
          }
        }
        break;
      }
    }
    return startsWithAny(norm, pack.rules().afterOrigin(norm, match.end()), pack.markers(MarkerRole.ORIGIN_AFTER));
  }

  private static boolean endsWithAt(String norm, int end, String marker) {
    int start = end - marker.length();
    if (start < 0 || !norm.startsWith(marker, start)) {
      return false;
    }
    // A marker that starts a word ("в ", "to ") must not be the tail of another ("чиновников ", "into ").
    char first = marker.charAt(0);
    boolean wordMarker = first < 0x3000 && Character.isLetter(first);
    return !wordMarker || start == 0 || !Character.isLetter(norm.charAt(start - 1));
  }

  /** An event with its counterpart from the same sentence, or the previous one when this one points back. */
  private static Event event(Doc doc, Sentence sentence, Sentence previous, EventKind kind, TriggerHit hit,
      double confidence, int count) {
    String code = null;
    CounterpartType type = null;
    PlaceMatch where = hit == null ? null : whereOf(doc, sentence, hit);
    List<Sentence> scope = new ArrayList<>(2);
    scope.add(sentence);
    if (previous != null && sentence.has(TriggerKind.ANAPHOR)) {
      scope.add(previous);
    }
    outer:
    for (Sentence s : scope) {
      if (where != null && s == sentence) {
        Doc.Role role = doc.role(where);
        if (role == Doc.Role.FOREIGN) {
          code = doc.foreignCode(where);
          type = CounterpartType.COUNTRY;
          break;
        }
        if (role == Doc.Role.DOMESTIC) {
          code = where.chinese().provinceCode();
          type = CounterpartType.PROVINCE;
          break;
        }
      }
      for (PlaceMatch match : s.places) {
        Doc.Role role = doc.role(match);
        if (role == Doc.Role.FOREIGN && doc.foreignCode(match) != null) {
          code = doc.foreignCode(match);
          type = CounterpartType.COUNTRY;
          break outer;
        }
      }
      for (PlaceMatch match : s.places) {
        if (doc.role(match) == Doc.Role.DOMESTIC) {
          code = match.chinese().provinceCode();
          type = CounterpartType.PROVINCE;
          break outer;
        }
      }
    }
    LocalDate date = dayOf(doc, sentence);
    return new Event(kind, code, type, date, date != null ? Integer.valueOf(date.getYear()) : doc.activityYear,
        Math.max(1, count), Math.max(0, Math.min(1, confidence)), sentence.evidence(doc.original));
  }

  /** The day the sentence gives for its act (its year, else the activity year), or null. */
  private static LocalDate dayOf(Doc doc, Sentence sentence) {
    for (DateParser.DateMention mention : doc.dateMentions(sentence)) {
      if (mention.month() == null || mention.day() == null) {
        continue;
      }
      Integer year = mention.year() != null ? mention.year() : doc.activityYear;
      if (year != null) {
        LocalDate date = DateParser.make(year, mention.month(), mention.day(), null);
        if (date != null && !date.equals(doc.publishDate)) {
          return date;
        }
      }
    }
    return null;
  }
}
