package org.diplomacytrends.jobs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.config.PipelineConfig;

/**
 * What can be checked before Spark starts, so that a run that cannot start fails in a second with
 * a clear message and writes nothing: every local input exists, and the warehouse, when local, is
 * (or can become) a folder. Remote inputs and warehouses (hdfs://, s3a://) are left to the job,
 * whose file system client needs the cluster's configuration.
 */
public final class Preflight {
  private Preflight() {}

  /** Throws the user-facing error of the first problem found. */
  public static void check(PipelineConfig config) {
    Configuration hadoop = new Configuration(false);
    for (String input : config.input) {
      if (!isLocal(input)) {
        continue;
      }
      try {
        Path pattern = new Path(input);
        FileStatus[] matches = FileSystem.getLocal(hadoop).globStatus(pattern);
        if (matches == null || matches.length == 0) {
          throw Errors.inputNotFound(input);
        }
      } catch (IOException | IllegalArgumentException e) {
        throw Errors.inputNotFound(input + " (" + e.getMessage() + ")");
      }
    }
    if (isLocal(config.warehouse)) {
      java.nio.file.Path warehouse = localPath(config.warehouse);
      if (Files.exists(warehouse) && !Files.isDirectory(warehouse)) {
        throw Errors.cannotWrite("the warehouse", config.warehouse, "it is a file, not a folder", null);
      }
      java.nio.file.Path existing = warehouse;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
        throw Errors.cannotWrite("the warehouse", config.warehouse, "'" + existing + "' is not a writable folder", null);
      }
    }
  }

  private static boolean isLocal(String path) {
    if (path == null) {
      return false;
    }
    try {
      String scheme = new Path(path).toUri().getScheme();
      return scheme == null || scheme.equals("file");
    } catch (IllegalArgumentException e) {
      return false; // not a path Hadoop reads: left to the job, which says why
    }
  }

  private static java.nio.file.Path localPath(String path) {
    URI uri = new Path(path).toUri();
    return (uri.getScheme() == null ? java.nio.file.Path.of(uri.getPath()) : java.nio.file.Path.of(uri))
        .toAbsolutePath().normalize();
  }
}
