package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.compare.Finding;
import org.tadqiq.ingest.Source;

/**
 * A number a vote requires, or the whole a part is taken from, is no count of what happened: the
 * votes a candidate needed, or the votes of the whole chamber, never conflict with the votes won.
 * Found in a precision review on unseen news (a president elected by a parliament); the texts are
 * written for the test.
 */
class RequiredCountsTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2024, 11, 7);

  private CheckResult check(String lang, String a, String b) {
    return pipeline.compare(List.of(
        pipeline.extract(new Source("a", "a.txt", null, null, null, lang, DAY, a,
            Source.Status.OK, List.of())),
        pipeline.extract(new Source("b", "b.txt", null, null, null, lang, DAY, b,
            Source.Status.OK, List.of()))));
  }

  @Test
  void votesNeededOrOfTheWholeChamberAreNoVotesWon() {
    String won = "The count showed that in the vote Donald Trump won 312 votes against Kamala"
        + " Harris, a margin few pollsters had foreseen.";
    CheckResult needed = check("en", won, "To beat Kamala Harris, Donald Trump needed 270 votes"
        + " of the 538 in the electoral college vote, a threshold he crossed early.");
    assertThat(needed.with(Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(needed.claims()).noneMatch(c -> c.quote().contains("270"));

    CheckResult total = check("en", won, "Out of 538 votes in the vote, Donald Trump beat Kamala"
        + " Harris by a clear margin, the final count showed.");
    assertThat(total.with(Finding.Verdict.CONFLICT)).isEmpty();

    CheckResult other = check("en", won, "To beat Kamala Harris, Donald Trump needed a majority"
        + " of the 538 in the electoral college vote, and he won 306 votes.");
    assertThat(other.with(Finding.Verdict.CONFLICT).size()
        + other.with(Finding.Verdict.POSSIBLE).size())
        .as("votes won still compare").isPositive();
  }

  @Test
  void arabicVotesNeededAndTheWholeAreNoCountOfVotesWon() {
    CheckResult r = check("ar",
        "فاز جوزيف عون في جلسة الانتخاب بحصوله على 99 صوتا من أصل 128 صوتا في البرلمان.",
        "وكان جوزيف عون يحتاج إلى 86 صوتا للفوز في جلسة الانتخاب في البرلمان.");
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(r.with(Finding.Verdict.POSSIBLE)).isEmpty();
    assertThat(r.claims()).anyMatch(c -> c.quote().contains("99"));
    assertThat(r.claims()).noneMatch(c -> c.quote().contains("86"));
  }
}
