package org.tadqiq.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page: metadata from its head, article text from {@code <article>} (else the body) with
 * scripts, navigation and forms removed. Block elements become lines, so furniture markers and
 * sentence ends work as in plain text.
 */
final class HtmlArticleParser implements ArticleParser {
  private static final String NOT_TEXT =
      "script, style, noscript, template, nav, header > nav, footer, form, iframe, svg, button";
  private static final String[] DATE_META = {
    "meta[property=article:published_time]",
    "meta[name=article:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=pubdate]",
    "meta[name=publish-date]",
    "meta[name=date]",
    "meta[name=DC.date.issued]",
    "time[datetime]"
  };

  @Override
  public Source parse(String id, String path, String content) {
    Document doc = Jsoup.parse(content);
    List<String> problems = new ArrayList<>();
    String title = meta(doc, "meta[property=og:title]");
    if (title == null && !doc.title().isBlank()) {
      title = doc.title().strip();
    }
    String outlet = meta(doc, "meta[property=og:site_name]");
    String url = attr(doc, "link[rel=canonical]", "href");
    if (url == null) {
      url = meta(doc, "meta[property=og:url]");
    }
    String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
    LocalDate published = null;
    for (String sel : DATE_META) {
      Element e = doc.selectFirst(sel);
      if (e == null) {
        continue;
      }
      String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      try {
        published = LocalDate.parse(v.strip().substring(0, 10));
        break;
      } catch (RuntimeException ex) {
        problems.add("publication date '" + v + "' in " + sel + " is not ISO; ignored");
      }
    }
    doc.select(NOT_TEXT).remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.body();
    }
    String text = root == null ? "" : blockText(root);
    if (org.tadqiq.text.Blank.isBlank(text)) {
      return Source.failed(id, path, Source.Status.MALFORMED, "the page has no article text");
    }
    return new Source(
        id,
        path,
        url,
        outlet,
        title,
        lang == null || lang.isBlank() ? null : org.tadqiq.text.TextCuts.prefix(lang, 2),
        published,
        text,
        Source.Status.OK,
        problems);
  }

  private static String meta(Document doc, String selector) {
    return attr(doc, selector, "content");
  }

  private static String attr(Document doc, String selector, String name) {
    Element e = doc.selectFirst(selector);
    if (e == null || e.attr(name).isBlank()) {
      return null;
    }
    return e.attr(name).strip();
  }

  // Text with one line per block element; inline elements flow into their line.
  private static String blockText(Element root) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.text();
              if (!s.isBlank() || (b.length() > 0 && b.charAt(b.length() - 1) != '\n')) {
                b.append(s.replace('\u00a0', ' '));
              }
            } else if (node instanceof Element e && e.isBlock()) {
              newline(b);
            } else if (node instanceof Element e && e.normalName().equals("br")) {
              b.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              newline(b);
            }
          }
        },
        root);
    return b.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  private static void newline(StringBuilder b) {
    if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
      b.append('\n');
    }
  }
}
