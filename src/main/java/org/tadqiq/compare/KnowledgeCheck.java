package org.tadqiq.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tadqiq.align.Facet;
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

  /**
   * The finding of one group of misstatements of one fact (facets of policy {@link
   * Policy#OFFICE_AGAINST_KNOWLEDGE}, made by {@code align.FacetMaker} for every office claim the
   * table contradicts at its article's date); null when, judged again, none of them does.
   */
  public Finding judge(List<Facet> group) {
    List<Claim> wrong = new ArrayList<>();
    OfficeTable.Verdict verdict = null;
    for (Facet f : group) {
      if (!(f.claim().value() instanceof ClaimValue.Office o) || f.published() == null) {
        continue;
      }
      OfficeTable.Verdict v = table.judge(o, f.published());
      if (v == null) {
        continue;
      }
      if (verdict == null) {
        verdict = v;
      }
      wrong.add(f.claim());
    }
    return wrong.isEmpty() ? null : finding(group.get(0).key(), wrong, verdict);
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
    String summary = person + " — " + office + ": " + said + " in " + Explainer.sourceList(List.copyOf(sources))
        + " vs " + truth + " in the table of office holders (" + rowText + "); "
        + Policy.OFFICE_AGAINST_KNOWLEDGE.principle();
    return new Finding(null, Finding.Verdict.CONFLICT, first.kind(), Policy.OFFICE_AGAINST_KNOWLEDGE,
        fact, summary, 0.9, List.of(article, table), wrong.stream().map(Claim::id).toList(),
        List.copyOf(sources));
  }
}
