package org.tadqiq.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tadqiq.align.Facet;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.ConflictFinder;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.compare.Side;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.report.ReportInput;
import org.tadqiq.rules.RuleBook;

/**
 * The editor's check: a draft's claims against everything in the store. Each of the draft's facets
 * fetches its group by an index look-up (no scan) — only articles within the policy's time window
 * of the draft, and for offices one article per distinct value. What the draft says that stored
 * articles also say is corroboration; a disagreement counts only when the draft's own claim takes
 * part and no stored article takes the draft's side (a draft that sides with four stored articles
 * against a fifth is not what is wrong). The outcome says what was compared, so a draft that met
 * nothing is never passed as if it had been checked.
 */
public final class DraftCheck {
  private final RuleBook rules;
  private final CheckPipeline pipeline;

  /** What the check found, what it compared, and where the stored sources it quotes come from. */
  public record Outcome(CheckResult result, ReportInput.DraftSummary summary, Map<String, Source> stored) {}

  public DraftCheck(RuleBook rules, CheckPipeline pipeline) {
    this.rules = rules;
    this.pipeline = pipeline;
  }

  /**
   * @param dateOption the date of drafts without a published date (null: today)
   * @param storeName how the report names the store (its path)
   */
  public Outcome check(List<ExtractedSource> drafts, ClaimStore store, String storeName,
      LocalDate dateOption) throws SQLException {
    FacetMaker maker = new FacetMaker(rules.common());
    ConflictFinder finder = new ConflictFinder(rules.common(), pipeline.explainer());
    List<Finding> findings = new ArrayList<>();
    Map<String, Claim> claims = new LinkedHashMap<>();
    Set<String> claimsMet = new HashSet<>();
    Set<String> storedSources = new TreeSet<>();
    LocalDate firstDate = null;
    String dateFrom = null;
    int draftClaims = 0;
    Map<String, String> copyGroups = new java.util.TreeMap<>();
    CopyIndex copyIndex = store.copyIndex(org.tadqiq.align.CopyGroups.of(rules.common()));
    for (ExtractedSource draft : drafts) {
      String id = draft.source().id();
      // a draft that copies a stored dispatch differs from it by a copying difference, and the
      // dispatch's copies count once among the stored sources that back it
      var print = org.tadqiq.align.CopyGroups.fingerprint(draft.source());
      Map<String, String> draftCopies = print == null ? Map.of()
          : copyIndex.groupsJoinedBy(print, id);
      copyGroups.putAll(draftCopies);
      finder.withCopyGroups(draftCopies);
      draftClaims += draft.claims().size();
      draft.claims().forEach(c -> claims.put(c.id(), c));
      LocalDate when = draft.source().published();
      String from = "published";
      if (when == null) {
        when = dateOption != null ? dateOption : LocalDate.now();
        from = dateOption != null ? "option" : "today";
      }
      if (firstDate == null && draft.source().readable()) {
        firstDate = when;
        dateFrom = from;
      }
      Map<String, List<Facet>> groups = new LinkedHashMap<>();
      // the draft is judged as of its date (published, --date or today), the office table's
      // verdicts too: every facet carries that date
      // the draft's own days and places anchor its events beside the stored ones
      List<Facet> draftAnchors = new ArrayList<>();
      for (Facet f : maker.facetsOf(draft.claims(), when)) {
        groups.computeIfAbsent(f.groupKey(), k -> new ArrayList<>()).add(f);
        if (f.policy() == Policy.EVENT_DAY || f.policy() == Policy.EVENT_PLACE) {
          draftAnchors.add(f);
        }
      }
      for (List<Facet> mine : groups.values()) {
        List<Facet> group = new ArrayList<>();
        var policy = mine.get(0).policy();
        if (policy == Policy.OFFICE_AGAINST_KNOWLEDGE) {
          // the other side is the table of office holders, not the store
          Finding f = finder.judge(mine, id);
          if (f != null) {
            mine.forEach(x -> claimsMet.add(x.claim().id()));
            findings.add(f);
          }
          continue;
        }
        for (Facet stored : store.group(policy, mine.get(0).key(), when,
            policy.windowDays(rules.common()), !policy.allowsSeveralValues())) {
          if (!stored.claim().source().equals(id)) { // the draft may already be in the store
            group.add(stored);
          }
        }
        if (group.isEmpty()) {
          continue;
        }
        mine.forEach(f -> claimsMet.add(f.claim().id()));
        group.forEach(f -> storedSources.add(f.claim().source()));
        group.addAll(mine);
        List<Facet> anchors = new ArrayList<>(store.eventAnchors(group));
        anchors.addAll(draftAnchors);
        Finding f = store.judged(group, g -> finder.judge(g, id, anchors));
        if (f == null) {
          continue;
        }
        Finding kept = forDraft(f, id);
        findings.add(kept);
        group.forEach(x -> claims.putIfAbsent(x.claim().id(), x.claim()));
      }
    }
    Set<String> quoted = new LinkedHashSet<>();
    findings.forEach(f -> quoted.addAll(f.claims()));
    Set<String> draftIds = new HashSet<>();
    drafts.forEach(d -> draftIds.add(d.source().id()));
    List<Claim> shown = claims.values().stream()
        .filter(c -> quoted.contains(c.id()) || draftIds.contains(c.source()))
        .toList();
    List<Finding> ranked = ConflictFinder.rankAndNumber(findings);
    Set<String> quotedSources = new TreeSet<>();
    ranked.forEach(f -> f.sources().stream().filter(s -> !draftIds.contains(s)).forEach(quotedSources::add));
    Map<String, Source> stored = store.articles(quotedSources);

    long readable = drafts.stream().filter(d -> d.source().readable()).count();
    String nothing = readable == 0 ? "unreadable" : draftClaims == 0 ? "noclaims"
        : claimsMet.isEmpty() ? "nomatch" : null;
    LocalDate date = firstDate != null ? firstDate : dateOption != null ? dateOption : LocalDate.now();
    int window = rules.common().policies().eventSameTimeWindowDays();
    ReportInput.DraftSummary summary = new ReportInput.DraftSummary(
        storeName, store.articleCount(), date, dateFrom == null ? "today" : dateFrom, window,
        store.articlesPublishedBetween(date.minusDays(window), date.plusDays(window)),
        store.undatedArticles(), draftClaims, claimsMet.size(), storedSources.size(),
        finder.comparisons(), nothing);
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (ClaimKind k : ClaimKind.values()) {
      byKind.put(k.id(), drafts.stream().flatMap(d -> d.claims().stream()).filter(c -> c.kind() == k).count());
    }
    CheckResult.Counts counts = new CheckResult.Counts(drafts.size(), readable, draftClaims, 0,
        count(ranked, Finding.Verdict.CONFLICT), count(ranked, Finding.Verdict.POSSIBLE),
        count(ranked, Finding.Verdict.AGREEMENT),
        drafts.stream().mapToInt(d -> d.source().problems().size()).sum(), byKind);
    CheckResult result = new CheckResult(rules, drafts, shown, List.of(), ranked,
        finder.comparisons(), Map.of(), counts).withCopyGroups(copyGroups);
    return new Outcome(result, summary, stored);
  }

  /**
   * A disagreement in which some stored article takes the draft's side is the store's own, not
   * the draft's: for the draft it is corroboration (its side, with the stored articles that
   * share it); the store's other positions are named in the summary.
   */
  private static Finding forDraft(Finding f, String draft) {
    if (f.verdict() == Finding.Verdict.AGREEMENT) {
      return f;
    }
    List<Side> draftSides = f.sides().stream().filter(s -> s.sources().contains(draft)).toList();
    boolean supported = !draftSides.isEmpty()
        && draftSides.stream().allMatch(s -> s.sources().size() > 1);
    if (!supported) {
      return f;
    }
    List<Side> others = f.sides().stream().filter(s -> !s.sources().contains(draft)).toList();
    Set<String> sources = new TreeSet<>();
    List<String> claims = new ArrayList<>();
    draftSides.forEach(s -> {
      sources.addAll(s.sources());
      claims.addAll(s.claims());
    });
    StringBuilder summary = new StringBuilder(f.summary());
    if (!others.isEmpty()) {
      summary.append(" — the draft sides with ").append(sources.size() - 1)
          .append(" stored source(s); the store itself also holds ");
      for (int i = 0; i < others.size(); i++) {
        summary.append(i == 0 ? "" : ", ").append(others.get(i).value()).append(" (")
            .append(others.get(i).sources().size()).append(")");
      }
    }
    return new Finding(f.id(), Finding.Verdict.AGREEMENT, f.kind(), f.policy(), f.key(),
        summary.toString(), f.confidence(), draftSides, claims, List.copyOf(sources));
  }

  private static long count(List<Finding> findings, Finding.Verdict v) {
    return findings.stream().filter(f -> f.verdict() == v).count();
  }
}
