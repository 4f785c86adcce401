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

  /** Another run holds the warehouse. */
  public static DiplomacyTrendsException warehouseBusy(String warehouse, String runId, String host, String pid,
      String started, String lockFile) {
    return error("start a run on warehouse '" + warehouse + "'",
        "run " + runId + " (host " + host + ", pid " + pid + ", started " + started + ") is writing to it",
        "Wait for that run to finish; if it died on another host, delete " + lockFile, null);
  }

  /** A stage of the pipeline failed for a reason not covered above. */
  public static DiplomacyTrendsException stageFailed(String stage, String why, Throwable cause) {
    return error("complete the " + stage + " stage", why,
        "Rerun with --verbose for the stack trace; reruns are safe (tables are merged, not appended)", cause);
  }

  /** A table the report or a notebook reads that no pipeline run has written at that warehouse. */
  public static DiplomacyTrendsException tableMissing(String table, String path) {
    return error("read table " + table + " at '" + path + "'", "it is not a Delta table (no pipeline run wrote it there)",
        "Run bin/diplomacy-trends run --warehouse DIR first, or pass the --warehouse of an existing run", null);
  }

  /** The environment variable that --password-env / publish.password-env names is not set. */
  public static DiplomacyTrendsException passwordEnvMissing(String variable) {
    return error("read the database password", "environment variable " + variable + " (--password-env "
            + variable + ") is not set",
        "Export it before the command (export " + variable + "=...), or leave out --password-env to connect without one",
        null);
  }

  /** A step of publishing to the database failed; nothing the readers see has changed. */
  public static DiplomacyTrendsException publishFailed(String target, String step, String why, Throwable cause) {
    return error("publish to '" + target + "' (" + step + ")", why,
        "Check that PostgreSQL runs at that URL and that the user may log in and create tables in the schema, then rerun"
            + " (the published tables are replaced only after every table has loaded)",
        cause);
  }

  /** Views or other objects that depend on a published table prevent replacing it. */
  public static DiplomacyTrendsException publishBlockedByDependents(String table, String why, Throwable cause) {
    return error("replace published table " + table, why + " (nothing was changed)",
        "Drop the views that use it before publishing and re-create them afterwards", cause);
  }
}
