package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;

/**
 * A town's name next to a word for a river, a lake or a valley is the feature's name ("the
 * Guadalupe River" is no town of Mexico), so it anchors no event nobody takes part in (frames'
 * land_features), in both languages; the town itself, after "in", still does. And سيول, torrents,
 * is Seoul only after a word that introduces a place. Texts written for the test (review5b: Texas
 * floods keyed in Mexico and South Korea).
 */
class LandFeatureTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 7, 5);

  private CheckResult check(String lang, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, DAY, text));
  }

  @Test
  void aRiversNameAnchorsNoFlood() {
    CheckResult en = check("en", "Floodwaters from the Guadalupe River swept away cabins on Friday,"
        + " and at least 30 people died in the flood.");
    CheckResult ar = check("ar", "جرفت مياه الفيضان منازل على ضفاف نهر الأردن يوم الجمعة، ولقي 30"
        + " شخصا على الأقل حتفهم في الفيضانات.");
    assertThat(floods(en)).isNotEmpty().allMatch(f -> !f.participants().contains("Q96"));
    assertThat(floods(ar)).isNotEmpty().allMatch(f -> !f.participants().contains("Q810"));
  }

  private static java.util.List<org.tadqiq.model.EventFrame> floods(CheckResult r) {
    return r.claims().stream().map(c -> c.frame())
        .filter(f -> f != null && f.kind().equals("flood")).toList();
  }

  @Test
  void theTownAfterInStillAnchorsIt() {
    CheckResult en = check("en", "A flood in Guadalupe killed 30 people on Friday.");
    CheckResult ar = check("ar", "لقي 30 شخصا حتفهم في فيضانات ضربت الأردن يوم الجمعة.");
    assertThat(floods(en)).isNotEmpty().anyMatch(f -> f.participants().contains("Q96"));
    assertThat(floods(ar)).isNotEmpty().anyMatch(f -> f.participants().contains("Q810"));
  }

  @Test
  void torrentsAreNotSeoul() {
    CheckResult ar = check("ar", "ارتفعت حصيلة ضحايا السيول إلى 40 شخصا اليوم، بعد أن اجتاحت سيول عارمة"
        + " عدة قرى في ولاية تكساس.");
    assertThat(floods(ar)).isNotEmpty().allMatch(f -> !f.participants().contains("Q884"))
        .anyMatch(f -> f.participants().contains("Q30"));
  }
}
