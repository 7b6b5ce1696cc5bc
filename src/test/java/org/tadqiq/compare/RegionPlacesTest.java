package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.CommonData;

/**
 * First-level divisions (rules/common/regions.tsv) are places: a town of the gazetteer lies within
 * its division (by its GeoNames admin1 code) and the division within its country, so a meeting "in
 * Sumy" agrees with one "in the Sumy region"; two divisions of one country are two places where two
 * towns would be (a meeting is held at one site). Texts written for the test.
 */
class RegionPlacesTest {
  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);
  private final org.tadqiq.rules.RuleBook book = TestRules.load();
  private final CheckPipeline pipeline = new CheckPipeline(book, 1);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, THURSDAY, text);
  }

  @Test
  void aTownLiesWithinItsRegionAndTheRegionWithinItsCountry() {
    CommonData common = book.common();
    assertThat(common.entity("UA-59").type()).isEqualTo("region");
    assertThat(common.placeWithin("gn:692194", "UA-59")).isTrue();      // Sumy, Sumy Oblast
    assertThat(common.placeWithin("UA-59", "Q212")).isTrue();
    assertThat(common.countryOf("gn:692194")).isEqualTo("Q212");
    assertThat(common.placeWithin("gn:692194", "UA-63")).isFalse();     // not Kharkiv Oblast
    assertThat(common.placeWithin("Q39450", "Q797")).isTrue();          // Anchorage, Alaska (hand row)
  }

  @Test
  void aTownAgreesWithTheRegionThatHoldsIt() {
    Source town = source("a", "en", "Turkish Foreign Minister Hakan Fidan and Ukrainian"
        + " Foreign Minister Andrii Sybiha met on Tuesday in Sumy to discuss a ceasefire.");
    Source region = source("b", "ar", "التقى وزير الخارجية التركي هاكان فيدان نظيره الأوكراني أندريه"
        + " سيبيها يوم الثلاثاء في منطقة سومي لبحث وقف إطلاق النار.");
    CheckResult r = TestSources.check(pipeline, town, region);
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void twoRegionsOfOneCountryAreTwoSitesOfAMeeting() {
    Source one = source("a", "en", "Turkish Foreign Minister Hakan Fidan and Ukrainian"
        + " Foreign Minister Andrii Sybiha met on Tuesday in the Volyn region to discuss a ceasefire.");
    Source other = source("b", "ar", "التقى وزير الخارجية التركي هاكان فيدان نظيره الأوكراني أندريه"
        + " سيبيها يوم الثلاثاء في منطقة خاركيف لبحث وقف إطلاق النار.");
    CheckResult r = TestSources.check(pipeline, one, other);
    assertThat(r.with(Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.policy()).isEqualTo(Policy.EVENT_PLACE));
  }
}
