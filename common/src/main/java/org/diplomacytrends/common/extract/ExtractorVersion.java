package org.diplomacytrends.common.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the extractor: a hash of everything that decides what it extracts, that is the
 * compiled classes and the data files (word lists, gazetteers, per-language homes) of the
 * packages below, read from the jar or folder the extractor was loaded from. Silver rows carry it,
 * so a run after an upgrade knows which articles an older extractor read and extracts them again.
 * Changing a rule, a word or a gazetteer row changes the version; rebuilding the same sources
 * with the same compiler does not.
 */
public final class ExtractorVersion {
  /** Resource folders whose content decides the extraction. */
  private static final List<String> DECIDING = List.of(
      "org/diplomacytrends/common/extract/", "org/diplomacytrends/common/gazetteer/",
      "org/diplomacytrends/common/lang/", "org/diplomacytrends/common/text/", "org/diplomacytrends/common/model/");

  private static final String CURRENT = compute();

  private ExtractorVersion() {}

  /** The running extractor's version: {@code x-} and 16 hex digits. */
  public static String current() {
    return CURRENT;
  }

  private static String compute() {
    Map<String, byte[]> entries = new TreeMap<>();
    try {
      Path location = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            String name = location.relativize(file).toString().replace('\\', '/');
            if (deciding(name)) {
              entries.put(name, Files.readAllBytes(file));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
            if (!entry.isDirectory() && deciding(entry.getName())) {
              try (InputStream in = jar.getInputStream(entry)) {
                entries.put(entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the extractor's classes to compute its version", e);
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IllegalStateException("cannot locate the extractor's classes to compute its version", e);
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException("found none of the extractor's classes to compute its version");
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        digest.update(entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(entry.getValue());
      }
      return "x-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static boolean deciding(String name) {
    for (String folder : DECIDING) {
      if (name.startsWith(folder)) {
        return true;
      }
    }
    return false;
  }
}
