package org.diplomacytrends.common.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacytrends.common.text.TextNormalizer;

/**
 * Finds the lines of a page that belong to the page, not to the article: disclaimers, copyright
 * and licence lines, navigation, sharing widgets, and lists of related articles. Such lines report
 * nothing (a disclaimer's "来自各大过期杂志" is no visit). The words come from each language's
 * {@code lang/<xx>/furniture.txt}; every language's words are tried on every line, because
 * furniture is often in another language than the article (a Chinese footer under a translation).
 *
 * <p>A line is furniture when it holds a furniture word and is no longer than {@link
 * #MAX_FURNITURE_LINE} characters (an article paragraph that mentions copyright is not a footer).
 * A line that is only a heading word (相关新闻, Related articles) opens a list once a paragraph of
 * the article has been read (a heading in the navigation above the article opens none): the
 * following lines up to {@link #MAX_LIST_ITEM} characters are furniture, until a longer line.
 * A furniture word marked {@code opens} (上一篇, next article) is furniture and opens such a list
 * too: links from one article to the next sit where the article has ended, and what follows them
 * is more links.
 */
final class PageFurniture {
  /** Longest line taken for furniture when it holds a furniture word. */
  static final int MAX_FURNITURE_LINE = 300;
  /** Longest line taken for an item of a related-articles list (a headline). */
  static final int MAX_LIST_ITEM = 120;
  /** Shortest line taken for a paragraph of the article body, after which a related list may come. */
  private static final int MIN_PROSE = 40;
  /** A heading may carry a colon, an arrow or a few spaces after its word. */
  private static final int HEADING_SLACK = 3;
  /** How a heading word is marked in furniture.txt. */
  private static final String HEADING_PREFIX = "heading\t";
  /** How a furniture word that also opens a list is marked in furniture.txt. */
  private static final String OPENS_PREFIX = "opens\t";

  private static final PageFurniture DEFAULT = load();

  /** The furniture words by their first character: a line is scanned once, not once per word. */
  private final java.util.Map<Character, String[]> wordsByFirstChar;
  /** Whether a character begins some furniture word: the map is looked up only then. */
  private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
  private final String[] headings;
  private final String[] openers;

  PageFurniture(List<String> words, List<String> headings, List<String> openers) {
    java.util.Map<Character, List<String>> grouped = new java.util.HashMap<>();
    for (String word : words) {
      if (!word.isEmpty()) {
        grouped.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
        firstChars[word.charAt(0)] = true;
      }
    }
    this.wordsByFirstChar = new java.util.HashMap<>();
    grouped.forEach((c, list) -> wordsByFirstChar.put(c, list.toArray(new String[0])));
    this.headings = headings.toArray(new String[0]);
    this.openers = openers.toArray(new String[0]);
  }

  /** The furniture words of every supported language, from the classpath. */
  static PageFurniture get() {
    return DEFAULT;
  }

  /**
   * Marks the furniture lines of a normalised text ({@link TextNormalizer}): {@code result[i]} is
   * true for the line starting at the i-th line start ({@code lineStarts}, ascending offsets).
   */
  boolean[] furnitureLines(String text, int[] lineStarts) {
    boolean[] furniture = new boolean[lineStarts.length];
    boolean bodyBegun = false;
    boolean inList = false;
    for (int i = 0; i < lineStarts.length; i++) {
      int start = lineStarts[i];
      int end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length();
      String line = text.substring(start, end).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (inList) {
        if (line.length() <= MAX_LIST_ITEM) {
          furniture[i] = true;
          continue;
        }
        inList = false;
      }
      if (bodyBegun && isHeading(line)) {
        furniture[i] = true;
        inList = true;
        continue;
      }
      if (line.length() <= MAX_FURNITURE_LINE && holdsWord(line)) {
        furniture[i] = true;
        inList = bodyBegun && opensList(line);
        continue;
      }
      bodyBegun |= isProse(line);
    }
    return furniture;
  }

  /** A paragraph of the article: long enough and ending as a sentence does (a headline does not). */
  private static boolean isProse(String line) {
    char last = line.charAt(line.length() - 1);
    return line.length() >= MIN_PROSE && (last == '。' || last == '.' || last == '!' || last == '?' || last == '！'
        || last == '？' || last == '．');
  }

  private boolean isHeading(String line) {
    for (String heading : headings) {
      if (line.startsWith(heading) && line.length() <= heading.length() + HEADING_SLACK) {
        return true;
      }
    }
    return false;
  }

  private boolean opensList(String line) {
    for (String opener : openers) {
      if (line.contains(opener)) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsWord(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (firstChars[line.charAt(i)]) {
        String[] candidates = wordsByFirstChar.get(line.charAt(i));
        for (String word : candidates) {
          if (line.startsWith(word, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static PageFurniture load() {
    List<String> words = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    List<String> openers = new ArrayList<>();
    for (String line : LangFiles.linesOfEveryLanguage("furniture.txt")) {
      // Matched against the normalised text (lower case, simplified forms): spelled the same way.
      if (line.startsWith(HEADING_PREFIX)) {
        headings.add(TextNormalizer.get().normalizeTerm(line.substring(HEADING_PREFIX.length()).strip()));
      } else if (line.startsWith(OPENS_PREFIX)) {
        String word = TextNormalizer.get().normalizeTerm(line.substring(OPENS_PREFIX.length()).strip());
        words.add(word);
        openers.add(word);
      } else {
        words.add(TextNormalizer.get().normalizeTerm(line.strip()));
      }
    }
    return new PageFurniture(words, headings, openers);
  }
}
