package org.diplomacytrends.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.common.generate.CorpusGenerator;
import org.diplomacytrends.common.generate.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: a deterministic synthetic corpus with the truth of what it contains. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a deterministic synthetic corpus (zh, en, ja, ko, ru, mixed; some .txt in legacy "
        + "encodings) and its truth: truth/documents.jsonl and the expected gold CSVs.",
        "Pass DIR/txt or DIR/jsonl to 'run --input'; compare the gold CSVs with DIR/truth."})
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--docs", paramLabel = "N", required = true, description = "Documents to write.")
  long docs;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
  Path out;

  @Option(names = "--format", paramLabel = "txt|jsonl", defaultValue = "txt",
      description = "One .txt file per article (folders of 10,000) or JSON Lines files (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--from", paramLabel = "I", defaultValue = "0",
      description = "First document index; with --docs, writes documents I..I+N-1 of the seed's corpus "
          + "(to add new documents to a corpus written before). Default: ${DEFAULT-VALUE}.")
  long from;

  @Option(names = "--jsonl-file-mb", paramLabel = "MB", defaultValue = "50",
      description = "Size at which a JSON Lines file is closed and the next begun (default: ${DEFAULT-VALUE}).")
  long jsonlFileMb;

  @Mixin
  DiplomacyTrendsCli.Verbosity verbosity;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CorpusWriter.Format parsed = parseFormat(format);
    if (docs < 0 || from < 0) {
      throw Errors.invalidOption("--docs/--from", docs + "/" + from, "a number of documents of 0 or more");
    }
    Instant start = Instant.now();
    CorpusWriter.Summary summary;
    try {
      summary = CorpusWriter.write(new CorpusGenerator(seed), from, from + docs, out, parsed, jsonlFileMb << 20);
    } catch (IOException e) {
      throw Errors.cannotWrite("the generated corpus", out.toString(), e.getMessage(), e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("generated %d documents (%d with foreign-affairs facts) in %d %s files, %.1f MB, %.1f M chars, in %.1f s%n",
        summary.documents(), summary.diplomatic(), summary.files(), parsed.name().toLowerCase(java.util.Locale.ROOT),
        summary.bytes() / 1e6, summary.chars() / 1e6, Duration.between(start, Instant.now()).toMillis() / 1000.0);
    o.printf("languages: %s%n", summary.byLanguage());
    if (!summary.byEncoding().isEmpty()) {
      o.printf("encodings: %s%n", summary.byEncoding());
    }
    o.printf("corpus: %s%ntruth:  %s%n", summary.corpusDir(), out.resolve("truth"));
    o.flush();
    return 0;
  }

  static CorpusWriter.Format parseFormat(String format) {
    try {
      return CorpusWriter.Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw Errors.invalidOption("--format", format, "txt or jsonl");
    }
  }
}
