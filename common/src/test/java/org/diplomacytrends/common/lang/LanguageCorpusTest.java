package org.diplomacytrends.common.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.model.Actor;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import org.diplomacytrends.common.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered language's example corpus ({@code lang/<xx>/examples.jsonl}), one test case per
 * example: the text, and the facts the extractor must find in it. A field left out is not
 * checked; an empty list or 0 means "none" (the negatives: page furniture, invitations, national
 * leaders, cancelled or online acts, background). An example with {@code "pending"} states a known
 * gap: it is reported as skipped with its reason, never counted as passing.
 *
 * <p>Fields: {@code text}; {@code subject} (province code); {@code visits} (the exact set of
 * directions); {@code countries} (the exact partner countries); {@code domestic} (the exact
 * domestic partner provinces); {@code agreements} (the count); {@code actors} (the exact set of
 * officials over all facts, as {@code side:rank:name}, with {@code -} for a title named without a
 * name); {@code why}; {@code pending}.
 */
class LanguageCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The least a language's corpus holds. */
  private static final int MIN_EXAMPLES = 15;

  record Example(String language, int line, JsonNode fields) {
    @Override
    public String toString() {
      String text = fields.path("text").asText();
      return language + ":" + line + " " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
  }

  static List<Example> examples(LanguagePack pack) throws IOException {
    String resource = LanguagePack.folder(pack.language()) + "examples.jsonl";
    InputStream in = LanguageCorpusTest.class.getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    List<Example> examples = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          examples.add(new Example(pack.language().code(), number, JSON.readTree(line)));
        }
      }
    }
    return examples;
  }

  static Stream<Arguments> allExamples() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (LanguagePack pack : Languages.registered()) {
      for (Example example : examples(pack)) {
        all.add(Arguments.of(example));
      }
    }
    return all.stream();
  }

  @Test
  void everyLanguageHasACorpusWithNegatives() throws IOException {
    for (LanguagePack pack : Languages.registered()) {
      List<Example> examples = examples(pack);
      assertThat(examples).as("examples of %s", pack.language()).hasSizeGreaterThanOrEqualTo(MIN_EXAMPLES);
      assertThat(examples.stream().filter(e -> e.fields().has("visits") && e.fields().get("visits").isEmpty()
              && !e.fields().has("pending")))
          .as("negatives (no visit) of %s", pack.language()).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @ParameterizedTest(name = "{index} {0}")
  @MethodSource("allExamples")
  void extractsTheExpectedFacts(Example example) {
    JsonNode f = example.fields();
    ArticleExtraction x = ArticleExtractor.shared().extract(ArticleInput.ofText("example", f.get("text").asText()));
    boolean matches = matches(f, x);
    if (f.has("pending")) {
      assumeTrue(matches, "known gap: " + f.get("pending").asText());
    }
    String got = "subject=" + x.provinceCode() + " visits=" + x.visitDirections() + " countries=" + x.partnerCountries()
        + " domestic=" + x.domesticPartners() + " agreements=" + x.agreementCount();
    if (f.has("subject")) {
      assertThat(x.provinceCode()).as("subject; got %s", got).isEqualTo(f.get("subject").asText());
    }
    if (f.has("visits")) {
      assertThat(x.visitDirections().stream().map(Enum::name).toList()).as("visits; got %s", got)
          .containsExactlyInAnyOrderElementsOf(strings(f.get("visits")));
    }
    if (f.has("countries")) {
      assertThat(x.partnerCountries()).as("countries; got %s", got).containsExactlyInAnyOrderElementsOf(strings(f.get("countries")));
    }
    if (f.has("domestic")) {
      assertThat(x.domesticPartners()).as("domestic; got %s", got).containsExactlyInAnyOrderElementsOf(strings(f.get("domestic")));
    }
    if (f.has("agreements")) {
      assertThat(x.agreementCount()).as("agreements; got %s", got).isEqualTo(f.get("agreements").asInt());
    }
    if (f.has("actors")) {
      assertThat(actors(x)).as("actors; got %s", got).containsExactlyInAnyOrderElementsOf(strings(f.get("actors")));
    }
  }

  /** The officials of every fact, as side:rank:name. */
  private static Set<String> actors(ArticleExtraction x) {
    Set<String> actors = new TreeSet<>();
    for (Event event : x.events()) {
      for (Actor actor : event.actors()) {
        actors.add(actor.side().code() + ":" + actor.rank().code() + ":" + (actor.name() == null ? "-" : actor.name()));
      }
    }
    return actors;
  }

  private static boolean matches(JsonNode f, ArticleExtraction x) {
    return (!f.has("subject") || f.get("subject").asText().equals(x.provinceCode()))
        && (!f.has("visits") || new TreeSet<>(strings(f.get("visits")))
            .equals(new TreeSet<>(x.visitDirections().stream().map(Enum::name).toList())))
        && (!f.has("countries") || new TreeSet<>(strings(f.get("countries"))).equals(new TreeSet<>(x.partnerCountries())))
        && (!f.has("domestic") || new TreeSet<>(strings(f.get("domestic"))).equals(new TreeSet<>(x.domesticPartners())))
        && (!f.has("agreements") || f.get("agreements").asInt() == x.agreementCount())
        && (!f.has("actors") || new TreeSet<>(strings(f.get("actors"))).equals(actors(x)));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
