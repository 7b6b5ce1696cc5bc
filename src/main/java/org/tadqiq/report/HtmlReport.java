package org.tadqiq.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.tadqiq.review.Decision;
import org.tadqiq.rules.LanguagePack;

/**
 * report.html: one self-contained page (no network: inline CSS and one inline script allowed by
 * its hash in the page's Content-Security-Policy, so no script from any input can run), rendered
 * by a precompiled jte template that escapes every value. Quotes keep their language's direction
 * (Arabic right-to-left, English left-to-right); the interface is in Arabic or English.
 */
public final class HtmlReport {
  /** Quotes shown per side before "show more", and how many "show more" holds. */
  static final int FIRST_QUOTES = 3;
  static final int MORE_QUOTES = 20;
  static final int EVENTS_SHOWN = 300;
  static final int INPUTS_SHOWN = 500;

  private static final String SCRIPT = resource("/ui/report.js");
  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
      + " script-src 'sha256-" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

  private final Explainer explainer;
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final DecidingWords deciding = new DecidingWords();

  public HtmlReport(Explainer explainer) {
    this.explainer = explainer;
  }

  public void write(CheckResult r, Writer out) {
    write(ReportInput.check(r, null), out);
  }

  public void write(ReportInput in, Writer out) {
    engine.render("report.jte", view(in), new BidiIsolatingOutput(new WriterOutput(out)));
  }

  /** The interface language: the one asked for, else the majority language of the sources. */
  public static String uiLanguage(ReportInput in) {
    if (in.ui() != null) {
      return in.ui();
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (ExtractedSource e : in.result().sources()) {
      if (e.source().language() != null) {
        counts.merge(e.source().language(), 1, Integer::sum);
      }
    }
    in.known().values().forEach(s -> {
      if (s.language() != null) {
        counts.merge(s.language(), 1, Integer::sum);
      }
    });
    String best = "en";
    int most = 0;
    for (String lang : Labels.LANGUAGES) {
      int n = counts.getOrDefault(lang, 0);
      if (n > most) {
        best = lang;
        most = n;
      }
    }
    return best;
  }

  /**
   * People's and places' names as the interface language's rule pack writes them (its lexicons'
   * first forms: "دونالد ترامب", "كوالالمبور"), by entity id; empty without such a pack.
   */
  private static Map<String, String> displayNames(CheckResult r, String language) {
    Map<String, String> out = new java.util.HashMap<>();
    r.rules().pack(language).ifPresent(pack -> {
      for (String lexicon : new String[] {pack.frames().persons(), pack.frames().places()}) {
        if (lexicon == null) {
          continue;
        }
        for (org.tadqiq.rules.LexiconEntry e : pack.lexicon(lexicon).entries()) {
          String name = e.text(org.tadqiq.rules.LexiconEntry.DISPLAY);
          if (name != null) {
            out.putIfAbsent(e.id(), name);
          }
        }
      }
    });
    return out;
  }

  ReportView view(ReportInput in) {
    CheckResult r = in.result();
    Labels t = Labels.of(uiLanguage(in));
    ValueWords words = new ValueWords(t, r.rules().common(), displayNames(r, t.language()));
    FindingWords findingWords = new FindingWords(t, words, r.rules().common());
    Map<String, Claim> claims = CitedClaims.of(r);
    Map<String, Source> meta = new LinkedHashMap<>(in.known());
    Set<String> withText = new HashSet<>();
    for (ExtractedSource e : r.sources()) {
      meta.put(e.source().id(), e.source());
      if (in.mode() == ReportInput.Mode.CHECK && e.source().readable() && e.hasText()) {
        withText.add(e.source().id());
      }
    }
    Set<String> drafts = new HashSet<>();
    if (in.mode() == ReportInput.Mode.DRAFT) {
      r.sources().forEach(e -> drafts.add(e.source().id()));
    }
    Context c = new Context(in, t, words, findingWords, claims, meta, withText, drafts);
    CheckResult.Counts counts = r.counts();
    List<ReportView.SectionView> sections = sections(c, counts);
    long dismissed = sections.stream().filter(s -> s.id().equals("dismissed"))
        .mapToLong(ReportView.SectionView::total).sum();
    if (in.store() != null) {
      dismissed = Math.max(dismissed, in.store().dismissed());
    }
    return new ReportView(
        t,
        t.get(switch (in.mode()) {
          case CHECK -> "title";
          case AUDIT -> "title.audit";
          case DRAFT -> "title.draft";
        }),
        in.mode().name().toLowerCase(java.util.Locale.ROOT),
        SCRIPT,
        POLICY,
        totals(t, in, counts, dismissed),
        claimsByKind(t, counts),
        draftLines(c),
        draftWarning(c),
        storeLine(c),
        sections,
        events(r).stream().limit(EVENTS_SHOWN).toList(),
        Math.max(0, r.events().size() - EVENTS_SHOWN),
        in.mode() == ReportInput.Mode.CHECK ? texts(c) : List.of(),
        inputs(c),
        inputsMore(c, counts),
        counts.inputs());
  }

  /** What one rendering needs to hand around. */
  private record Context(ReportInput in, Labels t, ValueWords words, FindingWords findingWords,
      Map<String, Claim> claims, Map<String, Source> meta, Set<String> withText, Set<String> drafts) {
    CheckResult r() {
      return in.result();
    }
  }

  private List<ReportView.Total> totals(Labels t, ReportInput in, CheckResult.Counts counts, long dismissed) {
    List<ReportView.Total> out = new ArrayList<>();
    out.add(new ReportView.Total(t.get("total.conflicts"),
        String.valueOf(Math.max(0, counts.conflicts() - dismissed)), "conflict"));
    // disputes and copying differences are listed apart from conflicts: a tile when there are any
    int disputed = in.result().with(Finding.Verdict.DISPUTED).size();
    if (disputed > 0) {
      out.add(new ReportView.Total(t.get("total.disputed"), String.valueOf(disputed), "disputed"));
    }
    int copies = in.result().with(Finding.Verdict.COPY_DIFFERENCE).size();
    if (copies > 0) {
      out.add(new ReportView.Total(t.get("total.copy-differences"), String.valueOf(copies),
          "copy-difference"));
    }
    out.add(new ReportView.Total(t.get("total.possible"), String.valueOf(counts.possible()), "possible"));
    out.add(new ReportView.Total(t.get("total.agreements"), String.valueOf(counts.agreements()), "agreement"));
    if (dismissed > 0) {
      out.add(new ReportView.Total(t.get("total.dismissed"), String.valueOf(dismissed), "dismissed"));
    }
    out.add(new ReportView.Total(t.get("total.claims"), String.valueOf(counts.claims()), ""));
    if (in.mode() == ReportInput.Mode.CHECK) {
      out.add(new ReportView.Total(t.get("total.events"), String.valueOf(counts.events()), ""));
    }
    out.add(new ReportView.Total(t.get("total.read"), counts.read() + " / " + counts.inputs(), ""));
    out.add(new ReportView.Total(t.get("total.problems"), String.valueOf(counts.problems()), ""));
    out.add(new ReportView.Total(t.get("total.comparisons"), String.valueOf(in.result().comparisons()), ""));
    return out;
  }

  private static String claimsByKind(Labels t, CheckResult.Counts counts) {
    StringBuilder b = new StringBuilder();
    counts.claimsByKind().forEach((k, n) -> b.append(b.length() == 0 ? "" : " · ")
        .append(t.get("kind." + k)).append(' ').append(n));
    return t.format("claims.by.kind", b);
  }

  private List<ReportView.SectionView> sections(Context c, CheckResult.Counts counts) {
    List<ReportView.SectionView> out = new ArrayList<>();
    List<ReportView.FindingView> dismissed = new ArrayList<>();
    Labels t = c.t();
    boolean draft = c.in().mode() == ReportInput.Mode.DRAFT;
    for (Finding.Verdict v : Finding.Verdict.values()) {
      List<ReportView.FindingView> cards = new ArrayList<>();
      int rank = 0;
      for (Finding f : c.r().with(v)) {
        Decision d = c.in().decisions().get(f.id());
        ReportView.FindingView card = finding(c, f, ++rank, d);
        if (d != null && d.dismissed() && (d.signature().isEmpty() || d.signature().equals(f.signature()))) {
          dismissed.add(card);
        } else {
          cards.add(card);
        }
      }
      long total = switch (v) {
        case CONFLICT -> counts.conflicts();
        case POSSIBLE -> counts.possible();
        case AGREEMENT -> counts.agreements();
        default -> cards.size();
      };
      String key = "verdict." + v.name();
      String explain = draft && t.has(key + ".draft.explain") ? key + ".draft.explain" : key + ".explain";
      String empty = draft && t.has(key + ".draft.empty") ? key + ".draft.empty" : key + ".empty";
      int shownCount = c.r().with(v).size();
      out.add(new ReportView.SectionView(
          v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          t.has(key) ? t.get(key) : v.name(),
          t.has(explain) ? t.get(explain) : t.get("verdict.other.explain"),
          t.get(empty),
          total,
          total > shownCount ? t.format("shown.of", shownCount, total) : "",
          cards));
    }
    if (!dismissed.isEmpty()) {
      out.add(new ReportView.SectionView("dismissed", "dismissed", t.get("verdict.DISMISSED"),
          t.get("verdict.DISMISSED.explain"), t.get("verdict.DISMISSED.empty"), dismissed.size(), "",
          dismissed));
    }
    return out;
  }

  private ReportView.FindingView finding(Context c, Finding f, int rank, Decision d) {
    Labels t = c.t();
    List<Claim> all = new ArrayList<>();
    List<ReportView.SideView> sides = new ArrayList<>();
    int most = f.sides().stream().mapToInt(s -> s.sources().size()).max().orElse(0);
    for (Side side : f.sides()) {
      sides.add(side(c, f, side, most, all));
    }
    Claim first = all.isEmpty() ? null : all.get(0);
    String decisionKind = "";
    String decisionText = "";
    if (d != null) {
      boolean same = d.signature().isEmpty() || d.signature().equals(f.signature());
      decisionKind = d.decision();
      decisionText = d.dismissed() && !same
          ? t.format("review.changed", d.reviewer(), d.day())
          : t.format("review.stored." + d.decision(), d.reviewer(), d.day())
              + (d.note().isBlank() ? "" : " — " + d.note());
      if (d.dismissed() && !same) {
        decisionKind = "changed";
      }
    }
    String verdict = f.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return new ReportView.FindingView(
        f.id(), rank, verdict, verdict,
        c.findingWords().headline(f, first, sides),
        f.verdict() == Finding.Verdict.AGREEMENT ? "" : c.findingWords().why(f),
        t.get("kind." + f.kind().id()),
        f.policy().id(),
        String.format(java.util.Locale.ROOT, "%.2f", f.confidence()),
        c.findingWords().confidence(f, all),
        f.key(),
        f.signature(),
        f.summary(),
        decisionKind,
        decisionText,
        sides);
  }

  private ReportView.SideView side(Context c, Finding f, Side side, int most, List<Claim> all) {
    Labels t = c.t();
    // one quote per source keeps a card readable; the draft's quotes come first
    Map<String, List<Claim>> bySource = new LinkedHashMap<>();
    for (String id : side.claims()) {
      Claim claim = c.claims().get(id);
      if (claim != null) {
        bySource.computeIfAbsent(claim.source(), k -> new ArrayList<>()).add(claim);
      }
    }
    List<String> order = new ArrayList<>(bySource.keySet());
    order.sort((a, b) -> Boolean.compare(!c.drafts().contains(a), !c.drafts().contains(b)));
    List<ReportView.EvidenceView> evidence = new ArrayList<>();
    String value = null;
    for (String source : order) {
      List<Claim> same = bySource.get(source);
      Claim claim = same.get(0);
      all.add(claim);
      if (value == null) {
        value = c.words().value(claim.value(), f.policy());
        if (claim.modality() == org.tadqiq.model.Modality.DENIED) {
          value = t.format("side.denied", value); // the deniers' side of a dispute says so
        }
      }
      if (evidence.size() < FIRST_QUOTES + MORE_QUOTES) {
        evidence.add(evidence(c, f, claim, same.size() - 1));
      }
    }
    int sources = side.sources().size();
    boolean draft = side.sources().stream().anyMatch(c.drafts()::contains);
    // the odd one out: fewer sources than every other side, against a side of two or more
    // (against a reference table no side is the odd one: the table is not one more source)
    boolean odd = f.sides().size() > 1 && most >= 2
        && f.sides().stream().noneMatch(o -> o.knowledge() != null) && f.sides().stream()
        .filter(o -> o != side).allMatch(o -> o.sources().size() > sources);
    int shown = Math.min(FIRST_QUOTES, evidence.size());
    int hidden = sources - evidence.size();
    if (side.knowledge() != null) {
      value = c.words().knowledge(side.knowledge()); // the table's position, in the reader's words
    }
    return new ReportView.SideView(
        value == null ? side.value() : value,
        side.knowledge() != null ? t.get("side.table") : t.count("side.sources", sources),
        sources,
        odd,
        draft,
        side.whoSays().isEmpty() ? null : String.join(" · ", side.whoSays()),
        side.knowledge() == null ? null
            : c.words().knowledgeRow(side.knowledge()) + " (" + side.knowledge().file() + "; "
                + side.knowledge().source() + ")",
        evidence.subList(0, shown),
        evidence.subList(shown, evidence.size()),
        t.format("side.more", evidence.size() - shown),
        hidden > 0 ? t.format("side.hidden", hidden) : "");
  }

  private ReportView.EvidenceView evidence(Context c, Finding f, Claim claim, int more) {
    Source s = c.meta().get(claim.source());
    LanguagePack pack = s == null ? null : pack(c.r(), s.language());
    List<Highlighter.Mark> marks = new ArrayList<>();
    int offset = claim.contextStart();
    marks.add(new Highlighter.Mark(claim.span().start() - offset, claim.span().end() - offset,
        "claim " + claim.kind().id(), claim.id() + " · " + claim.rule(), claim.id()));
    for (DecidingWords.Range range : deciding.find(claim, f.policy(), pack)) {
      marks.add(new Highlighter.Mark(range.start(), range.end(), "decide", "", null));
    }
    String context = claim.context() == null ? claim.quote() : claim.context();
    if (claim.context() == null) {
      marks = List.of(new Highlighter.Mark(0, context.length(), "claim " + claim.kind().id(), claim.id(), null));
    }
    Labels t = c.t();
    java.time.LocalDate published = s == null ? null : s.published();
    if (published == null && c.drafts().contains(claim.source()) && c.in().draft() != null) {
      published = c.in().draft().date(); // a draft is dated as the check dated it
    }
    return new ReportView.EvidenceView(
        claim.source(),
        s == null || s.outlet() == null ? "" : s.outlet(),
        published == null ? t.get("evidence.undated") : c.words().date(published),
        published == null ? "" : published.toString(),
        s == null ? "" : title(s),
        s == null ? null : safeUrl(s.url()),
        s == null || s.language() == null ? "und" : s.language(),
        pack == null ? "auto" : pack.direction(),
        c.drafts().contains(claim.source()),
        c.withText().contains(claim.source()),
        t.format("evidence.technical", claim.rule(), claim.id(), claim.span().start(), claim.span().end()),
        more > 0 ? t.format("evidence.more.in.source", more) : "",
        Highlighter.segments(context, 0, context.length(), marks));
  }

  private List<String> draftLines(Context c) {
    ReportInput.DraftSummary d = c.in().draft();
    if (d == null) {
      return List.of();
    }
    Labels t = c.t();
    List<String> lines = new ArrayList<>();
    lines.add(t.format("draft.store", isolate(d.store()), d.storeArticles()));
    lines.add(t.format("draft.date", c.words().date(d.date()), t.get("draft.date." + d.dateFrom()),
        d.windowDays(), d.storedInWindow(), d.storedUndated()));
    lines.add(t.format("draft.claims", d.claimsMet(), d.draftClaims(), d.storedSourcesMet(), d.comparisons()));
    return lines;
  }

  private static String draftWarning(Context c) {
    ReportInput.DraftSummary d = c.in().draft();
    if (d == null || d.nothingCompared() == null) {
      return "";
    }
    return c.t().format("draft.nothing", c.t().get("draft.nothing." + d.nothingCompared()));
  }

  private static String storeLine(Context c) {
    ReportInput.StoreSummary s = c.in().store();
    if (s == null || c.in().mode() != ReportInput.Mode.AUDIT) {
      return "";
    }
    return c.t().format("store.summary", isolate(s.path()), s.articles(), s.read(), s.claims());
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

  private List<ReportView.SourceView> texts(Context c) {
    List<ReportView.SourceView> out = new ArrayList<>();
    for (ExtractedSource e : c.r().sources()) {
      Source s = e.source();
      if (!s.readable()) {
        continue;
      }
      List<Highlighter.Mark> marks = new ArrayList<>();
      List<String> leftOut = new ArrayList<>();
      for (ExcludedRange x : e.excluded()) {
        marks.add(new Highlighter.Mark(x.original().start(), x.original().end(), "furniture",
            "left out: " + x.marker(), null));
        leftOut.add(x.marker() + " [" + x.original().start() + "–" + x.original().end() + "]");
      }
      boolean shown = e.hasText();
      int singleSource = 0;
      for (Claim claim : e.claims()) {
        // how many independent sources make the claim (copies of one dispatch once): a claim only
        // one of them makes is what a fact-checker verifies first
        Integer support = c.r().support().of(claim);
        singleSource += support != null && support == 1 ? 1 : 0;
        if (!shown) {
          continue; // a text not kept shows no marks: its claims' labels would be made for nothing
        }
        String backing = support == null ? "" : support == 1 ? " single" : " backed";
        String says = support == null ? ""
            : " · " + (support == 1 ? c.t().get("texts.single") : c.t().format("texts.backed", support));
        marks.add(new Highlighter.Mark(claim.span().start(), claim.span().end(),
            "claim " + claim.kind().id() + backing,
            claim.id() + " · " + claim.kind().id() + " · " + c.words().value(claim.value()) + " · "
                + claim.rule() + says,
            claim.id()));
      }
      LanguagePack pack = pack(c.r(), s.language());
      out.add(new ReportView.SourceView(
          s.id(), title(s), s.language() == null ? "und" : s.language(),
          pack == null ? "auto" : pack.direction(), shown,
          shown ? "" : c.t().get("texts.notkept"),
          singleSource == 0 ? c.t().format("texts.claims", e.claims().size())
              : c.t().format("texts.claims.single", e.claims().size(), singleSource), leftOut,
          shown ? Highlighter.segments(s.text(), 0, s.text().length(), marks) : List.of()));
    }
    return out;
  }

  private List<ReportView.InputView> inputs(Context c) {
    List<ExtractedSource> all = c.r().sources();
    // problems first: they are what a reader of this table looks for
    List<ExtractedSource> ordered = new ArrayList<>();
    all.stream().filter(e -> !e.source().problems().isEmpty()).forEach(ordered::add);
    all.stream().filter(e -> e.source().problems().isEmpty()).forEach(ordered::add);
    List<ReportView.InputView> out = new ArrayList<>();
    for (ExtractedSource e : ordered.subList(0, Math.min(INPUTS_SHOWN, ordered.size()))) {
      Source s = e.source();
      out.add(new ReportView.InputView(
          s.id(), s.path(), c.t().get("status." + s.status().id()), s.readable(),
          s.language() == null ? "" : s.language(),
          s.published() == null ? "" : s.published().toString(),
          s.outlet() == null ? "" : s.outlet(),
          s.title() == null ? "" : s.title(),
          safeUrl(s.url()),
          claimCount(c, e),
          s.problems(),
          c.withText().contains(s.id()),
          copiesOf(c.r(), s.id())));
    }
    return out;
  }

  /** The other sources of the copy group {@code id} belongs to, in id order; none when it has none. */
  private static List<String> copiesOf(CheckResult r, String id) {
    String group = r.copyGroups().get(id);
    if (group == null) {
      return List.of();
    }
    return r.copyGroups().entrySet().stream()
        .filter(g -> g.getValue().equals(group) && !g.getKey().equals(id))
        .map(Map.Entry::getKey).sorted().toList();
  }

  private static long claimCount(Context c, ExtractedSource e) {
    if (!e.claims().isEmpty() || c.in().store() == null) {
      return e.claims().size();
    }
    return c.in().store().claimsPerArticle().getOrDefault(e.source().id(), 0);
  }

  private static String inputsMore(Context c, CheckResult.Counts counts) {
    long more = counts.inputs() - Math.min(INPUTS_SHOWN, c.r().sources().size());
    return more > 0 ? c.t().format("inputs.more", more) : "";
  }

  /** A path or command kept left-to-right inside right-to-left text (Unicode isolates). */
  private static String isolate(String ltr) {
    return "\u2066" + ltr + "\u2069";
  }

  /** Only web links are linked; anything else (javascript:, data:, file:) is shown as text. */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && !u.contains(" ") ? u : null;
  }

  private static LanguagePack pack(CheckResult r, String language) {
    return language == null ? null : r.rules().pack(language).orElse(null);
  }

  private static String title(Source s) {
    if (s.title() != null && !s.title().isBlank()) {
      return s.title();
    }
    String text = s.text() == null ? "" : s.text().strip();
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    return first.length() > 90 ? org.tadqiq.text.TextCuts.prefix(first, 90) + "…" : first;
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name + " in the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
