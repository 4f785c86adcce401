package org.diplomacytrends.common.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplomacytrends.common.gazetteer.Place;
import org.diplomacytrends.common.gazetteer.PlaceMatch;

/** The per-document analysis state the resolvers share. */
final class Doc {
  final String original;
  final String norm;
  final List<Sentence> sentences;
  /** Index of the first sentence after the title. */
  final int firstBody;
  LocalDate publishDate;
  /** The article's address from the metadata, or null. */
  String url;
  /** A date in the article's URL path (metadata, not printed in the text): a reference for years only. */
  LocalDate urlDate;
  Integer activityYear;
  String subject;
  /** Set once partners are known: a text with foreign counterparts has outsiders visiting. */
  boolean hasForeignPartners;
  /**
   * Set once partners are known: the text is written from a foreign region's side (the foreign
   * side's regional press), so a visit that names no destination goes to the writer's home.
   */
  boolean foreignHome;
  /** Province-level cities and regions without prefecture-level cities of their own: no city is reported. */
  static final Set<String> MUNICIPALITIES = Set.of("CN-BJ", "CN-SH", "CN-TJ", "CN-CQ", "CN-HK", "CN-MO", "CN-TW");
  static final Set<String> OUTSIDE_MAINLAND = Set.of("CN-HK", "CN-MO", "CN-TW");


  Doc(String original, String norm, List<Sentence> sentences, int firstBody) {
    this.original = original;
    this.norm = norm;
    this.sentences = sentences;
    this.firstBody = firstBody;
  }

  private List<DateParser.DateMention> dateMentions;

  /** Date mentions of the whole text, computed once. */
  List<DateParser.DateMention> dateMentions() {
    if (dateMentions == null) {
      dateMentions = DateParser.mentions(norm, 0, norm.length());
    }
    return dateMentions;
  }

  /** Date mentions inside a sentence. */
  List<DateParser.DateMention> dateMentions(Sentence sentence) {
    List<DateParser.DateMention> all = dateMentions();
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() < sentence.start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < all.size() && all.get(end).start() < sentence.end) {
      end++;
    }
    return all.subList(lo, end);
  }

  /** True when the article's address is on a Chinese site (a host under .cn): written from China's side. */
  boolean onChineseSite() {
    return url != null && hostOf(url).endsWith(".cn");
  }

  /** The host of an address, lower case ("http://www.sc.gov.cn/x" → "www.sc.gov.cn"). */
  static String hostOf(String url) {
    int hostStart = url.indexOf("://");
    hostStart = hostStart < 0 ? 0 : hostStart + 3;
    int hostEnd = hostStart;
    while (hostEnd < url.length() && "/:?#".indexOf(url.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    return url.substring(hostStart, hostEnd).toLowerCase(java.util.Locale.ROOT);
  }

  /** How a place stands to the subject region. */
  enum Role { SUBJECT, DOMESTIC, FOREIGN, CHINA, NONE }

  Role role(PlaceMatch match) {
    Place chinese = match.chinese();
    String country = match.country();
    if (chinese != null) {
      String province = chinese.provinceCode();
      if (subject != null && province.equals(subject)) {
        return Role.SUBJECT;
      }
      if (OUTSIDE_MAINLAND.contains(province) && subject != null && !OUTSIDE_MAINLAND.contains(subject)) {
        return Role.FOREIGN;
      }
      return Role.DOMESTIC;
    }
    if (country != null) {
      return country.equals("CHN") ? Role.CHINA : Role.FOREIGN;
    }
    return Role.NONE;
  }

  /**
   * Every country a foreign match names: both of a pair word that joins two foreign countries
   * (日韓, 日韩: Japan and Korea), else the one {@link #foreignCode}.
   */
  java.util.List<String> foreignCodes(PlaceMatch match) {
    java.util.Set<String> pair = new java.util.LinkedHashSet<>();
    for (org.diplomacytrends.common.gazetteer.Alias alias : match.aliases()) {
      if (alias.place().kind() != org.diplomacytrends.common.gazetteer.PlaceKind.BILATERAL) {
        pair.clear();
        break;
      }
      pair.add(alias.place().countryCode());
    }
    if (pair.size() > 1 && !pair.contains(null)) {
      return new java.util.ArrayList<>(pair);
    }
    String code = foreignCode(match);
    return code == null ? java.util.List.of() : java.util.List.of(code);
  }

  /** The partner code of a foreign match (HK/MO/TW divisions map to HKG/MAC/TWN). */
  String foreignCode(PlaceMatch match) {
    String country = match.country();
    if (country != null && !country.equals("CHN")) {
      return country;
    }
    Place chinese = match.chinese();
    if (chinese != null) {
      return switch (chinese.provinceCode()) {
        case "CN-HK" -> "HKG";
        case "CN-MO" -> "MAC";
        case "CN-TW" -> "TWN";
        default -> null;
      };
    }
    return null;
  }

}
