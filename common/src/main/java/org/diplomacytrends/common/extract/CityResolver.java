package org.diplomacytrends.common.extract;

import java.util.HashMap;
import java.util.Map;
import org.diplomacytrends.common.gazetteer.Place;
import org.diplomacytrends.common.gazetteer.PlaceKind;
import org.diplomacytrends.common.gazetteer.PlaceMatch;
import org.diplomacytrends.common.lang.LanguagePack;
import org.diplomacytrends.common.lang.MarkerRole;

/**
 * The city at the centre of an article about a province: the most named city of that province
 * when it is named at least as often as the province itself (or is where the reported visit
 * went); null when the article is about the province as a whole.
 */
final class CityResolver {
  private CityResolver() {}

  static String resolve(Doc doc, String province) {
    Map<String, Double> cityScores = new HashMap<>();
    double provinceScore = 0;
    String destinationCity = null;
    for (Sentence sentence : doc.sentences) {
      double weight = sentence.inTitle ? 2 : 1;
      for (PlaceMatch match : sentence.places) {
        Place place = match.chinese();
        if (place == null || !province.equals(place.provinceCode())) {
          continue;
        }
        if (place.kind() == PlaceKind.PROVINCE) {
          provinceScore += weight * (SubjectResolver.namesOfficial(doc, sentence, match) ? 1.5 : 1);
        } else if (place.nameEn() != null) {
          double cityWeight = place.kind() == PlaceKind.COUNTY ? 0.8 : 1.0;
          boolean destination = isVisitDestination(doc, sentence, match);
          if (!destination && isVenue(doc.norm, match, sentence.pack()) && !SubjectResolver.namesOfficial(doc, sentence, match)) {
            // "met the consul in Nanning", "長春市で会談": the capital as venue of a provincial act.
            cityWeight *= 0.5;
          }
          cityScores.merge(place.nameEn(), weight * cityWeight, Double::sum);
          if (destinationCity == null && destination) {
            destinationCity = place.nameEn();
          }
        }
      }
    }
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Double> entry : cityScores.entrySet()) {
      if (entry.getValue() > bestScore || entry.getValue() == bestScore && best != null
          && entry.getKey().compareTo(best) < 0) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    if (best == null) {
      return null;
    }
    // Where the reported visit or inspection went is the centre of the article.
    // A stop on a province-level trip (the delegation also toured an institute in the capital) is not.
    if (destinationCity != null && cityScores.get(destinationCity) >= 2
        && cityScores.get(destinationCity) * 2 >= provinceScore) {
      return destinationCity;
    }
    return bestScore >= 2 && bestScore >= provinceScore ? best : null;
  }

  /** True when the city is named as where something happened ("in X", 在X, Xで, X에서), not as an actor. */
  private static boolean isVenue(String norm, PlaceMatch match, LanguagePack pack) {
    for (String marker : pack.markers(MarkerRole.VENUE_BEFORE)) {
      int start = match.start() - marker.length();
      if (start >= 0 && norm.regionMatches(true, start, marker, 0, marker.length())) {
        return true;
      }
    }
    int after = pack.rules().afterCity(norm, match.end());
    for (String marker : pack.markers(MarkerRole.VENUE_AFTER)) {
      if (norm.startsWith(marker, after)) {
        return true;
      }
    }
    return false;
  }

  /** True when a visit, trip or inspection in the sentence goes to this city (meetings do not count). */
  private static boolean isVisitDestination(Doc doc, Sentence sentence, PlaceMatch match) {
    for (TriggerHit hit : sentence.triggers) {
      TriggerKind kind = hit.kind();
      if (kind != TriggerKind.VISIT && kind != TriggerKind.GO_TO && kind != TriggerKind.INSPECTION
          && kind != TriggerKind.VISIT_IN) {
        continue;
      }
      if (EventDetector.whereOf(doc, sentence, hit) == match) {
        return true;
      }
    }
    return false;
  }
}
