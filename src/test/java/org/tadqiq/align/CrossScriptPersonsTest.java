package org.tadqiq.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;

/**
 * A person no list holds, named in Arabic letters in one article and Latin letters in another, is
 * one id in every key of the run; different people, ambiguous names and runs of one script are
 * left as they were.
 */
class CrossScriptPersonsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 12, 30);
  private final RuleBook rules = TestRules.load();
  private final CheckPipeline pipeline = new CheckPipeline(rules, 1);

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private static Source en(String id, String text) {
    return TestSources.source(id, "en", DAY, text);
  }

  private static Source ar(String id, String text) {
    return TestSources.source(id, "ar", DAY, text);
  }

  /** The people the office claims of one source name. */
  private static List<String> holders(CheckResult r, String source) {
    return r.claims().stream()
        .filter(c -> c.source().equals(source) && c.value() instanceof ClaimValue.Office)
        .map(c -> ((ClaimValue.Office) c.value()).person()).distinct().toList();
  }

  private static boolean agreeOnOffice(CheckResult r, String person) {
    return r.findings().stream().anyMatch(f -> f.verdict() == Finding.Verdict.AGREEMENT
        && f.policy().id().equals("office.status-at-a-time") && f.key().startsWith(person + "|"));
  }

  @Test
  void anActingPresidentWithAHyphenatedNameIsOnePersonInBothScripts() {
    // the jeju pairs of the development corpus, in our own words
    CheckResult r = check(
        en("en", "Acting President Choi Sang-mok declared seven days of mourning. Earlier, "
            + "lawmakers had impeached acting president Han Duck-soo."),
        ar("ar", "وأعلن الرئيس المؤقت تشوي سانغ-موك الحداد سبعة أيام. وكان البرلمان قد عزل "
            + "الرئيس بالإنابة هان دوك-سو."));
    assertThat(holders(r, "ar")).containsExactly("~choi-sang-mok", "~han-duck-soo");
    assertThat(agreeOnOffice(r, "~choi-sang-mok")).isTrue();
    assertThat(agreeOnOffice(r, "~han-duck-soo")).isTrue();
    // each quote stays in its own script
    assertThat(r.claims()).filteredOn(c -> c.source().equals("ar"))
        .extracting(Claim::quote).anyMatch(q -> q.contains("تشوي سانغ-موك"));
  }

  @Test
  void theSameMinisterInTwoScriptsIsJoinedAndANameWithAnotherLongVowelIsNot() {
    String english = "Sudanese Finance Minister Karim Hasan met his counterpart on Monday.";
    CheckResult same = check(en("en", english),
        ar("ar", "والتقى وزير المالية السوداني كريم حسن نظيره يوم الاثنين."));
    assertThat(holders(same, "ar")).containsExactly("~karim-hasan");
    assertThat(agreeOnOffice(same, "~karim-hasan")).isTrue();
    // حسين writes a long i between s and n where Hasan has an a: another man
    CheckResult other = check(en("en", english),
        ar("ar", "والتقى وزير المالية السوداني كريم حسين نظيره يوم الاثنين."));
    assertThat(holders(other, "ar")).containsExactly("~كريم-حسين");
  }

  @Test
  void issueSevensPairOfMalaysianNamesJoinsOnlyWhereTheListDoes() {
    // Mohamad Hasan is a listed person: both spellings of his name are his id already, and a name
    // no list holds (محمد حسين) is never joined to a listed person
    String english = "Malaysian Foreign Minister Mohamad Hasan met his counterpart on Monday.";
    CheckResult same = check(en("en", english),
        ar("ar", "والتقى وزير الخارجية الماليزي محمد حسن نظيره يوم الاثنين."));
    assertThat(holders(same, "ar")).isEqualTo(holders(same, "en")).hasSize(1);
    CheckResult other = check(en("en", english),
        ar("ar", "والتقى وزير الخارجية الماليزي محمد حسين نظيره يوم الاثنين."));
    assertThat(holders(other, "ar")).containsExactly("~محمد-حسين");
  }

  @Test
  void twoPeopleOfOneFamilyNameInTwoScriptsStayTwo() {
    CheckResult r = check(
        en("en", "North Korean leader Kim Jong Un inspected the launch on Monday."),
        ar("ar", "وقالت الزعيمة الكورية الشمالية كيم يو جونغ إن الإطلاق نجح يوم الاثنين."));
    assertThat(holders(r, "en")).containsExactly("~kim-jong-un");
    assertThat(holders(r, "ar")).containsExactly("~كيم-يو-جونغ");
    CheckResult reversed = check(
        en("en", "North Korean leader Kim Yo Jong inspected the launch on Monday."),
        ar("ar", "وتفقد الزعيم الكوري الشمالي كيم جونغ أون الإطلاق يوم الاثنين."));
    assertThat(holders(reversed, "en")).containsExactly("~kim-yo-jong");
    assertThat(holders(reversed, "ar")).containsExactly("~كيم-جونغ-اون");
  }

  @Test
  void aRunInOneScriptIsLeftAsExtracted() {
    Source one = ar("ar1", "والتقى وزير المالية السوداني كريم حسن نظيره يوم الاثنين.");
    Source two = ar("ar2", "وأعلن الرئيس المؤقت تشوي سانغ-موك الحداد سبعة أيام.");
    List<ExtractedSource> extracted = List.of(pipeline.extract(one), pipeline.extract(two));
    CrossScriptPersons persons = new CrossScriptPersons(rules.common().crossScriptNames(),
        () -> { throw new AssertionError("a run of one script never asks for the listed names"); });
    assertThat(persons.join(extracted)).isSameAs(extracted);
    CheckResult r = check(one, two);
    assertThat(holders(r, "ar1")).containsExactly("~كريم-حسن");
    assertThat(holders(r, "ar2")).containsExactly("~تشوي-سانغ-موك");
  }

  @Test
  void anIdThatCouldBeOneWithTwoOthersIsKeptApart() {
    CrossScriptPersons persons =
        new CrossScriptPersons(rules.common().crossScriptNames(), List::of);
    // حسان writes its a as alef, which the keys do not hold against Hasan: two Arabic spellings
    // fit one Latin one, and the run cannot tell which (or whether both) are that man
    assertThat(persons.joins(new TreeSet<>(List.of("~كريم-حسن", "~كريم-حسان", "~karim-hasan"))))
        .isEmpty();
    assertThat(persons.joins(new TreeSet<>(List.of("~كريم-حسن", "~karim-hasan"))))
        .containsEntry("~كريم-حسن", "~karim-hasan").hasSize(1);
  }

  @Test
  void anOpenNameThatMayBeAListedPersonIsNeverJoined() {
    // were "Karim Hasan" a listed person's name, the Arabic open name may be that person: the
    // run does not guess it into another open id either
    CrossScriptPersons persons = new CrossScriptPersons(rules.common().crossScriptNames(),
        () -> List.of("Karim Hasan"));
    assertThat(persons.joins(new TreeSet<>(List.of("~كريم-حسن", "~karim-hasan")))).isEmpty();
  }
}
