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
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    JsonGenerator g = mapper.getFactory().createGenerator(out);
    g.setPrettyPrinter(pp);
    mapper.writeTree(g, tree(r));
    out.write("\n");
  }

  public ObjectNode tree(CheckResult r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("tool", "tadqiq");
    root.put("format", 1);
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
    ArrayNode sources = root.putArray("sources");
    for (ExtractedSource e : r.sources()) {
      sources.add(source(e));
    }
    ArrayNode claims = root.putArray("claims");
    for (Claim c : r.claims()) {
      claims.add(claim(c));
    }
    ArrayNode events = root.putArray("events");
    for (Event e : r.events()) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      n.put("key", e.key());
      n.put("kind", e.kind());
      strings(n.putArray("participants"), e.participants());
      n.put("prior", e.prior());
      strings(n.putArray("sources"), e.sources());
      strings(n.putArray("claims"), e.claims());
    }
    findings(root.putArray("conflicts"), r, Finding.Verdict.CONFLICT);
    findings(root.putArray("possible"), r, Finding.Verdict.POSSIBLE);
    findings(root.putArray("agreements"), r, Finding.Verdict.AGREEMENT);
    return root;
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

  private void findings(ArrayNode out, CheckResult r, Finding.Verdict verdict) {
    java.util.Map<String, Claim> claims = new java.util.HashMap<>();
    r.claims().forEach(c -> claims.put(c.id(), c));
    for (Finding f : r.with(verdict)) {
      out.add(finding(f, claims));
    }
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
    strings(n.putArray("sources"), f.sources());
    strings(n.putArray("claims"), f.claims());
    ArrayNode sides = n.putArray("sides");
    for (Side s : f.sides()) {
      ObjectNode o = sides.addObject();
      o.put("value", s.value());
      strings(o.putArray("sources"), s.sources());
      strings(o.putArray("claims"), s.claims());
      ArrayNode evidence = o.putArray("evidence");
      for (String id : s.claims()) {
        Claim c = claims.get(id);
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

  private static void strings(ArrayNode a, java.util.List<String> values) {
    values.forEach(a::add);
  }
}
