package org.diplomacytrends.common.error;

import java.util.Collection;

/**
 * Every user-facing error of the project, built in one place so that each reads the same way:
 * what could not be done, why (with the bad value), and how to fix it.
 */
public final class Errors {
  private Errors() {}

  private static DiplomacyTrendsException error(String problem, String why, String fix, Throwable cause) {
    return new DiplomacyTrendsException("Cannot " + problem + ": " + why + ". " + fix, cause);
  }

  /** A configuration file that does not exist, cannot be parsed or names unknown keys. */
  public static DiplomacyTrendsException unreadableConfig(String path, String why, Throwable cause) {
    return error("read configuration '" + path + "'", why,
        "Fix the YAML (see conf/diplomacy-trends.yaml for every key and its default)", cause);
  }

  /** A configuration value out of its allowed range. */
  public static DiplomacyTrendsException invalidOption(String key, Object value, String expected) {
    return error("use option " + key + "=" + value, "expected " + expected,
        "Set a valid value with the command-line flag or in the --conf file", null);
  }

  /** An input path that matches no file. */
  public static DiplomacyTrendsException inputNotFound(String path) {
    return error("read input '" + path + "'", "no file or folder matches it",
        "Check the path (a file, a folder, or a glob like 'corpus/*.jsonl'; local or any Hadoop URI)", null);
  }

  /** No input paths at all. */
  public static DiplomacyTrendsException noInput(Collection<String> given) {
    return error("start the run", "no input path was given (" + given + ")",
        "Pass --input PATH, or run without --input to use the bundled sample", null);
  }

  /** The bundled sample cannot be found (the launcher sets diplomacytrends.home). */
  public static DiplomacyTrendsException sampleNotFound(String path) {
    return error("find the bundled sample corpus at '" + path + "'", "the folder does not exist",
        "Run from the project checkout with bin/diplomacy-trends, or pass --input PATH", null);
  }

  /** A file given to a single-article command that cannot be read. */
  public static DiplomacyTrendsException unreadableArticle(String path, String why, Throwable cause) {
    return error("read article '" + path + "'", why, "Check the path and that the file is readable text", cause);
  }

  /** A labelled evaluation file that cannot be read or parsed. */
  public static DiplomacyTrendsException unreadableGold(String path, int line, String why, Throwable cause) {
    return error("read gold file '" + path + "'" + (line > 0 ? " at line " + line : ""), why,
        "Each line must be a JSON object as described in SCHEMA.md (id, lang, text, gold{...})", cause);
  }

  /** A table or output that cannot be written. */
  public static DiplomacyTrendsException cannotWrite(String what, String path, String why, Throwable cause) {
    return error("write " + what + " to '" + path + "'", why,
        "Check that the location exists, is writable and is not used by another run", cause);
  }

  /** A stage of the pipeline failed for a reason not covered above. */
  public static DiplomacyTrendsException stageFailed(String stage, String why, Throwable cause) {
    return error("complete the " + stage + " stage", why,
        "Rerun with --verbose for the stack trace; reruns are safe (tables are merged, not appended)", cause);
  }
}
