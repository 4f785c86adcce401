package org.diplomacytrends.common;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared (not committed) data lives: system property {@code diplomacytrends.shared.dir}. */
public final class SharedData {
  private SharedData() {}

  /** The shared directory's sub-directory, or the test is skipped with a message when it is absent. */
  public static Path dir(String child) {
    String property = System.getProperty("diplomacytrends.shared.dir");
    Path dir = property == null ? null : Path.of(property).resolve(child);
    assumeTrue(dir != null && Files.isDirectory(dir),
        () -> "skipped: shared data " + child + " not found (system property diplomacytrends.shared.dir="
            + property + ")");
    return dir;
  }
}
