package org.diplomacytrends.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.diplomacytrends.common.error.Errors;

/**
 * Walks the input paths once on the driver, streaming, to check that each matches something, to
 * count the files Spark will read, and to find the empty ones: Spark's file sources skip
 * zero-length files without a word, and every input must be accounted for. Only the empty files'
 * paths are kept in memory.
 *
 * @param paths the input paths, as given
 * @param files files below them that Spark reads (hidden {@code .x} and {@code _x} names excluded, as Spark does)
 * @param emptyFiles paths of the zero-length files among them
 * @param largeJsonLines paths of the JSON Lines files too large to read whole (read in splits)
 * @param brokenLinks symbolic links whose target is missing, with the target (local inputs only:
 *     Hadoop's listing drops them without a word)
 */
record InputListing(List<String> paths, long files, List<String> emptyFiles, List<String> largeJsonLines,
    java.util.Map<String, String> brokenLinks) {

  /** Extensions of JSON Lines files, which can be read in splits. */
  static final String[] JSON_LINES_EXTENSIONS = {"jsonl", "ndjson"};

  static InputListing scan(Configuration hadoop, List<String> inputs, long maxFileBytes) {
    if (inputs == null || inputs.isEmpty()) {
      throw Errors.noInput(inputs == null ? List.of() : inputs);
    }
    long files = 0;
    List<String> empty = new ArrayList<>();
    List<String> large = new ArrayList<>();
    for (String input : inputs) {
      Path pattern = new Path(input);
      try {
        FileSystem fs = pattern.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(pattern);
        if (matches == null || matches.length == 0) {
          throw Errors.inputNotFound(input);
        }
        for (FileStatus match : matches) {
          RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
          while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            if (hidden(match.getPath(), file.getPath())) {
              continue;
            }
            files++;
            if (file.getLen() == 0) {
              empty.add(file.getPath().toString());
            } else if (file.getLen() > maxFileBytes && isJsonLines(file.getPath().getName())) {
              large.add(file.getPath().toString());
            }
          }
        }
      } catch (IOException e) {
        throw Errors.inputNotFound(input + " (" + e.getMessage() + ")");
      }
    }
    return new InputListing(List.copyOf(inputs), files, List.copyOf(empty), List.copyOf(large),
        brokenLinks(hadoop, inputs));
  }

  /** Broken symbolic links below local inputs, as file URI → link target. */
  private static java.util.Map<String, String> brokenLinks(Configuration hadoop, List<String> inputs) {
    java.util.Map<String, String> broken = new java.util.TreeMap<>();
    for (String input : inputs) {
      try {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(hadoop);
        if (!"file".equals(fs.getUri().getScheme())) {
          continue;
        }
        for (FileStatus match : fs.globStatus(pattern)) {
          java.nio.file.Path root = java.nio.file.Path.of(match.getPath().toUri());
          if (!java.nio.file.Files.isDirectory(root)) {
            continue;
          }
          try (var walk = java.nio.file.Files.walk(root)) {
            walk.filter(java.nio.file.Files::isSymbolicLink)
                .filter(link -> !java.nio.file.Files.exists(link))
                .filter(link -> !hidden(new Path(root.toUri()), new Path(link.toUri())))
                .forEach(link -> broken.put(new Path(link.toUri()).toString(), target(link)));
          }
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        // The Hadoop listing above already reported what cannot be listed; links are a bonus check.
      }
    }
    return broken;
  }

  private static String target(java.nio.file.Path link) {
    try {
      return java.nio.file.Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "unknown target";
    }
  }

  private static boolean isJsonLines(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String extension : JSON_LINES_EXTENSIONS) {
      if (lower.endsWith("." + extension)) {
        return true;
      }
    }
    return false;
  }

  /** Spark skips names starting with '.' or '_' below the root it was given; so do we. */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
