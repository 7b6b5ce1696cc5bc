package org.tadqiq.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tadqiq.align.Event;
import org.tadqiq.clean.ExcludedRange;
import org.tadqiq.compare.Explainer;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Side;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.LanguagePack;

/**
 * report.html: one self-contained page (no network), rendered by a precompiled jte template that
 * escapes every value. Arabic text is shown right-to-left.
 */
public final class HtmlReport {
  private final Explainer explainer;
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public HtmlReport(Explainer explainer) {
    this.explainer = explainer;
  }

  public void write(CheckResult r, Writer out) {
    engine.render("report.jte", view(r), new BidiIsolatingOutput(new WriterOutput(out)));
  }

  ReportView view(CheckResult r) {
    Map<String, Claim> claims = new TreeMap<>();
    r.claims().forEach(c -> claims.put(c.id(), c));
    Map<String, ExtractedSource> sources = new TreeMap<>();
    r.sources().forEach(s -> sources.put(s.source().id(), s));
    CheckResult.Counts c = r.counts();
    StringBuilder byKind = new StringBuilder();
    c.claimsByKind().forEach((k, n) -> byKind.append(byKind.length() == 0 ? "" : " · ")
        .append(k).append(' ').append(n));
    var totals = new ReportView.Totals(
        (int) c.inputs(), c.read(), (int) c.claims(), (int) c.events(), (int) c.conflicts(),
        (int) c.possible(), (int) c.agreements(), (int) c.problems(), r.comparisons(),
        byKind.toString());
    return new ReportView(
        totals,
        findings(r, Finding.Verdict.CONFLICT, claims, sources),
        findings(r, Finding.Verdict.POSSIBLE, claims, sources),
        findings(r, Finding.Verdict.AGREEMENT, claims, sources),
        events(r),
        r.sources().stream().map(s -> source(s, r)).toList());
  }

  private List<ReportView.FindingView> findings(CheckResult r, Finding.Verdict verdict,
      Map<String, Claim> claims, Map<String, ExtractedSource> sources) {
    List<ReportView.FindingView> out = new ArrayList<>();
    for (Finding f : r.with(verdict)) {
      List<ReportView.SideView> sides = new ArrayList<>();
      for (Side side : f.sides()) {
        // one quote per source and side keeps a card readable; the rest are counted
        Map<String, List<Claim>> bySource = new java.util.LinkedHashMap<>();
        for (String id : side.claims()) {
          bySource.computeIfAbsent(claims.get(id).source(), k -> new ArrayList<>()).add(claims.get(id));
        }
        List<ReportView.EvidenceView> evidence = new ArrayList<>();
        for (List<Claim> same : bySource.values()) {
          Claim c = same.get(0);
          evidence.add(evidence(c, sources.get(c.source()), r, same.size() - 1));
        }
        sides.add(new ReportView.SideView(side.value(), evidence));
      }
      out.add(new ReportView.FindingView(f.id(), f.summary(), f.policy().id(), f.kind().id(),
          String.format(java.util.Locale.ROOT, "%.2f", f.confidence()), f.key(), sides));
    }
    return out;
  }

  private ReportView.EvidenceView evidence(Claim c, ExtractedSource s, CheckResult r, int more) {
    int offset = c.contextStart();
    var mark = new Highlighter.Mark(c.span().start() - offset, c.span().end() - offset,
        "claim " + c.kind().id(), c.id() + " · " + c.rule(), c.id());
    // a store's report has no article list: the claim alone says where it comes from
    Source src = s == null ? null : s.source();
    return new ReportView.EvidenceView(
        c.source(), src == null ? "" : title(src), c.id(), c.rule(), c.span().start(), c.span().end(),
        c.quote(), src == null ? "und" : lang(src), src == null ? "auto" : dir(src, r), more,
        Highlighter.segments(c.context(), 0, c.context().length(), List.of(mark)));
  }

  private List<ReportView.EventView> events(CheckResult r) {
    List<ReportView.EventView> out = new ArrayList<>();
    for (Event e : r.events()) {
      String who = String.join(", ",
          e.participants().stream().map(p -> r.rules().common().label(p)).toList());
      out.add(new ReportView.EventView(e.id(), (e.prior() ? "earlier " : "") + e.kind(), who,
          e.sources(), e.claims().size()));
    }
    return out;
  }

  private ReportView.SourceView source(ExtractedSource e, CheckResult r) {
    Source s = e.source();
    List<Highlighter.Mark> marks = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (ExcludedRange x : e.excluded()) {
      marks.add(new Highlighter.Mark(x.original().start(), x.original().end(), "furniture",
          "left out: " + x.marker(), null));
      leftOut.add(x.marker() + " [" + x.original().start() + "–" + x.original().end() + "]");
    }
    for (Claim c : e.claims()) {
      marks.add(new Highlighter.Mark(c.span().start(), c.span().end(), "claim " + c.kind().id(),
          c.id() + " · " + c.kind().id() + " · " + explainer.value(c.value()) + " · " + c.rule(),
          c.id()));
    }
    return new ReportView.SourceView(
        s.id(), s.path(), title(s), s.outlet() == null ? "" : s.outlet(),
        s.published() == null ? "" : s.published().toString(),
        s.language() == null ? "" : s.language(), lang(s), dir(s, r), s.status().id(),
        s.readable() && e.hasText(), s.problems(), e.claims().size(), leftOut,
        Highlighter.segments(s.text(), 0, s.text().length(), marks));
  }

  private static String title(Source s) {
    if (s.title() != null && !s.title().isBlank()) {
      return s.title();
    }
    String t = s.text().strip();
    int nl = t.indexOf('\n');
    String first = nl < 0 ? t : t.substring(0, nl);
    return first.length() > 90 ? org.tadqiq.text.TextCuts.prefix(first, 90) + "…" : first;
  }

  private static String lang(Source s) {
    return s.language() == null ? "und" : s.language();
  }

  private static String dir(Source s, CheckResult r) {
    return r.rules().pack(s.language()).map(LanguagePack::direction).orElse("auto");
  }
}
