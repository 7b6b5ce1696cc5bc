package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;

/**
 * A theft was no event kind: the reports of a museum jewel theft filed their minutes, days and
 * places under a "visit" of the country (the museum was "the world's most visited"), an Arabic one
 * under a crash ("حادثة"), another under a meeting (its "مقابلة", an interview) (review 8a). A
 * theft, heist, robbery or burglary (سرقة، سطو) is now an event nobody takes part in, and a place
 * "most visited" names no visit. A storm's winds are a speed, not a distance. Texts written for
 * the test.
 */
class TheftEventTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 9);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private List<String> keys(Source s) {
    return pipeline.extract(s).claims().stream().filter(c -> c.frame() != null)
        .map(c -> c.frame().key()).distinct().toList();
  }

  @Test
  void aTheftIsAnEventInBothLanguages() {
    Source en = TestSources.source("a", "en", DAY,
        "Thieves carried out a heist at the city museum in Lyon on Sunday. The robbery took six minutes.");
    Source ar = TestSources.source("b", "ar", DAY,
        "تعرض متحف المدينة في ليون صباح الأحد لعملية سطو استغرقت ست دقائق.");
    assertThat(keys(en)).isNotEmpty().allMatch(k -> k.startsWith("theft["));
    assertThat(keys(ar)).isNotEmpty().allMatch(k -> k.startsWith("theft["));
  }

  @Test
  void theMostVisitedMuseumIsNoVisit() {
    Source en = TestSources.source("a", "en", DAY,
        "The most visited museum in Lyon closed on Sunday for 3 hours.");
    Source ar = TestSources.source("b", "ar", DAY,
        "وأغلق المتحف الأكثر زيارة في ليون يوم الأحد لمدة 3 ساعات.");
    assertThat(keys(en)).noneMatch(k -> k.startsWith("visit"));
    assertThat(keys(ar)).noneMatch(k -> k.startsWith("visit"));
  }

  @Test
  void aStormsWindsAreASpeedNotADistance() {
    Source ar = TestSources.source("a", "ar", DAY,
        "وضرب الإعصار الجزيرة يوم الثلاثاء برياح سرعتها 240 كيلومترا في الساعة.");
    assertThat(pipeline.extract(ar).claims()).extracting(Claim::attribute)
        .contains("speed").doesNotContain("distance");
  }
}
