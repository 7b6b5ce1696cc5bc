package org.tadqiq.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.rules.CommonData;
import org.tadqiq.rules.Specs;

/**
 * The dated table of office holders (rules/common/office-holders.yaml) asked about one office
 * claim at one day. It speaks only where it is trusted: an open term only so long after its newest
 * evidence, never close to a change of holder, never before a listed term.
 */
public final class OfficeTable {
  private final CommonData common;

  public OfficeTable(CommonData common) {
    this.common = common;
  }

  /**
   * Whether the table shows the person out of this office on the day: then a bare title before
   * their name ("Pope Francis" in an article after his death) names a past holder, and is no
   * claim that they hold it now.
   */
  public boolean outOfOffice(ClaimValue.Office o, LocalDate day) {
    if (day == null || o.role() == null || o.person().startsWith("~")) {
      return false;
    }
    // only the person's own terms matter: "Pope Francis" in an article of the day his successor
    // was elected names a pope who died weeks before, however near the successor's start the
    // day is (a date near his own start or end may be an announcement or an oath: not judged)
    TreeSet<String> places = new TreeSet<>();
    boolean ended = false;
    for (Specs.Holder h : common.holders()) {
      if (!h.person().equals(o.person()) || !h.office().equals(o.role())
          || o.jurisdiction() != null && !o.jurisdiction().equals(h.jurisdiction())) {
        continue;
      }
      places.add(h.jurisdiction());
      if (covers(h, day) || nearEdge(h, day)) {
        return false;
      }
      ended |= h.to() != null && day.isAfter(h.to());
    }
    return ended && places.size() == 1;
  }

  /**
   * The one person the table shows holding an office of a country on a day ("the Russian
   * president" in an article of that day), or null where it does not speak: no trusted term covers
   * the day, two do, or the day is close to a change of holder.
   */
  public String holderOn(String office, String jurisdiction, LocalDate day) {
    if (day == null || office == null || jurisdiction == null
        || nearChange(office, jurisdiction, day)) {
      return null;
    }
    String holder = null;
    for (Specs.Holder h : common.holders()) {
      if (h.office().equals(office) && h.jurisdiction().equals(jurisdiction) && covers(h, day)) {
        if (holder != null && !holder.equals(h.person())) {
          return null;
        }
        holder = h.person();
      }
    }
    return holder;
  }

  /**
   * The one office of a country the table shows a person holding on a day (where it is trusted),
   * or null: what "his Indian counterpart Narendra Modi" holds, whatever office the person referred
   * back to holds.
   */
  public String officeOf(String person, String jurisdiction, LocalDate day) {
    if (day == null || person == null) {
      return null;
    }
    String office = null;
    for (Specs.Holder h : common.holders()) {
      if (h.person().equals(person) && (jurisdiction == null || h.jurisdiction().equals(jurisdiction))
          && covers(h, day) && !nearChange(h.office(), h.jurisdiction(), day)) {
        if (office != null && !office.equals(h.office())) {
          return null;
        }
        office = h.office();
      }
    }
    return office;
  }

  /**
   * The countries (jurisdictions) of every office the table shows a person holding on a day, where
   * it is trusted; empty where it shows none (or does not know the person).
   */
  public java.util.Set<String> jurisdictionsOn(String person, LocalDate day) {
    java.util.Set<String> out = new TreeSet<>();
    if (day == null || person == null) {
      return out;
    }
    for (Specs.Holder h : common.holders()) {
      if (h.person().equals(person) && covers(h, day) && !nearChange(h.office(), h.jurisdiction(), day)) {
        out.add(h.jurisdiction());
      }
    }
    return out;
  }

  /** Whether the table lists the person in this office of this country at any time. */
  public boolean everHeld(String person, String office, String jurisdiction) {
    for (Specs.Holder h : common.holders()) {
      if (h.person().equals(person) && h.office().equals(office)
          && (jurisdiction == null || h.jurisdiction().equals(jurisdiction))) {
        return true;
      }
    }
    return false;
  }

  /** What the table says against an office claim: the truth in words and the row; null when nothing. */
  record Verdict(String truth, Specs.Holder row, LocalDate on, boolean inOffice) {}

  /**
   * Whether an office claim misstates the status the table gives on {@code day}: "in-office" when
   * it calls a holder in office former, "out-of-office" when it calls current one whose term had
   * ended; null when the claim fits the table or the table does not speak.
   */
  public String misstatement(ClaimValue.Office o, LocalDate day) {
    if (day == null || o.role() == null || o.person().startsWith("~")) {
      return null;
    }
    Verdict v = judge(o, day);
    return v == null ? null : v.inOffice() ? "in-office" : "out-of-office";
  }

  Verdict judge(ClaimValue.Office o, LocalDate date) {
    List<Specs.Holder> terms = new ArrayList<>();
    TreeSet<String> places = new TreeSet<>();
    for (Specs.Holder h : common.holders()) {
      if (h.person().equals(o.person()) && h.office().equals(o.role())
          && (o.jurisdiction() == null || o.jurisdiction().equals(h.jurisdiction()))) {
        terms.add(h);
        places.add(h.jurisdiction());
      }
    }
    if (terms.isEmpty() || places.size() != 1 || nearChange(o.role(), places.first(), date)) {
      return null; // the table does not know this person in this office, or not for one country
    }
    Specs.Holder during = null;
    for (Specs.Holder h : terms) {
      if (covers(h, date)) {
        during = h;
      }
    }
    switch (o.status()) {
      case "former" -> {
        if (during != null) {
          return new Verdict("in office on " + date, during, date, true);
        }
      }
      case "current", "acting", "outgoing" -> {
        if (o.statusImplied()) {
          return null; // "President Obama signed it in 2015": a bare title may name a past holder
        }
        // out of office only after a known end: a table may list a re-appointment without the
        // terms before it, so a date before a term's start proves nothing
        Specs.Holder ended = null;
        for (Specs.Holder h : terms) {
          if (h.to() != null && date.isAfter(h.to()) && (ended == null || h.to().isAfter(ended.to()))) {
            ended = h;
          }
        }
        if (during == null && ended != null) {
          return new Verdict("not in office on " + date, ended, date, false);
        }
      }
      default -> {
        return null; // "then", "designate": no claim about the article's own time
      }
    }
    return null;
  }

  /** Whether a term covers a day (an open term only so long after its newest evidence). */
  private boolean covers(Specs.Holder h, LocalDate d) {
    if (d.isBefore(h.from())) {
      return false;
    }
    if (h.to() != null) {
      return !d.isAfter(h.to());
    }
    LocalDate trusted = (h.evidence() == null ? h.from() : h.evidence())
        .plusDays(common.policies().officeTableTrustDays());
    return !d.isAfter(trusted);
  }

  /** Whether a day is close to any change of holder of the office. */
  private boolean nearChange(String office, String jurisdiction, LocalDate d) {
    for (Specs.Holder h : common.holders()) {
      if (h.office().equals(office) && h.jurisdiction().equals(jurisdiction) && nearEdge(h, d)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a day is within the table's margin of a term's start or known end. */
  private boolean nearEdge(Specs.Holder h, LocalDate d) {
    int margin = common.policies().officeTableMarginDays();
    return Math.abs(ChronoUnit.DAYS.between(h.from(), d)) <= margin
        || h.to() != null && Math.abs(ChronoUnit.DAYS.between(h.to(), d)) <= margin;
  }

}
