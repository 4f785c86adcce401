package org.diplomacytrends.common.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.diplomacytrends.common.gazetteer.Gazetteer;
import org.diplomacytrends.common.gazetteer.Place;
import org.diplomacytrends.common.gazetteer.PlaceKind;
import org.diplomacytrends.common.gazetteer.PlaceMatch;
import org.diplomacytrends.common.model.Evidence;
import org.diplomacytrends.common.model.Language;

/**
 * Decides the subject province and city by salience: mentions (a city counts for its province),
 * weighted up in the title and the first sentences and when an office or official of the region
 * is named with it, weighted down when the region is the recipient of paired assistance. No
 * subject when the text has no foreign-affairs content at all.
 */
final class SubjectResolver {
  private static final double MIN_SCORE = 1.0;

  record Subject(String provinceCode, String provinceName, String city, Evidence evidence) {}

  private SubjectResolver() {}

  static Subject resolve(Doc doc, Gazetteer gazetteer) {
    dropUnsupportedWeak(doc);
    Map<String, Sentence> bestEvidence = new HashMap<>();
    Map<String, Double> bestWeights = new HashMap<>();
    Set<String> withOfficials = new HashSet<>();
    Map<String, Double> scores = scores(doc, bestEvidence, bestWeights, withOfficials);
    applyPublisher(doc, gazetteer, scores, bestWeights);
    return choose(doc, gazetteer, scores, bestEvidence, withOfficials);
  }

  /**
   * How much it weighs that the article stands on a province's own government site: every mention
   * counts three times, as in a headline, so the publisher outweighs a visiting delegation that the
   * text names more often.
   */
  private static final double PUBLISHER_FACTOR = 3.0;
  private static final String GOVERNMENT_SITES = ".gov.cn";
  private static final Map<String, String> SITE_LABELS = siteLabels();

  /**
   * A province's government site (sc.gov.cn, wb.zj.gov.cn, www.hangzhou.gov.cn) writes from that
   * province's side: "the Chongqing delegation visited Sichuan" on sc.gov.cn is Sichuan's reception
   * of a domestic delegation. Counts only for a province the text itself names.
   */
  private static void applyPublisher(Doc doc, Gazetteer gazetteer, Map<String, Double> scores,
      Map<String, Double> bestWeights) {
    String province = publisherProvince(doc.url, gazetteer);
    if (province == null || !scores.containsKey(province)) {
      return;
    }
    double score = scores.get(province) * PUBLISHER_FACTOR;
    if (bestWeights.getOrDefault(province, 0.0) >= TITLE_WEIGHT) {
      // Named in the headline of its own site's article: the article is about it.
      for (double other : scores.values()) {
        score = Math.max(score, other + 1);
      }
    }
    scores.put(province, score);
  }

  /** The province whose government site a URL is on, or null. */
  static String publisherProvince(String url, Gazetteer gazetteer) {
    if (url == null) {
      return null;
    }
    String host = Doc.hostOf(url);
    if (!host.endsWith(GOVERNMENT_SITES)) {
      return null;
    }
    String[] labels = host.substring(0, host.length() - GOVERNMENT_SITES.length()).split("\\.");
    for (int i = labels.length - 1; i >= 0; i--) {
      String province = SITE_LABELS.get(labels[i]);
      if (province != null) {
        return province;
      }
      for (org.diplomacytrends.common.gazetteer.Alias alias
          : gazetteer.aliasesByKey().getOrDefault(labels[i], java.util.List.of())) {
        Place place = alias.place();
        if (place.kind() == PlaceKind.PROVINCE || place.kind() == PlaceKind.PREFECTURE) {
          return place.provinceCode();
        }
      }
    }
    return null;
  }

  private static Map<String, String> siteLabels() {
    String resource = Gazetteer.RESOURCE_DIR + "cn_site_domains.tsv";
    Map<String, String> labels = new HashMap<>();
    try (java.io.InputStream in = SubjectResolver.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      java.io.BufferedReader reader = new java.io.BufferedReader(
          new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t");
        if (line.startsWith("#") || cells.length < 2 || cells[0].equals("label")) {
          continue;
        }
        labels.put(cells[0].strip(), cells[1].strip());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
    return labels;
  }

  /** Salience of each province named in the text. */
  static Map<String, Double> scores(Doc doc, Map<String, Sentence> bestEvidence) {
    return scores(doc, bestEvidence, new HashMap<>(), new HashSet<>());
  }

  /**
   * Salience of each province named in the text; {@code bestEvidenceWeight} gets each one's
   * weightiest mention, {@code withOfficials} the provinces named with an official or office of theirs.
   */
  private static Map<String, Double> scores(Doc doc, Map<String, Sentence> bestEvidence,
      Map<String, Double> bestEvidenceWeight, Set<String> withOfficials) {
    Map<String, Double> scores = new HashMap<>();
    for (Sentence sentence : doc.sentences) {
      for (PlaceMatch match : sentence.places) {
        Place place = match.chinese();
        if (place == null) {
          continue;
        }
        if (match.country() != null && !Doc.OUTSIDE_MAINLAND.contains(place.provinceCode())) {
          // A spelling shared with a foreign place is no evidence for the Chinese one.
          continue;
        }
        double weight = place.kind() == PlaceKind.COUNTY ? 0.3 : 1.0;
        if (match.weak()) {
          weight *= 0.5;
        }
        if (sentence.inTitle) {
          weight *= TITLE_WEIGHT;
        } else if (sentence.index < doc.firstBody + 2) {
          weight *= 1.5;
        }
        if (namesOfficial(doc, sentence, match)) {
          weight *= 2;
          withOfficials.add(place.provinceCode());
        }
        if (isAssistanceRecipient(doc.norm, match)) {
          weight *= 0.2;
        }
        String province = place.provinceCode();
        scores.merge(province, weight, Double::sum);
        if (weight > bestEvidenceWeight.getOrDefault(province, 0.0)) {
          bestEvidenceWeight.put(province, weight);
          bestEvidence.put(province, sentence);
        }
      }
    }
    applyWriterSide(doc, scores);
    return scores;
  }

  /** Weight of a mention in the title (see {@link #scores}). */
  private static final double TITLE_WEIGHT = 3.0;

  private static Subject choose(Doc doc, Gazetteer gazetteer, Map<String, Double> scores, Map<String, Sentence> bestEvidence,
      Set<String> withOfficials) {
    boolean mainlandOfficials = false;
    for (String province : withOfficials) {
      mainlandOfficials |= !Doc.OUTSIDE_MAINLAND.contains(province);
    }
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Double> entry : scores.entrySet()) {
      String province = entry.getKey();
      // Hong Kong, Macao and Taiwan lose to a mainland province, unless their own officials act
      // and the mainland is only where they go (香港特区行政长官在北京, マカオの行政長官は成都で).
      boolean discounted = Doc.OUTSIDE_MAINLAND.contains(province)
          && (!withOfficials.contains(province) || mainlandOfficials);
      double score = discounted ? entry.getValue() * 0.3 : entry.getValue();
      if (score > bestScore || score == bestScore && best != null && province.compareTo(best) < 0) {
        best = province;
        bestScore = score;
      }
    }
    if (best == null || bestScore < MIN_SCORE || !aboutForeignAffairs(doc) || tiedAtTop(scores, bestScore)) {
      return null;
    }
    Place province = gazetteer.province(best);
    String name = province == null ? null : province.nameEn();
    Sentence evidence = bestEvidence.get(best);
    doc.subject = best;
    String city = Doc.MUNICIPALITIES.contains(best) ? null : CityResolver.resolve(doc, best);
    return new Subject(best, name, city, evidence == null ? null : evidence.evidence(doc.original));
  }

  /** Provinces sharing the top score that make a text about China at large, not one of them. */
  private static final int TIED_PROVINCES = 3;

  /** Whether several provinces share the top score: a list of provinces (a national forum's), no subject. */
  private static boolean tiedAtTop(Map<String, Double> scores, double bestScore) {
    int tied = 0;
    for (double score : scores.values()) {
      tied += Math.abs(score - bestScore) < 1e-9 ? 1 : 0;
    }
    return tied >= TIED_PROVINCES;
  }

  /** How much the writer's side weighs: "来X" (came here, to X) and "X…赴Y" (X's people went to Y). */
  private static final double WRITER_SIDE = 4.0;
  /** The other side of such a trip weighs less: it is the partner. */
  private static final double VISITOR_FACTOR = 0.7;

  /**
   * Chinese verbs of motion say where the writer stands: 来杭 means the text is written in Hangzhou,
   * 忻州…赴舟山 that it is about Xinzhou's people. The recipient of paired assistance (援藏,
   * チベット援助, 六盘水への扶助) is the partner, not the subject.
   */
  private static void applyWriterSide(Doc doc, Map<String, Double> scores) {
    Set<String> recipients = new HashSet<>();
    Map<String, Double> factors = new HashMap<>();
    for (Sentence sentence : doc.sentences) {
      boolean chinese = sentence.language == Language.ZH;
      for (PlaceMatch match : sentence.places) {
        Place place = match.chinese();
        if (place == null) {
          continue;
        }
        if (chinese && match.start() > 0 && doc.norm.charAt(match.start() - 1) == '来') {
          // X…来Y: written in Y; X's delegation is the visitor.
          scores.merge(place.provinceCode(), WRITER_SIDE, Double::sum);
          PlaceMatch visitor = actorBefore(doc, sentence, match.start(), place.provinceCode());
          if (visitor == null && sentence.index > 0) {
            // A title broken over two lines: "福建省外办副主任陈国全一行 / 来杭交流调研".
            Sentence previous = doc.sentences.get(sentence.index - 1);
            visitor = actorBefore(doc, previous, previous.end, place.provinceCode());
          }
          if (visitor != null) {
            factors.put(visitor.chinese().provinceCode(), VISITOR_FACTOR);
          }
        }
        if (isAssistanceRecipient(doc.norm, match)) {
          recipients.add(place.provinceCode());
        }
      }
      if (!chinese) {
        travellerSide(doc, sentence, scores, factors);
      }
      for (TriggerHit hit : sentence.triggers) {
        if (hit.kind() != TriggerKind.GO_TO || !chinese) {
          continue;
        }
        PlaceMatch actor = actorBefore(doc, sentence, hit.start(), null);
        if (actor == null) {
          continue;
        }
        // X…赴Y: about X's people; Y is where they went.
        String home = actor.chinese().provinceCode();
        scores.merge(home, WRITER_SIDE, Double::sum);
        for (PlaceMatch match : sentence.places) {
          if (match.start() >= hit.end() && match.start() - hit.end() <= 4 && match.chinese() != null
              && !match.chinese().provinceCode().equals(home)) {
            factors.put(match.chinese().provinceCode(), VISITOR_FACTOR);
          }
        }
      }
    }
    factors.forEach((province, factor) -> scores.computeIfPresent(province, (k, v) -> v * factor));
    if (recipients.size() < scores.size()) {
      for (String recipient : recipients) {
        scores.computeIfPresent(recipient, (k, v) -> v * 0.5);
      }
    }
  }

  /**
   * The other languages say who travels the same way: "浙江省外事弁公室代表団が四川省を訪問",
   * "the Zhejiang delegation visited Sichuan", "делегация X посетила Y". The region whose office
   * or delegation is named before a visit verb is the one the report is about; the Chinese
   * region marked as the destination is its domestic partner.
   */
  private static void travellerSide(Doc doc, Sentence sentence, Map<String, Double> scores, Map<String, Double> factors) {
    for (TriggerHit hit : sentence.triggers) {
      // A verb of travel says who travels (visited, went to, arrived in). Japanese へ考察 and Korean
      // motion endings are tagged GO_TO too but head no clause: host-side reports use them for guests.
      if (hit.kind() != TriggerKind.VISIT && !(hit.kind() == TriggerKind.GO_TO && !sentence.verbFinal())) {
        continue;
      }
      PlaceMatch actor = actorBefore(doc, sentence, hit.start(), null);
      if (actor == null) {
        continue;
      }
      String home = actor.chinese().provinceCode();
      PlaceMatch destination = null;
      for (PlaceMatch match : sentence.places) {
        if (match.chinese() != null && match.country() == null && !home.equals(match.chinese().provinceCode())
            && match.start() > actor.end() && EventDetector.isDestinationMarked(doc.norm, match, sentence.language)
            && !EventDetector.isOriginMarked(doc.norm, match)) {
          destination = match;
          break;
        }
      }
      if (destination == null) {
        continue;
      }
      scores.merge(home, WRITER_SIDE, Double::sum);
      factors.put(destination.chinese().provinceCode(), VISITOR_FACTOR);
      return; // one trip per sentence
    }
  }

  /** The last Chinese region named with an office or official before an offset (the actor), or null. */
  private static PlaceMatch actorBefore(Doc doc, Sentence sentence, int offset, String except) {
    PlaceMatch actor = null;
    for (PlaceMatch match : sentence.places) {
      if (match.end() <= offset && match.chinese() != null && namesOfficial(doc, sentence, match)
          && !match.chinese().provinceCode().equals(except)) {
        actor = match;
      }
    }
    return actor;
  }

  /** Weak (short) aliases count only when the same place is named strongly somewhere in the text. */
  private static void dropUnsupportedWeak(Doc doc) {
    Set<String> strongProvinces = new HashSet<>();
    Set<String> strongCountries = new HashSet<>();
    for (Sentence sentence : doc.sentences) {
      for (PlaceMatch match : sentence.places) {
        if (!match.weak()) {
          Place chinese = match.chinese();
          if (chinese != null) {
            strongProvinces.add(chinese.provinceCode());
          }
          String country = match.country();
          if (country != null) {
            strongCountries.add(country);
          }
        }
      }
    }
    for (Sentence sentence : doc.sentences) {
      for (Iterator<PlaceMatch> it = sentence.places.iterator(); it.hasNext(); ) {
        PlaceMatch match = it.next();
        if (!match.weak()) {
          continue;
        }
        Place chinese = match.chinese();
        String country = match.country();
        boolean supported = chinese != null && strongProvinces.contains(chinese.provinceCode())
            || country != null && strongCountries.contains(country);
        if (!supported) {
          it.remove();
        }
      }
    }
  }

  /** True when an office or official of the region is named right next to it (省外办, 省长, governor of). */
  static boolean namesOfficial(Doc doc, Sentence sentence, PlaceMatch match) {
    boolean latinOrder = sentence.language == Language.EN || sentence.language == Language.RU;
    // Chinese titles follow the name directly (舟山市外办, 省委书记); Japanese and Korean put a name
    // or particle between (北海道の辻副知事, 길림성 당위); English and Russian put the title first.
    int reachAfter = sentence.language == Language.ZH ? 1 : 8;
    for (TriggerHit hit : sentence.triggers) {
      if (hit.kind() != TriggerKind.OFFICIAL) {
        continue;
      }
      if (hit.start() >= match.end() && hit.start() - match.end() <= reachAfter) {
        return true;
      }
      if (latinOrder && hit.end() <= match.start() && match.start() - hit.end() <= 25) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAssistanceRecipient(String norm, PlaceMatch match) {
    int s = match.start();
    int e = match.end();
    if (s > 0 && norm.charAt(s - 1) == '援') {
      return true;
    }
    if (s >= 2 && (norm.startsWith("帮扶", s - 2) || norm.startsWith("支援", s - 2) || norm.startsWith("扶助", s - 2))) {
      return true;
    }
    return norm.startsWith("援助", e) || norm.startsWith("への援助", e) || norm.startsWith("援", e)
        || norm.startsWith("扶助", e) || norm.startsWith("への扶助", e);
  }

  /** True when the text speaks of foreign affairs at all (a central leader's domestic tour does not). */
  private static boolean aboutForeignAffairs(Doc doc) {
    for (Sentence sentence : doc.sentences) {
      if (sentence.has(TriggerKind.NATIONAL)) {
        continue;
      }
      if (sentence.has(TriggerKind.FOREIGN_AFFAIRS) || sentence.has(TriggerKind.DIPLOMAT)) {
        return true;
      }
      if (sentence.hasAct()) {
        for (PlaceMatch match : sentence.places) {
          String country = match.country();
          if (country != null && !country.equals("CHN") && match.chinese() == null) {
            return true;
          }
        }
        // Inter-regional exchange: assistance, a work trip, or a delegation or official travelling between two regions.
        if ((sentence.has(TriggerKind.ASSISTANCE) || sentence.has(TriggerKind.INSPECTION)
            || (sentence.has(TriggerKind.DELEGATION_NOUN) || sentence.has(TriggerKind.OFFICIAL))
                && (sentence.has(TriggerKind.VISIT) || sentence.has(TriggerKind.GO_TO)))
            && sentence.places.stream().filter(p -> p.chinese() != null).map(p -> p.chinese().provinceCode())
                .distinct().count() >= 2) {
          return true;
        }
      }
    }
    return false;
  }
}
