package org.diplomacytrends.jobs.config;

/** Where each table and file of a run lives below the warehouse root. */
public final class Warehouse {
  private Warehouse() {}

  /** {@code root/child}, without doubling the separator. */
  public static String child(String root, String child) {
    return root.endsWith("/") ? root + child : root + "/" + child;
  }
}
