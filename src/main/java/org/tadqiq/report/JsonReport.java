package org.tadqiq.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.tadqiq.align.Event;
import org.tadqiq.clean.ExcludedRange;
import org.tadqiq.compare.Explainer;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Side;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.EventFrame;
import org.tadqiq.pipeline.CheckResult;

/**
 * report.json: sources, claims, events, conflicts, possible, agreements. Built from ordered lists
 * only, so the same input gives byte-identical output.
 */
public final class JsonReport {
  private final ObjectMapper mapper =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private final Explainer explainer;

  public JsonReport(Explainer explainer) {
    this.explainer = explainer;
  }

  public void write(CheckResult r, Writer out) throws IOException {
    write(ReportInput.check(r, null), out);
  }

  /**
   * Streams the report: only one source, claim, event or finding is a tree at a time, so the
   * report of a large archive needs no more memory than its result (the whole document as one
   * tree took several times the claims' own size).
   */
  public void write(ReportInput in, Writer out) throws IOException {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    JsonGenerator g = mapper.getFactory().createGenerator(out);
    g.setPrettyPrinter(pp);
    g.writeStartObject();
    head(in, g);
    body(in, g);
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  /** The run: mode, totals, and the store or the draft it was compared with. */
  private void head(ReportInput in, JsonGenerator g) throws IOException {
    CheckResult r = in.result();
    ObjectNode root = mapper.createObjectNode();
    root.put("tool", "tadqiq");
    root.put("format", 1);
    root.put("mode", in.mode().name().toLowerCase(java.util.Locale.ROOT));
    ObjectNode totals = root.putObject("totals");
    CheckResult.Counts counts = r.counts();
    totals.put("inputs", counts.inputs());
    totals.put("read", counts.read());
    totals.put("claims", counts.claims());
    totals.put("events", counts.events());
    totals.put("conflicts", counts.conflicts());
    totals.put("possible", counts.possible());
    totals.put("agreements", counts.agreements());
    totals.put("problems", counts.problems());
    totals.put("comparisons", r.comparisons());
    ObjectNode skipped = totals.putObject("skipped_records");
    r.skippedRecords().forEach(skipped::put);
    if (in.store() != null) {
      ObjectNode store = root.putObject("store");
      store.put("path", in.store().path());
      store.put("articles", in.store().articles());
      store.put("read", in.store().read());
      store.put("claims", in.store().claims());
      store.put("dismissed", in.store().dismissed());
    }
    if (in.draft() != null) {
      ReportInput.DraftSummary d = in.draft();
      ObjectNode draft = root.putObject("compared");
      draft.put("store", d.store());
      draft.put("store_articles", d.storeArticles());
      draft.put("date", d.date().toString());
      draft.put("date_from", d.dateFrom());
      draft.put("window_days", d.windowDays());
      draft.put("stored_in_window", d.storedInWindow());
      draft.put("stored_undated", d.storedUndated());
      draft.put("draft_claims", d.draftClaims());
      draft.put("claims_met", d.claimsMet());
      draft.put("stored_sources_met", d.storedSourcesMet());
      draft.put("comparisons", d.comparisons());
      draft.put("nothing_compared", d.nothingCompared());
    }
    fields(root, g);
  }

  /** Sources, claims, events, copy groups and findings, one element at a time. */
  private void body(ReportInput in, JsonGenerator g) throws IOException {
    CheckResult r = in.result();
    g.writeArrayFieldStart("sources");
    for (ExtractedSource e : r.sources()) {
      ObjectNode n = source(e);
      if (e.claims().isEmpty() && in.store() != null) {
        n.put("claims", in.store().claimsPerArticle().getOrDefault(e.source().id(), 0));
      }
      g.writeTree(n);
    }
    g.writeEndArray();
    if (!in.known().isEmpty()) {
      // stored articles quoted by the findings (a draft check): where each was published
      g.writeArrayFieldStart("stored_sources");
      for (Source s : new java.util.TreeMap<>(in.known()).values()) {
        g.writeTree(metadata(s));
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("claims");
    for (Claim c : r.claims()) {
      ObjectNode n = claim(c);
      Integer independent = r.support().of(c);
      if (independent != null) {
        // how many independent sources make it (copies of one dispatch once); one: single-source
        n.put("independent_sources", independent);
        n.put("single_source", independent == 1);
      }
      g.writeTree(n);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : r.events()) {
      ObjectNode n = mapper.createObjectNode();
      n.put("id", e.id());
      n.put("key", e.key());
      n.put("kind", e.kind());
      strings(n.putArray("participants"), e.participants());
      n.put("prior", e.prior());
      strings(n.putArray("sources"), e.sources());
      strings(n.putArray("claims"), e.claims());
      g.writeTree(n);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("copy_groups");
    java.util.Map<String, java.util.List<String>> groups = new java.util.TreeMap<>();
    r.copyGroups().forEach((source, group) ->
        groups.computeIfAbsent(group, k -> new java.util.ArrayList<>()).add(source));
    for (java.util.Map.Entry<String, java.util.List<String>> e : groups.entrySet()) {
      ObjectNode n = mapper.createObjectNode();
      n.put("id", e.getKey());
      strings(n.putArray("sources"), e.getValue().stream().sorted().toList());
      g.writeTree(n);
    }
    g.writeEndArray();
    java.util.Map<String, Claim> claims = CitedClaims.of(r);
    findings(g, "conflicts", in, Finding.Verdict.CONFLICT, claims);
    findings(g, "disputed", in, Finding.Verdict.DISPUTED, claims);
    findings(g, "copy_differences", in, Finding.Verdict.COPY_DIFFERENCE, claims);
    findings(g, "possible", in, Finding.Verdict.POSSIBLE, claims);
    findings(g, "agreements", in, Finding.Verdict.AGREEMENT, claims);
  }

  /** Writes a tree's fields into the object being written. */
  private static void fields(ObjectNode n, JsonGenerator g) throws IOException {
    for (java.util.Iterator<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it =
        n.fields(); it.hasNext(); ) {
      java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
      g.writeFieldName(e.getKey());
      g.writeTree(e.getValue());
    }
  }

  private ObjectNode metadata(Source s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", s.id());
    n.put("path", s.path());
    n.put("url", s.url());
    n.put("outlet", s.outlet());
    n.put("title", s.title());
    n.put("language", s.language());
    n.put("published", s.published() == null ? null : s.published().toString());
    return n;
  }

  private ObjectNode source(ExtractedSource e) {
    Source s = e.source();
    ObjectNode n = mapper.createObjectNode();
    n.put("id", s.id());
    n.put("path", s.path());
    n.put("url", s.url());
    n.put("outlet", s.outlet());
    n.put("title", s.title());
    n.put("language", s.language());
    n.put("published", s.published() == null ? null : s.published().toString());
    n.put("status", s.status().id());
    n.put("length", e.length());
    n.put("claims", e.claims().size());
    strings(n.putArray("problems"), s.problems());
    ArrayNode left = n.putArray("left_out");
    for (ExcludedRange x : e.excluded()) {
      ObjectNode o = left.addObject();
      o.put("marker", x.marker());
      o.put("start", x.original().start());
      o.put("end", x.original().end());
    }
    return n;
  }

  private ObjectNode claim(Claim c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", c.id());
    n.put("source", c.source());
    n.put("kind", c.kind().id());
    n.put("subject", c.subject());
    n.put("attribute", c.attribute());
    n.put("value", c.value().canonical());
    n.put("reads", explainer.value(c.value()));
    n.put("quote", c.quote());
    n.put("start", c.span().start());
    n.put("end", c.span().end());
    n.put("rule", c.rule());
    n.put("modality", c.modality().id());
    if (c.value() instanceof org.tadqiq.model.ClaimValue.When w) {
      // what the calendar makes of it: one day, a window of days, or nothing (an undated article)
      ObjectNode cal = n.putObject("calendar");
      if (w.date() != null) {
        cal.put("date", w.date().toString());
      } else if (w.isWindow()) {
        cal.put("from", w.from().toString()).put("through", w.through().toString());
      } else {
        cal.putNull("date");
      }
    }
    if (c.attribution() != null) {
      n.putObject("attribution").put("who", c.attribution().who()).put("key", c.attribution().key());
    }
    EventFrame f = c.frame();
    if (f != null) {
      ObjectNode ev = n.putObject("event");
      ev.put("key", f.key());
      ev.put("kind", f.kind());
      strings(ev.putArray("participants"), f.participants());
      ev.put("participants_from_previous_sentence", f.participantsCarried());
      ev.put("prior", f.prior());
    } else {
      n.putNull("event");
    }
    return n;
  }

  private void findings(JsonGenerator g, String field, ReportInput in, Finding.Verdict verdict,
      java.util.Map<String, Claim> claims) throws IOException {
    g.writeArrayFieldStart(field);
    int rank = 0;
    for (Finding f : in.result().with(verdict)) {
      ObjectNode n = finding(f, claims);
      n.put("rank", ++rank);
      n.put("independent_sources", in.result().independent(f.sources()));
      decision(n, in.decisions().get(f.id()), f);
      g.writeTree(n);
    }
    g.writeEndArray();
  }

  /** A reviewer's decision on a finding, and whether it still holds (positions unchanged). */
  public static void decision(ObjectNode n, org.tadqiq.review.Decision d, Finding f) {
    if (d == null) {
      return;
    }
    ObjectNode o = n.putObject("decision");
    o.put("decision", d.decision());
    o.put("reviewer", d.reviewer());
    o.put("decided_at", d.decidedAt());
    o.put("note", d.note());
    o.put("holds", d.signature().isEmpty() || d.signature().equals(f.signature()));
  }

  /** One finding with every side's evidence (quote, offsets, rule) inline. */
  public ObjectNode finding(Finding f, java.util.Map<String, Claim> claims) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", f.id());
    n.put("kind", f.kind().id());
    n.put("policy", f.policy().id());
    n.put("key", f.key());
    n.put("summary", f.summary());
    n.put("confidence", f.confidence());
    n.put("signature", f.signature());
    strings(n.putArray("sources"), f.sources());
    strings(n.putArray("claims"), f.claims());
    ArrayNode sides = n.putArray("sides");
    for (Side s : f.sides()) {
      ObjectNode o = sides.addObject();
      o.put("value", s.value());
      o.put("source_count", s.sources().size());
      if (!s.whoSays().isEmpty()) {
        strings(o.putArray("who_says"), s.whoSays());
      }
      if (s.knowledge() != null) {
        o.putObject("knowledge").put("row", s.knowledge().row()).put("file", s.knowledge().file())
            .put("source", s.knowledge().source());
      }
      strings(o.putArray("sources"), s.sources());
      strings(o.putArray("claims"), s.claims());
      ArrayNode evidence = o.putArray("evidence");
      for (String id : s.claims()) {
        Claim c = claims.get(id);
        if (c == null) {
          continue; // a claim the report did not load (a large store): its id is listed above
        }
        ObjectNode e = evidence.addObject();
        e.put("claim", c.id());
        e.put("source", c.source());
        e.put("quote", c.quote());
        e.put("start", c.span().start());
        e.put("end", c.span().end());
        e.put("rule", c.rule());
      }
    }
    return n;
  }

  /** One finding as one line of JSON (conflicts.jsonl). */
  public String line(Finding f, java.util.Map<String, Claim> claims) throws IOException {
    return mapper.writeValueAsString(finding(f, claims));
  }

  /** A finding already made into JSON, as one line. */
  public String line(ObjectNode finding) throws IOException {
    return mapper.writeValueAsString(finding);
  }

  private static void strings(ArrayNode a, java.util.List<String> values) {
    values.forEach(a::add);
  }
}
