package org.tadqiq.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;

/**
 * The planted-conflict bench over the seeds. A change on a strongly identified event must be a
 * conflict; on a weakly identified one, a possible discrepancy and not a conflict; a harmless
 * change nothing. Floors: the detection goal of 0.95 (every strong change is caught in
 * both languages), weak kept possible what the bench reached with each language's own
 * transformations (11/13 Arabic, 5/5 English), false conflicts 0: raise them, never lower them.
 */
class PlantedBenchTest {
  @Test
  void plantedConflictsAreFoundAndHarmlessChangesAreNot() throws IOException {
    List<Transformation> ts;
    try (InputStream in = PlantedBench.class.getResourceAsStream("/planted/ar.yaml")) {
      ts = PlantedBench.load(in);
    }
    List<Source> corpus = new ArrayList<>();
    new InputReader().read(List.of(TestRules.SEEDS), corpus::add);
    PlantedBench.Result r = new PlantedBench(TestRules.load()).run(corpus, ts);

    assertThat(r.count(true)).isGreaterThanOrEqualTo(70);
    assertThat(r.count(false)).isGreaterThanOrEqualTo(120);
    // the goal; the bench reaches 67/67 since an article telling one meeting two ways
    // (two towns, two positions in its series) no longer hides its odd value behind the other
    assertThat(r.detectionRate()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.weakKeptPossibleRate()).isGreaterThanOrEqualTo(0.84);
    assertThat(r.falseConflictRate()).isLessThanOrEqualTo(0.0);
    // every status change is caught, and every office change but one: "رئيس الوزراء الأميركي
    // السابق دونالد ترمب" (a former US prime minister) has nothing to be set against — a former
    // office beside a current one is no contradiction, and no table lists a US prime minister. It
    // used to be caught only through Putin, "نظيره الروسي", who took the changed office as Trump's
    // counterpart (a counterpart's office now comes from the office table: CounterpartOfficeTest)
    assertThat(r.byTransformation().get("status-swapped")).satisfies(c -> assertThat(c[1]).isEqualTo(c[0]));
    assertThat(r.byTransformation().get("office-changed")).satisfies(c -> assertThat(c[1]).isGreaterThanOrEqualTo(c[0] - 1));
  }

  /**
   * The English bench: three short articles written for it (src/test/resources/planted-en: an
   * invented meeting of two foreign ministers, in our own words) and the English transformations.
   */
  @Test
  void theEnglishBenchFindsPlantedConflictsToo() throws IOException {
    List<Transformation> ts;
    try (InputStream in = PlantedBench.class.getResourceAsStream("/planted/en.yaml")) {
      ts = PlantedBench.load(in);
    }
    List<Source> corpus = new ArrayList<>();
    new InputReader().read(List.of(java.nio.file.Path.of("src/test/resources/planted-en")),
        corpus::add);
    PlantedBench.Result r = new PlantedBench(TestRules.load()).run(corpus, ts);
    assertThat(r.strongCount()).isGreaterThanOrEqualTo(20);
    assertThat(r.detectionRate()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.weakKeptPossibleRate()).isGreaterThanOrEqualTo(1.0);
    assertThat(r.falseConflictRate()).isLessThanOrEqualTo(0.0);
    assertThat(r.byTransformation().get("status-swapped")).satisfies(c -> assertThat(c[1]).isEqualTo(c[0]));
  }

  /**
   * A toll in a sentence that names no event speaks of the article's event, taken from its lead:
   * the echo restates the lead with it, or the changed toll would have nothing to differ from.
   */
  @Test
  void theEchoOfAClaimWhoseEventComesFromTheLeadRestatesTheLead() {
    Source quake = new Source("q", "q.txt", null, null, null, "en",
        java.time.LocalDate.of(2026, 3, 16),
        "A strong earthquake struck Morocco on Friday night, officials said.\n"
            + "Rescuers dug through the rubble of mountain villages.\n"
            + "By Sunday evening, 2,100 people had been confirmed dead.\n",
        Source.Status.OK, List.of());
    Transformation scale = new Transformation("number-changed", "quantity", "conflict",
        "scale-number", null, null, 1.8, null);
    PlantedBench.Result r = new PlantedBench(TestRules.load()).run(List.of(quake), List.of(scale));
    assertThat(r.variants()).singleElement().satisfies(v -> {
      assertThat(v.before()).contains("2,100");
      assertThat(v.strong()).isFalse();
      assertThat(v.possible()).isTrue();
      assertThat(v.flagged()).isFalse();
    });
  }

  @Test
  void replacementsTouchWholeWordsOnly() {
    Transformation t = new Transformation("t", "office", "conflict", "replace",
        java.util.Map.of("الرئيس", "رئيس الوزراء"), null, null, null);
    Mutator m = new Mutator();
    assertThat(m.apply(t, "الرئيسين ترمب وبوتين")).isNull();
    assertThat(m.apply(t, "والرئيس الفرنسي")).isEqualTo("ورئيس الوزراء الفرنسي");
  }
}
