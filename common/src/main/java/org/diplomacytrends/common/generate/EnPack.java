package org.diplomacytrends.common.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** English templates in the style of provincial news sites and wire copy. */
final class EnPack extends LanguagePack {
  private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve"};
  private static final String[] OFFICIALS = {"Governor", "Vice Governor", "Director of the Foreign Affairs Office",
      "Executive Vice Governor"};

  @Override
  String code() {
    return "en";
  }

  @Override
  String[] outbound() {
    return new String[] {
      "From {D1} to {D2}, a {Pn} provincial government delegation led by the {OFF} of {P} visited {C}.",
      "The {OFF} of {P} led a delegation to {C} on {D1} to promote trade and investment.",
      "At the invitation of the government of {C}, the {OFF} of {P} paid an official visit to {C} from {D1} to {D2}.",
      "On {D1}, the {OFF} of {P} arrived in {C} at the head of a trade delegation.",
      "A delegation headed by the {OFF} of {P} travelled to {C} on {D1} for talks on green energy and logistics.",
      "The {OFF} of {P} began a {DAYS}-day visit to {C} on {D1}.",
      "From {D1} to {D2}, the {OFF} of {P} toured {C} with provincial officials and entrepreneurs.",
      "On {D1}, a {Pn} delegation led by the {OFF} of {P} visited {C} to deepen local cooperation.",
    };
  }

  @Override
  String[] inbound() {
    return new String[] {
      "On {D1}, the {OFF} of {P} met a visiting government delegation from {C}.",
      "A government delegation from {C} visited {P} from {D1} to {D2} and was received by the {OFF} of {P}.",
      "The ambassador of {C} to China paid a visit to {P} on {D1} and held talks with the {OFF} of {P}.",
      "On {D1}, the {OFF} of {P} received a business delegation from {C} that was visiting the province.",
      "Officials from {C} arrived in {P} on {D1} for a {DAYS}-day visit hosted by the {OFF} of {P}.",
      "The {OFF} of {P} welcomed a delegation of lawmakers from {C} to {P} on {D1}.",
      "On {D1}, a delegation from {C} came to {P} for talks with the {OFF} of {P} on trade and tourism.",
      "From {D1} to {D2}, a friendship delegation from {C} visited {P}, where the {OFF} of {P} met its members.",
    };
  }

  @Override
  String[] domestic() {
    return new String[] {
      "From {D1} to {D2}, the {OFF} of {P} led a delegation to {Q} on a research trip on foreign affairs work.",
      "On {D1}, a foreign affairs delegation headed by the {OFF} of {P} travelled to {Q} on a study tour.",
      "The {OFF} of {P} visited {Q} on {D1} to learn from its experience in sister-city exchanges.",
      "On {D1}, officials led by the {OFF} of {P} went to {Q} on a fact-finding trip on services for foreign-invested firms.",
      "A study delegation headed by the {OFF} of {P} toured {Q} from {D1} to {D2}.",
      "On {D1}, the {OFF} of {P} arrived in {Q} at the head of a delegation studying its international exchange programmes.",
      "From {D1} to {D2}, the {OFF} of {P} took a foreign affairs team to {Q} for an inspection of its port services.",
      "The {OFF} of {P} travelled to {Q} on {D1} with a delegation on a research trip about paired assistance.",
    };
  }

  @Override
  String[] agreement() {
    return new String[] {
      "On {D1}, {P} and {C} signed {NAGR} covering trade, education and tourism.",
      "The {OFF} of {P} and officials from {C} signed {NAGR} in the provincial capital on {D1}.",
      "Companies and institutions from {P} and {C} signed {NAGR} on {D1}.",
      "On {D1}, the government of {P} signed {NMOU} with partners from {C}.",
      "A total of {NAGR} {WERE} signed between {P} and {C} on {D1}, covering agriculture and logistics.",
      "On {D1}, {P} inked {NAGR} with {C} in energy and agriculture.",
      "The {OFF} of {P} witnessed the signing of {NAGR} between {P} and {C} on {D1}.",
      "On {D1}, {P} and regional authorities of {C} concluded {NAGR} on trade and investment.",
    };
  }

  @Override
  String[] titles() {
    return new String[] {
      "{P} deepens local cooperation with {X}",
      "{P} and {X}: closer ties at the local level",
      "Foreign affairs briefing: {P} and {X}",
      "{P} steps up exchanges with {X}",
      "New chapter for {P} and {X}",
      "{P} and {X} look to broader partnership",
      "{P} strengthens friendship with {X}",
      "{P}, {X} eye green energy and trade",
    };
  }

  @Override
  String[] localTitles() {
    return new String[] {
      "First snow of the winter blankets the city",
      "Schools ready for the autumn term",
      "New bus routes shorten commutes",
      "Library hosts weekend reading program for families",
      "Summer grain purchases proceed smoothly",
      "Old housing renovation more than half done",
      "Health officials issue flu season advice",
      "Power demand hits summer high",
    };
  }

  @Override
  String[] siteHeaders() {
    return new String[] {"News | Local", "Home > News > Regional", "Provincial News Center | News | Society",
        "Home | Latest"};
  }

  @Override
  String[] filler() {
    return new String[] {
      "Forecasters expect mostly cloudy skies over the next three days, with highs around {n1} degrees Celsius and cooler evenings.",
      "The municipal transport bureau said {n1} new bus routes have opened this year and {n2} others were adjusted to shorten waiting times.",
      "Primary and middle schools across the city enrolled about {n1} new pupils this autumn, according to the education bureau.",
      "Health authorities reminded residents that the flu season has begun and advised older people and children to avoid crowded places.",
      "Farmers in the surrounding counties have finished the summer harvest, and grain purchases are proceeding smoothly, the agriculture bureau said.",
      "More than {n1} sanitation workers cleared snow and ice from main roads overnight to keep traffic moving.",
      "The city library will hold a weekend reading program for parents and children, with picture books and craft workshops.",
      "Peak electricity demand reached {n1} megawatts this week, and the grid operator said supply remained stable.",
      "Market regulators sampled food from {n1} wet markets last month and found nearly all samples met safety standards.",
      "The renovated swimming hall at the city sports center has reopened and is open daily from 9 am to 9 pm.",
      "Work on {n1} old residential compounds is more than half finished, benefiting about {n2} households.",
      "Fire officials urged residents not to charge electric bicycles in stairwells and to check household wiring regularly.",
    };
  }

  @Override
  String[] footers() {
    return new String[] {"Editor: Li Wei", "Source: provincial news center", "(Editing by Chen Jing)", "Related: Weather"};
  }

  @Override
  String dateLine(LocalDateTime t, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.format("%tF %<tR", t);
      case 1 -> String.format("Updated: %s %d, %d %tR", month(t.toLocalDate()), t.getDayOfMonth(), t.getYear(), t);
      default -> String.format("Published %tF", t);
    };
  }

  private static String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  @Override
  String day(LocalDate date) {
    return month(date) + " " + date.getDayOfMonth();
  }

  @Override
  void factSlots(GeneratedFact fact, Vocabulary.Province subject, SplittableRandom random, Map<String, String> slots) {
    slots.put("P", random.nextBoolean() ? subject.en() + " Province" : subject.en());
    slots.put("Pn", subject.en());
    slots.put("OFF", pick(OFFICIALS, random));
    slots.put("DAYS", WORDS[random.nextInt(3, 7)]);
    if (fact.countryCode() != null) {
      slots.put("C", Vocabulary.country(fact.countryCode()).en());
    }
    if (fact.provinceCode() != null) {
      slots.put("Q", Vocabulary.province(fact.provinceCode()).en() + " Province");
    }
    int n = fact.count();
    String number = n <= 9 || random.nextBoolean() ? WORDS[n] : Integer.toString(n);
    slots.put("NAGR", number + (n == 1 ? " cooperation agreement" : " cooperation agreements"));
    slots.put("WERE", n == 1 ? "was" : "were");
    slots.put("NMOU", number + (n == 1 ? " memorandum of understanding" : " memorandums of understanding"));
  }

  @Override
  String counterpartName(GeneratedFact fact) {
    return fact.countryCode() != null ? Vocabulary.country(fact.countryCode()).en()
        : Vocabulary.province(fact.provinceCode()).en();
  }

  @Override
  String provinceName(Vocabulary.Province province) {
    return province.en();
  }
}
