package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;

/** Office claims judged against the dated table of office holders, at each article's date. */
class KnowledgeCheckTest {
  private final RuleBook rules = TestRules.load();
  private final CheckPipeline pipeline = new CheckPipeline(rules, 1);

  private List<Finding> judged(String language, String text, LocalDate published) {
    Source s = new Source("a", "a.txt", null, null, null, language, published, text,
        Source.Status.OK, List.of());
    CheckResult r = pipeline.compare(List.of(pipeline.extract(s)));
    return r.findings().stream().filter(f -> f.policy() == Policy.OFFICE_AGAINST_KNOWLEDGE).toList();
  }

  @Test
  void aFormerPresidentIsRightInTwentyTwentyThreeAndWrongInJulyTwentyTwentyFive() {
    String text = "Former US President Donald Trump held a rally in Ohio.";
    assertThat(judged("en", text, LocalDate.of(2023, 5, 10))).isEmpty();
    List<Finding> f = judged("en", text, LocalDate.of(2025, 7, 10));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Finding.Verdict.CONFLICT);
      assertThat(x.sides()).anySatisfy(side -> {
        assertThat(side.knowledge()).isNotNull();
        assertThat(side.knowledge().file()).isEqualTo("rules/common/office-holders.yaml");
        assertThat(side.knowledge().source()).startsWith("http");
        assertThat(side.sources()).isEmpty();
      });
    });
  }

  @Test
  void aBareTitleOfSomeoneTheTableShowsOutOfOfficeReadsAsAFormerHolderNeverAsAMisstatement() {
    String text = "The bishop was appointed by Pope Francis in 2023. President Joe Biden signed the"
        + " law in 2022.";
    Source after = new Source("a", "a.txt", null, null, null, "en", LocalDate.of(2025, 9, 10), text,
        Source.Status.OK, List.of());
    Source before = new Source("b", "b.txt", null, null, null, "en", LocalDate.of(2024, 9, 10), text,
        Source.Status.OK, List.of());
    assertThat(statuses(after)).containsExactly("former", "former");
    assertThat(statuses(before)).containsExactly("current", "current");
    assertThat(judged("en", text, LocalDate.of(2025, 9, 10))).isEmpty();
    // near the end of the person's own term the table does not speak (a date of office may be an
    // announcement, an oath or a vote): the title keeps its plain reading
    Source nearOwnEnd = new Source("c", "c.txt", null, null, null, "en", LocalDate.of(2025, 4, 25),
        "The bishop was appointed by Pope Francis in 2023.", Source.Status.OK, List.of());
    assertThat(statuses(nearOwnEnd)).containsExactly("current");
    // the day his successor was elected is weeks after his own term ended: a past holder, however
    // near the successor's start (before, that margin had kept "Pope Francis" current in May 2025)
    Source successorElected = new Source("d", "d.txt", null, null, null, "en",
        LocalDate.of(2025, 5, 10), "The bishop was appointed by Pope Francis in 2023.",
        Source.Status.OK, List.of());
    assertThat(statuses(successorElected)).containsExactly("former");
  }

  /**
   * Iran's president reads head-of-state like every president: the table's Iranian rows stood
   * under head-of-government, so "President Ebrahim Raisi" in a July 2024 article was never asked
   * about, stayed current, and clashed with "the late president" in a confident false conflict.
   * Text written for the test.
   */
  @Test
  void aBareTitleOfADeadIranianPresidentIsAPastHolderNoCurrentOne() {
    Source en = new Source("a", "a.txt", null, null, null, "en", LocalDate.of(2024, 7, 6),
        "The vote was called after President Ebrahim Raisi died in a helicopter crash.",
        Source.Status.OK, List.of());
    Source ar = new Source("b", "b.txt", null, null, null, "ar", LocalDate.of(2024, 7, 6),
        "جرت الانتخابات لاختيار خليفة الرئيس الراحل إبراهيم رئيسي.", Source.Status.OK, List.of());
    assertThat(statuses(en)).containsExactly("former");
    CheckResult r = pipeline.compare(List.of(pipeline.extract(en), pipeline.extract(ar)));
    assertThat(r.findings()).filteredOn(f -> f.kind() == org.tadqiq.model.ClaimKind.OFFICE).isEmpty();
    // and "the Iranian president" in 2025 names the president the table lists
    Source later = new Source("c", "c.txt", null, null, null, "en", LocalDate.of(2025, 3, 4),
        "Former President Masoud Pezeshkian met the envoy in Tehran.", Source.Status.OK, List.of());
    assertThat(judged("en", later.text(), later.published())).hasSize(1);
  }

  private List<String> statuses(Source s) {
    return pipeline.extract(s).claims().stream()
        .filter(c -> c.value() instanceof org.tadqiq.model.ClaimValue.Office)
        .map(c -> ((org.tadqiq.model.ClaimValue.Office) c.value()).status()).toList();
  }

  @Test
  void theSameInArabic() {
    String text = "اتصل الرئيس الأمريكي السابق دونالد ترامب بنظيره.";
    assertThat(judged("ar", text, LocalDate.of(2023, 5, 10))).isEmpty();
    assertThat(judged("ar", text, LocalDate.of(2025, 7, 10))).hasSize(1);
  }

  @Test
  void aCurrentHolderWhoseTermEndedIsWrongButBeforeAListedTermNothingIsKnown() {
    assertThat(judged("en", "The current President Joe Biden spoke in Delaware.",
        LocalDate.of(2025, 6, 1))).hasSize(1);
    assertThat(judged("en", "The current President Joe Biden spoke in Delaware.",
        LocalDate.of(2022, 6, 1))).isEmpty();
    // a bare title names a past holder in a past context as often as it misstates a status
    assertThat(judged("en", "President Joe Biden signed the law in 2022.", LocalDate.of(2025, 6, 1)))
        .isEmpty();
    // Erdogan's row starts at a re-appointment: an earlier date proves nothing
    assertThat(judged("en", "Turkish President Recep Tayyip Erdogan visited the region.",
        LocalDate.of(2023, 2, 7))).isEmpty();
  }

  @Test
  void articlesCloseToAChangeOfHolderOrWithoutADateAreNotJudged() {
    String text = "Former US President Donald Trump met supporters.";
    assertThat(judged("en", text, LocalDate.of(2025, 1, 23))).isEmpty();
    assertThat(judged("en", text, null)).isEmpty();
    assertThat(judged("en", "Then-President Donald Trump met supporters.", LocalDate.of(2025, 7, 10)))
        .isEmpty();
  }
}
