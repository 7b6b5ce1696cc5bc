package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;

/**
 * Who a figure is attributed to, for the cues and bodies the lexicons list, on sentences written
 * for the test: each cue with an example and a negative.
 */
class AttributionCuesTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private Claim onlyQuantity(String lang, String text) {
    return TestSources.onlyQuantity(pipeline, lang, LocalDate.of(2024, 4, 8), text);
  }

  @Test
  void anArabicVerbOfRevealingOrOfCarryingNamesWhoGivesTheFigure() {
    assertThat(onlyQuantity("ar", "وكشفت وزارة الصحة أن 12 شخصا قتلوا في الانهيار.")
        .attribution().key()).isEqualTo("health-ministry");
    assertThat(onlyQuantity("ar", "وأوردت وكالة الأناضول أن 12 شخصا قتلوا في الانهيار.")
        .attribution().key()).isEqualTo("agency");
    // what a quake revealed is nobody's statement
    assertThat(onlyQuantity("ar", "كشف الانهيار عن ضعف المباني بعد مقتل 12 شخصا.").attribution())
        .isNull();
  }

  @Test
  void anArabicVerbOfSayingAfterAContrastSpeaksForTheNextFigureAnEnglishTrailingOneForBoth() {
    Source ar = TestSources.source("a", "ar", LocalDate.of(2024, 4, 8), "وقالت الأمم المتحدة إن"
        + " أربعة آلاف شخص لقوا حتفهم في الفيضانات، في حين قدر الهلال الأحمر الحصيلة بـ3100 قتيل.");
    assertThat(pipeline.extract(ar).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .map(c -> c.attribution().key()).toList()).containsExactly("un", "red-crescent");
    Source en = TestSources.source("b", "en", LocalDate.of(2024, 4, 8), "Air defences shot down"
        + " 296 drones, while 415 more drones were jammed, an air force statement said.");
    assertThat(pipeline.extract(en).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .map(c -> c.attribution() == null ? null : c.attribution().key()).toList())
        .containsExactly("air-force", "air-force");
    Source cueBefore = TestSources.source("c", "en", LocalDate.of(2024, 4, 8), "The floods killed"
        + " 4,000 people, according to the United Nations, while the Red Crescent put the toll at"
        + " 3,100.");
    assertThat(pipeline.extract(cueBefore).claims().stream()
        .filter(c -> c.kind() == ClaimKind.QUANTITY).map(c -> c.attribution().key()).toList())
        .containsExactly("un", "red-crescent");
  }

  @Test
  void anArabicDenialNamesWhoDenies() {
    Claim c = onlyQuantity("ar", "ونفت وزارة الداخلية مقتل 12 شخصا في الانهيار.");
    assertThat(c.attribution().key()).isEqualTo("interior-ministry");
    assertThat(c.modality().id()).isEqualTo("denied");
  }

  @Test
  void anEnglishDenialOrRevelationInThePresentNamesWhoSpeaks() {
    Claim denied = onlyQuantity("en", "The interior ministry denies that 12 people died in the collapse.");
    assertThat(denied.attribution().key()).isEqualTo("interior-ministry");
    assertThat(denied.modality().id()).isEqualTo("denied");
    assertThat(onlyQuantity("en", "The health ministry revealed that 12 people died in the collapse.")
        .attribution().key()).isEqualTo("health-ministry");
    assertThat(onlyQuantity("en", "The Red Crescent reveals that 12 people died in the collapse.")
        .attribution().key()).isEqualTo("red-crescent");
    // "reports" is no verb of saying: as a noun it would make "Earlier reports" a party
    assertThat(onlyQuantity("en", "Earlier reports of the collapse had 12 deaths.")
        .attribution()).isNull();
  }

  @Test
  void aBodyThatPutsAFigureAtAValueGivesIt() {
    assertThat(onlyQuantity("en", "The disaster agency put the magnitude of the quake at 6.1 near "
        + "the coast.").attribution().key()).isEqualTo("civil-defence");
    assertThat(onlyQuantity("en", "The Red Crescent puts the death toll at 212 in the valley.")
        .attribution().key()).isEqualTo("red-crescent");
    // a body's abbreviation in brackets is part of its name, before any verb of saying
    assertThat(onlyQuantity("en", "Turkey's Disaster and Emergency Management Authority (AFAD) put "
        + "the magnitude of the quake at 6.1 near the coast.").attribution().key())
        .isEqualTo("civil-defence");
    assertThat(onlyQuantity("en", "The World Health Organization (WHO) said 212 people died in the "
        + "valley.").attribution().key()).isEqualTo("un");
    // a figure in brackets is no abbreviation: nothing before the verb names a party
    assertThat(onlyQuantity("en", "The flooding (2019) said little; 212 people died in the valley.")
        .attribution()).isNull();
    // a quake that measured a magnitude is no one speaking
    assertThat(onlyQuantity("en", "The quake measured 6.1 near the coast.").attribution())
        .isNull();
  }

  private List<Claim> quantities(String lang, String text) {
    Source s = new Source("t", "t.txt", null, null, null, lang, LocalDate.of(2024, 4, 8), text,
        Source.Status.OK, List.of());
    return pipeline.extract(s).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .toList();
  }

  @Test
  void aPassageABodyIsGivenAsTheSourceOfGoesOnInItsWordsWithinTheParagraph() {
    String opening = "The island has had at least 12 aftershocks, according to the US Geological "
        + "Survey. Most of them came within hours.";
    Claim carried = quantities("en", opening + " The strongest was a 5.9 magnitude tremor.").stream()
        .filter(c -> c.quote().contains("5.9")).findFirst().orElseThrow();
    assertThat(carried.attribution().key()).contains("usgs");
    // a new paragraph is the writer's again
    assertThat(quantities("en", opening + "\nThe strongest was a 5.9 magnitude tremor.").stream()
        .filter(c -> c.quote().contains("5.9")).findFirst().orElseThrow().attribution()).isNull();
    // a sentence with a speaker of its own, even one it does not name, breaks the passage
    assertThat(quantities("en", opening + " He said the strongest was a 5.9 magnitude tremor.")
        .stream().filter(c -> c.quote().contains("5.9")).findFirst().orElseThrow().attribution())
        .isNull();
    // a sentence that names a body of its own may be that body's words
    assertThat(quantities("en", opening + " The Red Cross counted 40 wounded near the coast.")
        .stream().filter(c -> c.quote().contains("40")).findFirst().orElseThrow().attribution())
        .isNull();
    // a person's words are his sentence's, not the passage's
    assertThat(quantities("en", "The island has had 12 aftershocks, according to Mayor Oleh "
        + "Petrenko. Most came within hours. The strongest was a 5.9 magnitude tremor.").stream()
        .filter(c -> c.quote().contains("5.9")).findFirst().orElseThrow().attribution()).isNull();
  }

  @Test
  void aNewsOutletNamedByItsCountrySpeaksForItselfNotForTheState() {
    assertThat(onlyQuantity("ar", "وبحسب وكالة الأنباء الفرنسية، توفي 12 شخصا في الانهيار.")
        .attribution().key()).isEqualTo("Q142+agency");
    assertThat(onlyQuantity("en", "According to CNN Indonesia, 12 people died in the collapse.")
        .attribution().key()).isEqualTo("Q252+agency");
    // the state's own body is the state's
    assertThat(onlyQuantity("ar", "وبحسب وزارة الصحة الفرنسية، توفي 12 شخصا في الانهيار.")
        .attribution().key()).isEqualTo("Q142+health-ministry");
  }

  @Test
  void aHolderLongerThanSixWordsIsReadWholeWhenItIsAListedBody() {
    assertThat(onlyQuantity("en", "A magnitude 5.9 tremor hit the island, according to early data "
        + "from the German Research Centre for Geosciences.").attribution())
        .satisfies(a -> {
          assertThat(a.key()).contains("gfz");
          assertThat(a.who()).endsWith("Geosciences");
        });
  }

  @Test
  void theSixthWordOfAHolderIsReadToItsEndNotCutAfterItsFirstLetter() {
    Claim c = onlyQuantity("ar", "وقال وزير الصحة السوري الدكتور حسن الغباش اليوم إن 12 شخصا قتلوا.");
    assertThat(c.attribution().who()).isEqualTo("وزير الصحة السوري الدكتور حسن الغباش");
  }

  @Test
  void theDayAtTheEdgeOfAHolderIsWhenItWasSaidNotWhoSaidIt() {
    Claim ar = onlyQuantity("ar", "وقال وزير الصحة اللبناني فادي الخطيب أمس الأحد إن 12 شخصا قتلوا.");
    assertThat(ar.attribution().who()).isEqualTo("وزير الصحة اللبناني فادي الخطيب");
    // the same speaker with no day is the same party
    assertThat(onlyQuantity("ar", "وقال وزير الصحة اللبناني فادي الخطيب إن 12 شخصا قتلوا.")
        .attribution().key()).isEqualTo(ar.attribution().key());
    Claim en = onlyQuantity("en", "Mayor Oleh Petrenko on Sunday said 12 people died in the collapse.");
    assertThat(en.attribution().who()).isEqualTo("Mayor Oleh Petrenko");
    // a day alone names no one
    assertThat(onlyQuantity("ar", "وقال أمس الأحد إن 12 شخصا قتلوا في الانهيار.").attribution())
        .isNull();
  }

  @Test
  void seismologicalBodiesAreParties() {
    assertThat(onlyQuantity("en", "A magnitude 5.9 tremor hit the island, according to the "
        + "European-Mediterranean Seismological Centre.").attribution().key()).isEqualTo("emsc");
    assertThat(onlyQuantity("ar", "ضربت هزة بقوة 5.9 درجات الجزيرة، بحسب المعهد الوطني للجيوفيزياء.")
        .attribution().key()).isEqualTo("seismic-institute");
    // a survey that is carried out, not one that speaks
    assertThat(onlyQuantity("en", "A geological survey of the dam found 3 cracks.").attribution())
        .isNull();
  }

  @Test
  void theFullStopsOfAnInitialDoNotCutTheBodysName() {
    Claim c = onlyQuantity("en", "The quake had a magnitude of 6.3, according to the U.S. "
        + "Geological Survey.");
    assertThat(c.attribution().key()).isEqualTo("Q30+usgs");
    assertThat(c.attribution().who()).isEqualTo("the U.S. Geological Survey");
    // a full stop after a word ends the clause as before
    assertThat(onlyQuantity("en", "Officials spoke in the USA. The quake had a magnitude of 6.3.")
        .attribution()).isNull();
  }

  @Test
  void aBodyThatRatesTheQuakeOrSetsItsFigureGivesIt() {
    assertThat(onlyQuantity("en", "The national seismology centre rated the quake at "
        + "magnitude 6.3 on Sunday.").attribution().key()).contains("seismic-institute");
    assertThat(onlyQuantity("ar", "وقدرت إدارة الطقس المركزية الزلزال بقوة 6.3 درجة.")
        .attribution().key()).contains("seismic-institute");
    assertThat(onlyQuantity("ar", "وحدد المركز الأمريكي للمسح الجيولوجي مركز الهزة على بعد "
        + "12 كيلومترا من الساحل.").attribution().key()).contains("usgs");
    // a rating in a clause of its own does not reach the figure of the next one
    assertThat(onlyQuantity("en", "Residents rated the quake as the worst in years; it had a "
        + "magnitude of 6.3.").attribution()).isNull();
  }
}
