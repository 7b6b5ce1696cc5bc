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
 * A place qualified by a facility or a part is one place in both languages. An airport named after
 * its town ("Kerman International Airport", "مطار كرمان الدولي") is a landmark within its town, so
 * it agrees with the town and its country. A part named by a compass point ("southern Turkey",
 * "جنوب تركيا") or as a town's region ("Kyiv region") lies within its place; having no bounds of
 * its own, it agrees with every place of its country.
 */
class QualifiedPlaceTest {
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

  private List<Finding> placeFindings(Source... sources) {
    CheckResult r = pipeline.compare(
        java.util.Arrays.stream(sources).map(pipeline::extract).toList());
    return r.findings().stream().filter(f -> f.policy() == Policy.EVENT_PLACE).toList();
  }

  @Test
  void aCompassPartIsOnePlaceInBothLanguagesLabelledAsTheLanguageOfPlacesSaysIt() {
    Source en = source("en", "en", "A strong earthquake struck southern Turkey on Sunday, killing 12 people.");
    Source ar = source("ar", "ar", "ضرب زلزال قوي جنوب تركيا يوم الأحد، ما أدى إلى مقتل 12 شخصا.");
    assertThat(places(en)).containsExactly("south@Q43");
    assertThat(places(ar)).containsExactly("south@Q43");
    assertThat(common.label("south@Q43")).isEqualTo("southern Turkey");
    assertThat(common.placeWithin("south@Q43", "Q43")).isTrue();
    assertThat(common.countryOf("south@Q43")).isEqualTo("Q43");
    // a compass point of a town is a direction from it, not a part of it
    assertThat(common.label("south-west@gn:2542997")).isEqualTo("southwest of Marrakesh");
    assertThat(common.entity("south@no-such-place")).isNull();
  }

  @Test
  void aCountrysNameThatBeginsWithACompassWordIsTheCountry() {
    assertThat(places(source("en", "en", "A strong earthquake struck in South Korea on Sunday.")))
        .doesNotContain("south@Q884").allMatch(p -> !common.isPart(p));
    assertThat(places(source("ar", "ar", "وصل الوفد إلى جنوب أفريقيا يوم الأحد للمشاركة في القمة.")))
        .allMatch(p -> !common.isPart(p));
  }

  @Test
  void aPartAgreesWithATownAndARegionOfItsCountry() {
    Source part = source("a", "en", "A strong earthquake struck southern Turkey on Sunday, killing 12 people.");
    Source town = source("b", "en", "A strong earthquake struck in Kahramanmaras, Turkey, on Sunday, killing 12 people.");
    assertThat(placeFindings(part, town)).isNotEmpty().allSatisfy(
        f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.AGREEMENT));
    Source region = source("c", "en", "A strong earthquake hit homes in Kahramanmaras province on Sunday, killing 12 people.");
    // the province is a region of the table (rules/common/regions.tsv), no longer a part of the town
    assertThat(places(region)).containsExactly("TR-46");
    assertThat(placeFindings(part, region)).allSatisfy(
        f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.AGREEMENT));
  }

  @Test
  void partsOfTheTwoCountriesAQuakeStruckAgree() {
    Source a = source("a", "en", "A strong earthquake struck southern Turkey and northern Syria on Sunday, killing 12 people.");
    Source b = source("b", "ar", "ضرب زلزال قوي شمال سوريا يوم الأحد، ما أدى إلى مقتل 12 شخصا في تركيا وسوريا.");
    assertThat(placeFindings(a, b)).noneSatisfy(
        f -> assertThat(f.verdict()).isIn(Finding.Verdict.CONFLICT, Finding.Verdict.POSSIBLE));
  }
}
