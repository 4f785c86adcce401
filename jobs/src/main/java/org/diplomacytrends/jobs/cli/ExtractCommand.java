package org.diplomacytrends.jobs.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.ingest.DocumentParser;
import org.diplomacytrends.common.ingest.IngestOutcome;
import org.diplomacytrends.common.ingest.RawArticle;
import org.diplomacytrends.common.model.ArticleExtraction;
import org.diplomacytrends.common.model.ArticleInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE}: one article's extraction as pretty JSON, to see why a number is what it is. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Prints one article's extraction as JSON: province, city, dates, partners, events with evidence.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A .txt article (any supported encoding) or a .jsonl file.")
  Path file;

  @Option(names = "--line", paramLabel = "N", defaultValue = "1",
      description = "For a .jsonl file: the 1-based line to extract (default: ${DEFAULT-VALUE}).")
  int line;

  @Mixin
  DiplomacyTrendsCli.Verbosity verbosity;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Errors.unreadableArticle(file.toString(), e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
    List<IngestOutcome> outcomes = new DocumentParser().parse(file.toString(), bytes);
    RawArticle article = null;
    for (IngestOutcome outcome : outcomes) {
      if (outcome instanceof IngestOutcome.Accepted a && (a.article().lineNumber() == null || a.article().lineNumber() == line)) {
        article = a.article();
        break;
      }
      if (outcome instanceof IngestOutcome.Rejected r && (r.rejection().lineNumber() == null || r.rejection().lineNumber() == line)) {
        throw Errors.unreadableArticle(file.toString(),
            "it would be quarantined as " + r.rejection().reason().code() + " (" + r.rejection().detail() + ")", null);
      }
    }
    if (article == null) {
      throw Errors.unreadableArticle(file.toString(), "line " + line + " holds no article", null);
    }
    ArticleExtraction extraction = ArticleExtractor.shared().extract(
        new ArticleInput(article.articleId(), article.source(), article.title(), article.text(), article.published(),
            article.lang(), article.url()));
    spec.commandLine().getOut().println(json().writeValueAsString(extraction));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** snake_case keys like the tables, ISO dates, enum codes in lower case. */
  static ObjectMapper json() {
    SimpleModule module = new SimpleModule()
        .addSerializer(LocalDate.class, ToStringSerializer.instance)
        .addSerializer(Enum.class, new JsonSerializer<>() {
          @Override
          @SuppressWarnings("rawtypes")
          public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.name().toLowerCase(Locale.ROOT));
          }
        });
    return new ObjectMapper()
        .registerModule(module)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }
}
