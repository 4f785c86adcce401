package org.diplomacytrends.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.diplomacytrends.common.error.Errors;

/**
 * One run at a time per warehouse. The lock is a file created atomically ({@code O_EXCL} on a
 * local disk, {@code create(overwrite=false)} on HDFS-like stores); it names the run, host and
 * process holding it, so a lock left by a killed run on this host is recognised and taken over.
 * Delta's local log store does not make concurrent commits from two processes safe; this does.
 */
final class WarehouseLock implements AutoCloseable {
  /** Lock file name below the warehouse root. */
  static final String FILE_NAME = "_pipeline.lock";

  private final FileSystem fs;
  private final Path path;

  private WarehouseLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  /** Takes the lock or throws a user-facing error naming the run that holds it. */
  static WarehouseLock acquire(Configuration hadoop, String warehouse, String runId) {
    Path path = new Path(warehouse, FILE_NAME);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      path = fs.makeQualified(path);
      fs.mkdirs(path.getParent());
      for (int attempt = 0; attempt < 2; attempt++) {
        if (create(fs, path, describe(runId))) {
          return new WarehouseLock(fs, path);
        }
        Properties holder = read(fs, path);
        if (holder != null && !stale(holder)) {
          throw Errors.warehouseBusy(warehouse, holder.getProperty("run_id"), holder.getProperty("host"),
              holder.getProperty("pid"), holder.getProperty("started"), path.toString());
        }
        fs.delete(path, false); // left by a run that died on this host: take it over
      }
      throw Errors.warehouseBusy(warehouse, "unknown", "unknown", "unknown", "unknown", path.toString());
    } catch (IOException e) {
      throw Errors.cannotWrite("the warehouse lock", path.toString(), e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      // The next run on this host sees our pid gone and takes the lock over.
    }
  }

  private static boolean create(FileSystem fs, Path path, byte[] content) throws IOException {
    if ("file".equals(fs.getUri().getScheme())) {
      try {
        Files.write(java.nio.file.Path.of(path.toUri()), content, java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static Properties read(FileSystem fs, Path path) {
    Properties properties = new Properties();
    try (FSDataInputStream in = fs.open(path)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      return null; // released between our create and our read: try again
    }
  }

  /** Held by a process of this host that no longer exists. */
  private static boolean stale(Properties holder) {
    if (!host().equals(holder.getProperty("host"))) {
      return false;
    }
    try {
      long pid = Long.parseLong(holder.getProperty("pid", "-1"));
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static byte[] describe(String runId) {
    return ("run_id=" + runId + "\nhost=" + host() + "\npid=" + ProcessHandle.current().pid()
        + "\nstarted=" + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return ManagementFactory.getRuntimeMXBean().getName();
    }
  }
}
