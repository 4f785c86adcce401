package org.diplomacytrends.jobs.cli;

import java.io.PrintWriter;
import org.diplomacytrends.common.error.DiplomacyTrendsException;
import org.diplomacytrends.jobs.spi.PipelineExtension;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/diplomacy-trends}: the command-line entry point and its subcommands. */
@Command(
    name = "diplomacy-trends",
    mixinStandardHelpOptions = true,
    version = "diplomacy-trends 0.1.0",
    description = "Measures how Chinese provinces and cities conduct foreign affairs, from multilingual news.",
    subcommands = {RunCommand.class, ExtractCommand.class, EvalCommand.class, TablesCommand.class, PublishCommand.class, GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class DiplomacyTrendsCli {

  public static void main(String[] args) {
    System.exit(create().execute(args));
  }

  /** The CLI with its own subcommands and those of every installed {@link PipelineExtension}. */
  public static CommandLine create() {
    CommandLine cli = new CommandLine(new DiplomacyTrendsCli());
    for (PipelineExtension extension : PipelineExtension.installed()) {
      extension.subcommands().forEach(cli::addSubcommand);
    }
    return configure(cli);
  }

  /** Error handling shared by every command: one line, no stack trace unless --verbose. */
  public static CommandLine configure(CommandLine cli) {
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      PrintWriter err = failed.getErr();
      String command = failed.getCommandSpec().qualifiedName();
      err.println("error: Cannot parse the command line: " + e.getMessage().strip()
          + ". Run '" + command + " --help' for the options.");
      err.flush();
      return 2;
    });
    return cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("error: " + oneLine(e));
      if (Verbosity.requested(parseResult)) {
        e.printStackTrace(err);
      } else if (!(e instanceof DiplomacyTrendsException)) {
        err.println("(rerun with --verbose for the stack trace)");
      }
      err.flush();
      return 1;
    });
  }

  /** The user-facing message, or the deepest cause's first line for unexpected failures. */
  public static String oneLine(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DiplomacyTrendsException) {
        return t.getMessage();
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return "Cannot complete the command: " + message.lines().findFirst().orElse("").strip()
        + " (" + root.getClass().getSimpleName() + ")";
  }

  /** {@code --verbose}: stack traces on failure. */
  public static final class Verbosity {
    @Option(names = {"-v", "--verbose"}, description = "Print stack traces on failure.")
    boolean verbose;

    static boolean requested(CommandLine.ParseResult parseResult) {
      for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
        if (p.hasMatchedOption("--verbose")) {
          return true;
        }
      }
      return false;
    }
  }
}
