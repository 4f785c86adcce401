package org.diplomacytrends.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.common.eval.EvalReport;
import org.diplomacytrends.common.eval.EvalSplit;
import org.diplomacytrends.common.eval.Evaluator;
import org.diplomacytrends.common.eval.GoldDocument;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.ingest.DocumentParser;
import org.diplomacytrends.common.ingest.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: runs the pipeline's extractor on labelled documents and scores it as
 * {@code SCHEMA.md} says, per language and overall. Exit 0 whatever the scores.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the extractor on labelled documents (SCHEMA.md), per language and overall.",
        "Lines may carry the text, or name a 'file' (and 'line' for JSON Lines) under --corpus."})
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--gold", paramLabel = "FILE", arity = "1..*", required = true,
      description = "Labelled JSON Lines files (id, lang, text or file, gold{...}).")
  List<Path> goldFiles;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder the 'file' of text-less labels is relative to. Default: the bundled sample.")
  Path corpus;

  @Option(names = "--split", paramLabel = "PART", defaultValue = "all",
      converter = SplitConverter.class,
      description = "Score only one part of the fixed tuning/checking split (by document id): all, tuning or checking. "
          + "Default: ${DEFAULT-VALUE}.")
  EvalSplit split;

  @Option(names = "--scores-only", description = "Print the table of scores without each document's mistakes "
      + "(how the checking part is read until a piece of work is done).")
  boolean scoresOnly;

  @Option(names = "--json", description = "Print one JSON object: {\"documents\", \"overall\", \"by_lang\"}.")
  boolean json;

  @Mixin
  DiplomacyTrendsCli.Verbosity verbosity;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<GoldDocument> documents = new ArrayList<>();
    for (Path file : goldFiles) {
      documents.addAll(read(file));
    }
    EvalReport report = Evaluator.evaluate(split.select(documents), ArticleExtractor.shared());
    spec.commandLine().getOut().println(json ? report.toJson() : report.toText(!scoresOnly));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Reads all, tuning or checking, in any case. */
  static final class SplitConverter implements picocli.CommandLine.ITypeConverter<EvalSplit> {
    @Override
    public EvalSplit convert(String value) {
      for (EvalSplit part : EvalSplit.values()) {
        if (part.code().equalsIgnoreCase(value)) {
          return part;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a part of the split: use all, tuning or checking");
    }
  }

  private List<GoldDocument> read(Path file) {
    try {
      return GoldDocument.readJsonl(withTexts(file));
    } catch (IOException e) {
      throw Errors.unreadableGold(file.toString(), 0, e.getMessage(), e);
    }
  }

  /** The file itself when every line has its text; else a temporary copy with the texts filled in. */
  private Path withTexts(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean complete = true;
    List<String> filled = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        throw Errors.unreadableGold(file.toString(), i + 1, "not valid JSON", e);
      }
      if (node.isObject() && !node.has("text") && node.hasNonNull("file")) {
        complete = false;
        ((ObjectNode) node).put("text", textOf(file, i + 1, node.get("file").asText(),
            node.hasNonNull("line") ? node.get("line").asInt() : null));
      }
      filled.add(JSON.writeValueAsString(node));
    }
    if (complete) {
      return file;
    }
    Path copy = Files.createTempFile("eval-", ".jsonl");
    copy.toFile().deleteOnExit();
    Files.write(copy, filled, StandardCharsets.UTF_8);
    return copy;
  }

  /** The article text as the pipeline would ingest it (same decoding and cleaning). */
  private String textOf(Path goldFile, int goldLine, String name, Integer line) throws IOException {
    Path root = corpus != null ? corpus
        : Path.of(System.getProperty(RunOptions.HOME_PROPERTY, ".")).resolve(RunOptions.SAMPLE_DIR);
    Path article = root.resolve(name);
    if (!Files.isRegularFile(article)) {
      throw Errors.unreadableGold(goldFile.toString(), goldLine, "its file " + article + " does not exist (set --corpus)", null);
    }
    for (IngestOutcome outcome : new DocumentParser().parse(article.toString(), Files.readAllBytes(article))) {
      if (outcome instanceof IngestOutcome.Accepted accepted
          && (line == null || line.equals(accepted.article().lineNumber()))) {
        return accepted.article().text();
      }
    }
    throw Errors.unreadableGold(goldFile.toString(), goldLine, article + (line == null ? "" : " line " + line)
        + " holds no readable article", null);
  }
}
