package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.ingest.Source;
import org.tadqiq.rules.CommonData;

/**
 * An airport named after its town ("Kerman International Airport", "مطار كرمان الدولي") is one
 * place in both languages: a landmark within its town, so it agrees with the town and its country.
 */
class FacilityPlaceTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private final CommonData common = TestRules.load().common();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 2);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, DAY, text);
  }

  private List<String> places(Source s) {
    return TestSources.places(pipeline, s);
  }

  @Test
  void theAirportOfATownIsOnePlaceInBothLanguagesWithinItsTownAndCountry() {
    Source en = source("en", "en",
        "A passenger jet crashed at Kerman International Airport on Sunday, killing 12 people.");
    Source ar = source("ar", "ar",
        "تحطمت طائرة ركاب في «مطار كرمان الدولي» يوم الأحد، ما أدى إلى مقتل 12 شخصا.");
    assertThat(places(en)).containsExactly("airport@gn:128234");
    assertThat(places(ar)).containsExactly("airport@gn:128234");
    assertThat(common.label("airport@gn:128234")).isEqualTo("Kerman International Airport");
    assertThat(common.placeWithin("airport@gn:128234", "gn:128234")).isTrue();
    assertThat(common.countryOf("airport@gn:128234")).isEqualTo(common.countryOf("gn:128234"));
    assertThat(common.entity("airport@no-such-town")).isNull();
    assertThat(common.entity("white-house@gn:128234")).isNull();
  }

  @Test
  void theAirportAgreesWithItsTownAndAFlightsOriginIsNoVenue() {
    Source a = source("a", "en",
        "The plane, which took off from Bangkok International Airport, crashed at Kerman"
            + " airport on Sunday.");
    Source b = source("b", "en", "The plane crashed in Kerman on Sunday.");
    assertThat(places(a)).containsExactly("airport@gn:128234");
    CheckResult r = pipeline.compare(List.of(pipeline.extract(a), pipeline.extract(b)));
    assertThat(r.findings()).noneSatisfy(f -> {
      assertThat(f.policy()).isEqualTo(Policy.EVENT_PLACE);
      assertThat(f.verdict()).isIn(Finding.Verdict.CONFLICT, Finding.Verdict.POSSIBLE);
    });
  }
}
