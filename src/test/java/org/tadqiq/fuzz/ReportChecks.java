package org.tadqiq.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.tadqiq.ingest.Source;

/**
 * What must hold of a run's reports whatever its inputs: report.json parses and lists every input
 * with a known status (each archive with its records); report.html is well-formed HTML and carries
 * no executable payload — no script but the page's own, no event handler, no javascript: or data:
 * link, no frame, no refresh — and nothing read from outside the given folders.
 */
final class ReportChecks {
  static final Set<String> STATUSES =
      Arrays.stream(Source.Status.values()).map(Source.Status::id).collect(Collectors.toSet());
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction",
      "data", "xlink:href", "background", "poster", "codebase", "cite", "longdesc", "manifest");
  private static final Set<String> NEVER = Set.of("iframe", "frame", "frameset", "object", "embed",
      "applet", "base", "form", "portal");
  private final List<String> pageScripts;
  private final String policy;
  private final ObjectMapper json = new ObjectMapper();

  /** @param cleanHtml a report of clean inputs: its own script and security policy are the page's */
  ReportChecks(String cleanHtml) {
    Document doc = Jsoup.parse(cleanHtml);
    pageScripts = doc.select("script").stream().map(Element::data).toList();
    policy = policyOf(doc);
  }

  private static String policyOf(Document doc) {
    Element meta = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
    return meta == null ? null : meta.attr("content");
  }

  /** The problems of one run's reports; empty when all holds. */
  List<String> check(Path reportJson, Path reportHtml, List<HostileFiles.Made> made) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonNode root = json.readTree(Files.readString(reportJson, StandardCharsets.UTF_8));
    List<String> paths = new ArrayList<>();
    for (JsonNode s : root.path("sources")) {
      String status = s.path("status").asText();
      if (!STATUSES.contains(status)) {
        problems.add("report.json: source " + s.path("path").asText() + " has status '" + status + "'");
      }
      paths.add(s.path("path").asText());
    }
    for (HostileFiles.Made m : made) {
      String p = m.path().toString();
      long exact = paths.stream().filter(x -> x.equals(p)).count();
      long records = paths.stream().filter(x -> x.startsWith(p + ":") || x.startsWith(p + "@")).count();
      long under = paths.stream().filter(x -> x.startsWith(p + "/")).count();
      if (exact + records + under == 0) {
        problems.add("report.json: the input " + p + " is not accounted for");
      }
      if (m.records() >= 0 && exact + records != Math.max(1, m.records())) {
        problems.add("report.json: " + p + " has " + m.records() + " records, "
            + (exact + records) + " sources");
      }
    }
    String html = Files.readString(reportHtml, StandardCharsets.UTF_8);
    if (html.contains("SECRET-OUTSIDE") || Files.readString(reportJson).contains("SECRET-OUTSIDE")) {
      problems.add("a file outside the given folders was read");
    }
    problems.addAll(checkHtml(html));
    return problems;
  }

  /** Well-formed, and nothing in it runs but the page's own script. */
  List<String> checkHtml(String html) {
    List<String> problems = new ArrayList<>();
    Parser parser = Parser.htmlParser().setTrackErrors(10);
    Document doc = Jsoup.parse(html, "", parser);
    parser.getErrors().forEach(e -> problems.add("report.html is not well-formed: " + e));
    List<String> scripts = doc.select("script").stream().map(Element::data).toList();
    if (!scripts.equals(pageScripts)) {
      problems.add("report.html has scripts other than its own: " + scripts.size());
    }
    if (policy != null && !policy.equals(policyOf(doc))) {
      problems.add("report.html's security policy changed: " + policyOf(doc));
    }
    for (Element e : doc.getAllElements()) {
      if (NEVER.contains(e.normalName())) {
        problems.add("report.html has a <" + e.normalName() + ">");
      }
      if (e.normalName().equals("meta") && e.hasAttr("http-equiv")
          && !e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
        problems.add("report.html has a meta http-equiv=" + e.attr("http-equiv"));
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("on") || name.equals("srcdoc")) {
          problems.add("report.html has an attribute " + name + " on <" + e.normalName() + ">");
        }
        if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:")
            || value.startsWith("vbscript:") || value.startsWith("data:"))) {
          problems.add("report.html has a " + name + "=" + a.getValue() + " on <" + e.normalName() + ">");
        }
        if (name.equals("style") && (value.contains("javascript:") || value.contains("expression("))) {
          problems.add("report.html has a style that runs: " + a.getValue());
        }
      }
    }
    return problems;
  }
}
