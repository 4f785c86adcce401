package org.diplomacytrends.common.ingest;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises a web page (a saved page, a crawl's response) and turns it into the article's plain
 * text: the main content only, one line per block element, with the headline, the page title and
 * the publish date the page declares kept apart.
 *
 * <p>The main content is found the way reading-mode tools find it: text blocks (paragraphs and
 * the like) give their length to their parent and half of it to their grandparent, and the
 * element with the highest score is the article. Before that, what is never the article goes:
 * scripts, navigation, headers and footers outside the article, sidebars, and elements whose
 * class or id names them as menus, breadcrumbs, share bars, related links or copyright lines.
 * Inside the article, blocks that are mostly links (a "related news" list) go as well. A page
 * without a clear article keeps all its remaining text.
 */
public final class HtmlText {
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
  private static final Pattern DOCUMENT_START = Pattern.compile("^\\s*(<!doctype html|<html|<\\?xml[^>]*>\\s*<html)",
      Pattern.CASE_INSENSITIVE);
  private static final String BLOCKS = "p, div, br, li, tr, h1, h2, h3, h4, h5, h6, article, section, blockquote, pre, table, dd, dt";
  private static final String NEVER_CONTENT = "script, style, noscript, template, nav, iframe, svg, form, button, select, aside";
  /** Class or id words of page furniture, as whole words of the attribute (nav, site-footer, breadcrumb). */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|foot|copyright|related|recommend(?:ed)?|"
          + "share|sharing|social|comments?|sidebar|side|pager|pagination|ads?|advert|banner|toolbar|topbar|login|"
          + "search|tags|skip|cookie|subscribe|newsletter|print)(?:[\\s_-]|$)", Pattern.CASE_INSENSITIVE);
  /** Text blocks whose length votes for the element that holds them. */
  private static final String TEXT_BLOCKS = "p, pre, blockquote, td, div, section, article, font, span";
  /** Blocks shorter than this (in characters) are labels and links, not prose: they do not vote. */
  private static final int MIN_BLOCK_CHARS = 20;
  /** An article's score: below this the page has no clear article and keeps all its text. */
  private static final int MIN_ARTICLE_SCORE = 60;
  /** Inside the article, a block with at least this share of its text in links is a link list. */
  private static final double LINK_LIST_SHARE = 0.6;
  /** Meta tags that carry a publish date, most specific first (Open Graph, Chinese government sites' PubDate). */
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=PubDate]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=DC.date]", "meta[name=dc.date.issued]");

  private HtmlText() {}

  /**
   * The plain text of a page.
   *
   * @param title the page's {@code <title>}, or null
   * @param text the visible text of the main content, one block per line, the headline first
   * @param published the publish date a meta tag declares, as given, or null
   */
  public record Page(String title, String text, String published) {}

  /** True when {@code text} is markup rather than an article with an odd angle bracket. */
  public static boolean looksLikeHtml(String text) {
    if (DOCUMENT_START.matcher(text).find()) {
      return true;
    }
    int tags = 0;
    int tagChars = 0;
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      tags++;
      tagChars += matcher.end() - matcher.start();
    }
    return tags >= 5 && tagChars * 10 >= text.length();
  }

  /** The main content of {@code html}. */
  public static Page strip(String html) {
    Document document = Jsoup.parse(html);
    String title = document.title().isBlank() ? null : document.title().strip();
    String published = declaredDate(document);
    Element body = document.body();
    Element headline = body.selectFirst("h1");
    String headlineText = headline == null ? "" : headline.text().strip();

    body.select(NEVER_CONTENT).remove();
    for (Element element : body.select("[class], [id]")) {
      if (element.parent() != null && isFurniture(element) && !holdsTheArticle(element, body)) {
        element.remove();
      }
    }
    Element article = article(body);
    if (article != body) {
      // Nothing outside the article is kept; inside it, link lists (related news) go.
      for (Element element : article.select("ul, ol, div, p, table")) {
        if (element.parent() != null && linkShare(element) >= LINK_LIST_SHARE) {
          element.remove();
        }
      }
    } else {
      body.select("header, footer").remove();
    }
    String text = blockText(article);
    if (!headlineText.isEmpty() && !text.contains(headlineText)) {
      text = headlineText + "\n" + text;
    }
    return new Page(title, text, published);
  }

  /** The element holding the article, or {@code body} when no element stands out. */
  private static Element article(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : body.select(TEXT_BLOCKS)) {
      int chars = ownTextLength(block);
      if (chars < MIN_BLOCK_CHARS) {
        continue;
      }
      // Sentence punctuation says prose rather than a caption or a menu.
      double score = chars + 10.0 * punctuation(block);
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, score / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double bestScore = MIN_ARTICLE_SCORE;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkShare(entry.getKey()));
      if (score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return best.tagName().equals("html") ? body : best;
  }

  /** Characters of the block's own text: its text nodes and inline children, not nested blocks or links. */
  private static int ownTextLength(Element block) {
    int length = 0;
    for (Node child : block.childNodes()) {
      if (child instanceof TextNode text) {
        length += text.text().strip().length();
      } else if (child instanceof Element element && !element.isBlock() && !element.tagName().equals("a")) {
        length += element.text().strip().length();
      }
    }
    return length;
  }

  private static int punctuation(Element block) {
    String text = block.ownText();
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '，', '。', '、', '；', ',', '.', ';' -> n++;
        default -> { }
      }
    }
    return n;
  }

  private static double linkShare(Element element) {
    int all = element.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element link : element.select("a")) {
      links += link.text().length();
    }
    return (double) links / all;
  }

  private static boolean isFurniture(Element element) {
    return FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find();
  }

  /** A furniture-like name on an element that holds most of the page's text is a false alarm (class="main no-side"). */
  private static boolean holdsTheArticle(Element element, Element body) {
    return element.text().length() * 2 > body.text().length();
  }

  private static String blockText(Element root) {
    for (Element block : root.select(BLOCKS)) {
      block.after(new TextNode("\n"));
    }
    return root.wholeText()
        .replace('\u00A0', ' ')
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n[ \\t]+", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static String declaredDate(Document document) {
    for (String selector : DATE_META) {
      Element meta = document.selectFirst(selector);
      if (meta != null && !meta.attr("content").isBlank()) {
        return meta.attr("content").strip();
      }
    }
    Element time = document.selectFirst("article time[datetime]");
    return time == null || time.attr("datetime").isBlank() ? null : time.attr("datetime").strip();
  }
}
