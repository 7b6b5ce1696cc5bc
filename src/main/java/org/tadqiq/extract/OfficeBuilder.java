package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Slots: {@code person} (a known person) or {@code name} (a name no list holds: the person gets the
 * id {@code ~<name>}), {@code title} (an office id, or data {@code role}; data {@code jurisdiction}
 * for titles that carry their country, data {@code seat} for an office of one seat whatever the
 * holder's nationality), {@code jurisdiction} (before the title), {@code
 * jurisdictionPost} ("Secretary of State of X"), {@code jurisdictionName} (after the name, "Prime
 * Minister X of the Netherlands"), {@code statusPre}/{@code status}/{@code statusPost} (before the
 * country, before the title, after it: "former", "then-", "-elect"). A coordinated phrase
 * ("وزيرا الخارجية الروسي لافروف والأميركي روبيو", "Presidents Trump and Putin") fills {@code
 * person2}/{@code name2}, {@code jurisdiction2}, {@code status2} for its second holder, sharing the
 * title. A rule that sets {@code role: counterpart} leaves the role to be taken from the person
 * referred back to.
 */
final class OfficeBuilder implements ClaimBuilder {
  static final String COUNTERPART = "counterpart";
  /** The prefix of a person id made from a name that no lexicon lists. */
  static final String OPEN_NAME = "~";

  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    List<Draft> out = new ArrayList<>();
    if ("holder".equals(m.rule().set().get("reference"))) {
      return reference(m);
    }
    for (String suffix : new String[] {"", "2"}) {
      String person = personId(m.slot("person" + suffix), m.slot("name" + suffix));
      if (person == null) {
        continue;
      }
      Slot title = m.slot("title");
      String role = m.rule().set().get("role");
      String jurisdiction = first(m, "jurisdiction" + suffix, "jurisdictionPost", "jurisdictionName");
      if (title != null && title.entry() != null) {
        if (role == null) {
          role = titleRole(title);
        }
        if (jurisdiction == null) {
          jurisdiction = title.entry().text("jurisdiction");
        }
        // an office of one seat (a cardinal of the Holy See): a country named before the title
        // is the holder's nationality ("the American cardinal"), not the office's
        if (title.entry().text("seat") != null) {
          jurisdiction = title.entry().text("seat");
        }
      }
      String status = suffix.isEmpty()
          ? first(m, "statusPost", "status", "statusPre") : first(m, "status" + suffix);
      boolean implied = status == null && !m.rule().set().containsKey("status");
      if (status == null) {
        status = m.rule().set().getOrDefault("status", "current");
      }
      ClaimValue value = new ClaimValue.Office(person, role, jurisdiction, status, implied);
      out.add(new Draft(m, ClaimKind.OFFICE, "office", value, m.start(), m.end(), null));
    }
    return out;
  }

  /** The office a title names: its entry's data {@code role}, else its id. */
  private static String titleRole(Slot title) {
    return title.entry().text("role") != null ? title.entry().text("role") : title.entry().id();
  }

  /**
   * A title that names no one (rules that set {@code reference: holder}: "the Russian
   * president"): its office and country, the person left to the office table (see
   * Extractor#referencedHolders).
   */
  private static List<Draft> reference(RuleMatch m) {
    List<Draft> out = new ArrayList<>();
    Slot title = m.slot("title");
    String role = m.rule().set().get("role");
    if (role == null && title != null && title.entry() != null) {
      role = titleRole(title);
    }
    for (String suffix : new String[] {"", "2"}) {
      String jurisdiction = first(m, "jurisdiction" + suffix);
      if (jurisdiction == null && suffix.isEmpty() && title != null && title.entry() != null) {
        jurisdiction = title.entry().text("jurisdiction");
      }
      if (role != null && jurisdiction != null) {
        ClaimValue value = new ClaimValue.Office(Claim.REFERENCE, role, jurisdiction, "current", true);
        out.add(new Draft(m, ClaimKind.OFFICE, Claim.REFERENCE, value, m.start(), m.end(), null));
      }
    }
    return out;
  }

  /** A known person's id, or an id made from a name no list holds. */
  static String personId(Slot known, Slot name) {
    if (known != null && known.entry() != null) {
      return known.entry().id();
    }
    if (name != null && !name.text().isBlank()) {
      return openId(name.text());
    }
    return null;
  }

  /**
   * "Mohamad Hasan" → "~mohamad-hasan": stable, built from the normalized name as written; a
   * spelling given in brackets inside it ("Ahmed (also spelled Ahmad) al-Sharaa") is left out, so
   * the name is the one written without it.
   */
  static String openId(String normalizedName) {
    String name = BRACKETED.matcher(normalizedName).replaceAll("");
    return OPEN_NAME + SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
  }

  /** A spelling in brackets inside a name, with the space before it. */
  private static final java.util.regex.Pattern BRACKETED =
      java.util.regex.Pattern.compile("\\s*\\([^()]*\\)");
  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("[\\s\\u00a0]+");

  private static String first(RuleMatch m, String... slots) {
    return ClaimBuilder.entryId(ClaimBuilder.firstListed(m, slots));
  }
}
