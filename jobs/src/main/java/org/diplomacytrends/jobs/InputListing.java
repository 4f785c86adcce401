package org.diplomacytrends.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.diplomacytrends.common.error.Errors;

/**
 * Walks the input paths once on the driver, streaming, to check that each matches something, to
 * count the files Spark will read, and to find what Spark's file sources skip without a word:
 * zero-length files and broken symbolic links. Only those paths (and large JSON Lines files) are
 * kept in memory. Local folders are walked with java.nio (Hadoop's recursive listing forks a
 * process per file on a local disk to read permissions); other file systems with listStatus.
 *
 * @param paths the input paths, as given
 * @param files files below them that Spark reads (hidden {@code .x} and {@code _x} names excluded, as Spark does)
 * @param emptyFiles paths of the zero-length files among them
 * @param unreadable paths that cannot be read (broken symbolic links, unlistable folders), with why
 */
record InputListing(List<String> paths, long files, List<String> emptyFiles, Map<String, String> unreadable) {

  /** Extensions of JSON Lines files, which can be read in splits. */
  static final String[] JSON_LINES_EXTENSIONS = {"jsonl", "ndjson"};

  static InputListing scan(Configuration hadoop, List<String> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      throw Errors.noInput(inputs == null ? List.of() : inputs);
    }
    Walk walk = new Walk();
    for (String input : inputs) {
      Path pattern = new Path(input);
      try {
        FileSystem fs = pattern.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(pattern);
        if (matches == null || matches.length == 0) {
          throw Errors.inputNotFound(input);
        }
        for (FileStatus match : matches) {
          if ("file".equals(fs.getUri().getScheme())) {
            walk.local(java.nio.file.Path.of(match.getPath().toUri()));
          } else {
            walk.hadoop(fs, match);
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw Errors.inputNotFound(input + " (" + e.getMessage() + ")");
      }
    }
    return new InputListing(List.copyOf(inputs), walk.files, List.copyOf(walk.empty), walk.broken);
  }

  /** What one walk over all inputs found. */
  private static final class Walk {
    private long files;
    private final List<String> empty = new ArrayList<>();
    private final Map<String, String> broken = new TreeMap<>();

    void file(String path, long length) {
      files++;
      if (length == 0) {
        empty.add(path);
      }
    }

    void hadoop(FileSystem fs, FileStatus status) throws IOException {
      if (status.isFile()) {
        file(status.getPath().toString(), status.getLen());
        return;
      }
      for (FileStatus child : fs.listStatus(status.getPath())) {
        if (!hidden(child.getPath().getName())) {
          hadoop(fs, child);
        }
      }
    }

    void local(java.nio.file.Path root) throws IOException {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attributes) {
          return !dir.equals(root) && hidden(dir.getFileName().toString())
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(java.nio.file.Path path, BasicFileAttributes attributes) throws IOException {
          String name = path.getFileName().toString();
          if (!path.equals(root) && hidden(name)) {
            return FileVisitResult.CONTINUE;
          }
          String uri = new Path(path.toUri()).toString();
          if (attributes.isSymbolicLink() && !Files.exists(path)) {
            broken.put(uri, "broken symbolic link: its target " + target(path) + " does not exist");
          } else if (attributes.isRegularFile() || Files.isRegularFile(path)) {
            file(uri, attributes.isSymbolicLink() ? Files.size(path) : attributes.size());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(java.nio.file.Path path, IOException e) {
          broken.put(new Path(path.toUri()).toString(), "cannot be listed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }

  /** Spark skips names starting with '.' or '_'; so do we. */
  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  private static String target(java.nio.file.Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "unknown target";
    }
  }
}
