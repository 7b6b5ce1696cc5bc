package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;

/**
 * An event word right after a word of taking part ("عقب مشاركتهما في اجتماعات ...", "after
 * their participation in the assembly") names the gathering the two attended, not their meeting; one right
 * after the announcement of an event ("أثناء إعلانه عن الزيارة", "announced the visit") leaves a
 * time nearby to the announcement (frames' backdrop). Texts written for the test (review7b: a
 * White House visit set in New York and dated "last week" by the UN session and the
 * announcement).
 */
class OtherGatheringTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2026, 4, 3);

  private CheckResult check(String lang, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, DAY, text));
  }

  @Test
  void theAssemblysTownIsNotTheMeetingsPlace() {
    CheckResult r = check("ar", "قال الرئيس الأمريكي دونالد ترامب إن لقاءه مع الرئيس التركي رجب"
        + " طيب أردوغان سيكون الأسبوع المقبل، عقب مشاركتهما معا في اجتماعات القمة في جنيف.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.PLACE)
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void theAssemblysTownIsNotTheMeetingsPlaceInEnglish() {
    CheckResult r = check("en", "Donald Trump will host Recep Tayyip Erdogan next week, after"
        + " their participation in the summit meetings in Geneva.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.PLACE)
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void lastWeekDatesTheAnnouncementNotTheVisit() {
    CheckResult r = check("ar", "ومنح ترامب أردوغان الأسبوع الماضي أملا بصفقة كبيرة أثناء"
        + " إعلانه عن زيارة الرئيس التركي.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void theEventsOwnMembersTakingPartKeepIt() {
    CheckResult r = check("en", "The winner needs at least 89 votes of the 133 cardinals"
        + " participating in the conclave.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .isNotEmpty().allMatch(c -> c.frame() != null);
  }

  @Test
  void anAnnouncedQuakeIsStillTheQuake() {
    CheckResult r = check("en", "The institute had previously announced that a 7-magnitude"
        + " earthquake struck the region.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .isNotEmpty().allMatch(c -> c.frame() != null);
  }

  @Test
  void theMeetingsOwnPlaceStays() {
    CheckResult r = check("ar", "التقى الرئيس الأمريكي دونالد ترامب الرئيس التركي رجب طيب أردوغان"
        + " في جنيف يوم الخميس.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.PLACE)
        .isNotEmpty().allMatch(c -> c.frame() != null);
  }
}
