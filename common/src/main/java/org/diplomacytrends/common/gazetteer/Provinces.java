package org.diplomacytrends.common.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 34 provincial-level divisions as {@code cn_divisions.tsv} lists them, for code that labels
 * or draws provinces (the report's map joins boundary files by GB/T 2260 code, its labels need the
 * short Chinese name): one table, so codes and names cannot drift apart.
 */
public final class Provinces {
  private static final List<Province> ALL = load();

  /**
   * One province-level division.
   *
   * @param isoCode ISO 3166-2:CN code ("CN-GD")
   * @param gbCode GB/T 2260 code ("440000")
   * @param nameEn English name ("Guangdong")
   * @param nameZh short Chinese name, without 省, 市 or 自治区 ("广东", "广西")
   */
  public record Province(String isoCode, String gbCode, String nameEn, String nameZh) {}

  private Provinces() {}

  /** Every province-level division, in the file's (GB/T 2260) order. */
  public static List<Province> all() {
    return ALL;
  }

  /** ISO 3166-2:CN code by GB/T 2260 code. */
  public static Map<String, String> isoByGbCode() {
    Map<String, String> map = new LinkedHashMap<>();
    ALL.forEach(p -> map.put(p.gbCode(), p.isoCode()));
    return Map.copyOf(map);
  }

  /** Short Chinese name by ISO 3166-2:CN code. */
  public static Map<String, String> chineseNameByIsoCode() {
    Map<String, String> map = new LinkedHashMap<>();
    ALL.forEach(p -> map.put(p.isoCode(), p.nameZh()));
    return Map.copyOf(map);
  }

  private static List<Province> load() {
    String resource = Gazetteer.RESOURCE_DIR + "cn_divisions.tsv";
    InputStream in = Provinces.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    List<Province> provinces = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("level\tgb_code\tiso_code\tprovince\tname_en\tzh")) {
        throw new IllegalStateException(resource + ": unexpected header " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t");
        if (cells.length > 5 && cells[0].equals("province")) {
          provinces.add(new Province(cells[2], cells[1], cells[4], shortest(cells[5].split("\\|"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(provinces);
  }

  /** The short name is the shortest alias: 广西 of 广西壮族自治区|广西. */
  private static String shortest(String[] aliases) {
    String shortest = aliases[0];
    for (String alias : aliases) {
      shortest = alias.length() < shortest.length() ? alias : shortest;
    }
    return shortest;
  }
}
