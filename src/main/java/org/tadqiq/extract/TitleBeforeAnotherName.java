package org.tadqiq.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tadqiq.compare.OfficeTable;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;

/**
 * A title of one country whose name the rule took from the words after it, where the office table
 * shows that the words name someone else than the holder. Arabic puts the subject before the
 * object ("ورافق الرئيس الأمريكي الأمير محمد بن سلمان في جولة": the US president took Prince
 * Mohammed on a tour; "التي أكد الرئيس الأمريكي عزمه بيعها": which the US president said he meant
 * to sell), so a title that names no one may be followed by the verb's object, which the title rule
 * reads as the holder's name. A known person the table shows holding, that day, offices of other
 * countries only (the Saudi crown prince and prime minister is no US president) is no holder of
 * the title: the title names no one, and is read as such (a {@link Claim#REFERENCE} claim, which
 * the table then fills with its holder). Words no list holds after such a title ("عزمه بيعها") are
 * left as they are: they may be an outlet's wrong name for the holder, which a possible
 * discrepancy should show (tried and dropped: removing them lost "رئيس الوزراء الهندي راهول غاندي"
 * against Modi, CrossScriptNamesTest).
 * Only a title the article gives as held now (current or acting, stated or not): "the former
 * Portuguese prime minister António Guterres" names a person who now holds another post. A person
 * called the wrong office of their own country ("the Indian president Narendra Modi") is kept: an
 * outlet's error the table is there to catch.
 */
final class TitleBeforeAnotherName {
  private final OfficeTable table;

  TitleBeforeAnotherName(OfficeTable table) {
    this.table = table;
  }

  List<Draft> apply(List<Draft> drafts, LocalDate published) {
    if (published == null) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (!(d.value() instanceof ClaimValue.Office o) || Claim.REFERENCE.equals(d.attribute())
          || o.role() == null || o.jurisdiction() == null || !heldNow(o.status())) {
        out.add(d);
        continue;
      }
      if (o.person().startsWith(OfficeBuilder.OPEN_NAME)) {
        // a name no list holds may be an outlet's wrong holder ("رئيس الوزراء الهندي راهول غاندي"
        // against Modi): kept, to be set against the table's holder as a possible discrepancy
        out.add(d);
        continue;
      }
      Set<String> countries = table.jurisdictionsOn(o.person(), published);
      if (countries.isEmpty() || countries.contains(o.jurisdiction())) {
        out.add(d);
        continue;
      }
      ClaimValue.Office noOne =
          new ClaimValue.Office(Claim.REFERENCE, o.role(), o.jurisdiction(), "current", true);
      out.add(new Draft(d.match(), d.kind(), Claim.REFERENCE, noOne, d.start(), titleEnd(d),
          d.eventSlot()));
    }
    return out;
  }

  private static boolean heldNow(String status) {
    return "current".equals(status) || "acting".equals(status);
  }

  /** Where the title ends: the quote of a title that names no one stops before the name. */
  private static int titleEnd(Draft d) {
    Slot person = d.match().slot("person");
    if (person == null) {
      person = d.match().slot("name");
    }
    if (person == null || person.start() <= d.start()) {
      return d.end();
    }
    return person.start() - 1; // the one space (or comma) between title and name
  }
}
