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
 */
record InputListing(List<String> paths, long files, List<String> emptyFiles) {

  static InputListing scan(Configuration hadoop, List<String> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      throw Errors.noInput(inputs == null ? List.of() : inputs);
    }
    long files = 0;
    List<String> empty = new ArrayList<>();
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
            }
          }
        }
      } catch (IOException e) {
        throw Errors.inputNotFound(input + " (" + e.getMessage() + ")");
      }
    }
    return new InputListing(List.copyOf(inputs), files, List.copyOf(empty));
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
