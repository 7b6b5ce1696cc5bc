package org.tadqiq.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.rules.CommonData;
import org.tadqiq.rules.Specs;

/**
 * Judges what articles say of office holders against the dated table of rules/common
 * (office-holders.yaml), at each article's own date: "the former president Trump" is right in an
 * article of 2023 and wrong in one of July 2025, even when no other source disagrees. A claim
 * that contradicts the table is a conflict whose other side is the table's row, named as such.
 * The table is trusted only where it speaks: a holder is judged "former" only while a row shows
 * them in office (an open term only so long after its newest evidence), "current" only after a
 * term of theirs is known to have ended (a re-appointment may be listed without the terms before
 * it), and never close to a change of holder.
 */
public final class KnowledgeCheck {
  private static final String FILE = "rules/common/office-holders.yaml";
  private final CommonData common;
  private final Explainer explainer;
  private final OfficeTable table;

  public KnowledgeCheck(CommonData common, Explainer explainer) {
    this.common = common;
    this.explainer = explainer;
    this.table = new OfficeTable(common);
  }

  /** The findings against the table, one per person and office that some article misstates. */
  public List<Finding> check(List<ExtractedSource> sources) {
    Map<String, List<Claim>> wrongByFact = new LinkedHashMap<>();
    Map<String, OfficeTable.Verdict> verdictByFact = new LinkedHashMap<>();
    for (ExtractedSource e : sources) {
      LocalDate date = e.source().published();
      if (date == null) {
        continue; // a claim is judged at its article's date: an undated article is not judged
      }
      for (Claim c : e.claims()) {
        if (!(c.value() instanceof ClaimValue.Office o) || o.role() == null
            || o.person().startsWith("~")) {
          continue;
        }
        OfficeTable.Verdict v = table.judge(o, date);
        if (v != null) {
          String fact = o.person() + "|" + o.role() + "|" + v.truth();
          wrongByFact.computeIfAbsent(fact, k -> new ArrayList<>()).add(c);
          verdictByFact.putIfAbsent(fact, v);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : wrongByFact.entrySet()) {
      out.add(finding(e.getKey(), e.getValue(), verdictByFact.get(e.getKey())));
    }
    return out;
  }

  private Finding finding(String fact, List<Claim> wrong, OfficeTable.Verdict verdict) {
    String truth = verdict.truth();
    Specs.Holder row = verdict.row();
    Claim first = wrong.get(0);
    var o = (ClaimValue.Office) first.value();
    TreeSet<String> sources = new TreeSet<>();
    wrong.forEach(c -> sources.add(c.source()));
    String said = explainer.value(o);
    String office = explainer.value(new ClaimValue.Office(o.person(), o.role(), row.jurisdiction(),
        "current")).replaceFirst(", current$", "");
    String person = common.label(o.person());
    String rowText = person + ", " + office + ", " + row.from() + " – "
        + (row.to() == null ? "in office (newest evidence " + row.evidence() + ")" : row.to());
    Side article = new Side(said, List.copyOf(sources),
        wrong.stream().map(Claim::id).toList(), List.of(), null);
    Side table = new Side(office + ", " + truth, List.of(), List.of(), List.of(),
        new Side.Knowledge(rowText, FILE, row.source(),
            new ClaimValue.Office(o.person(), o.role(), row.jurisdiction(), "current"),
            verdict.on(), verdict.inOffice(),
            new Side.Term(row.from(), row.to(), row.evidence())));
    String summary = person + " — " + office + ": " + said + " in " + String.join(", ", sources)
        + " vs " + truth + " in the table of office holders (" + rowText + "); "
        + Policy.OFFICE_AGAINST_KNOWLEDGE.principle();
    return new Finding(null, Finding.Verdict.CONFLICT, first.kind(), Policy.OFFICE_AGAINST_KNOWLEDGE,
        fact, summary, 0.9, List.of(article, table), wrong.stream().map(Claim::id).toList(),
        List.copyOf(sources));
  }
}
