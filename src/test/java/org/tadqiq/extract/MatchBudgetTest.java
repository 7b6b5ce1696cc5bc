package org.tadqiq.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.clean.FurnitureFinder;
import org.tadqiq.ingest.Source;
import org.tadqiq.rules.CompiledRule;
import org.tadqiq.rules.FurnitureMarker;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.RuleBook;

/**
 * Issue 9, point 8: the last guard. A pattern the loader would refuse is forced in here, to show
 * that even then a rule or furniture marker stops at its match budget on a text, says so, and the
 * rest of the extraction goes on.
 */
class MatchBudgetTest {
  private static final Pattern CATASTROPHIC = Pattern.compile("(?:(?:ا|ا)+)+ب");
  private final RuleBook book = TestRules.load();
  private final LanguagePack ar = book.pack("ar").orElseThrow();

  @Test
  void aRuleThatBacktracksWithoutEndStopsAtItsBudgetAndSaysSo() {
    CompiledRule time = ar.rules().stream().filter(r -> r.id().startsWith("ar.time.")).findFirst()
        .orElseThrow();
    CompiledRule broken = new CompiledRule(time.id(), time.kind(), CATASTROPHIC, time.triggers(),
        Map.of(), Map.of(), 0, time.order(), time.lookback(), time.examples(), time.negatives(),
        time.file(), time.line());
    String text = "ا".repeat(25) + " الخميس.\nالتقى روبيو ولافروف يوم الخميس.";
    Source s = new Source("s", "s.txt", null, null, null, "ar", null, text, Source.Status.OK, List.of());
    ExtractedSource e = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> new Extractor(ar, book.common()).extract(s, List.of(broken), false));
    assertThat(e.source().problems()).singleElement().asString()
        .contains("s.txt: rule " + time.id() + " reached its match budget on this text");
    // the same text with the real rules: nothing to report
    assertThat(new Extractor(ar, book.common()).extract(s).source().problems()).isEmpty();
  }

  @Test
  void aFurnitureMarkerThatBacktracksWithoutEndStopsAtItsBudget() {
    FurnitureMarker marker = new FurnitureMarker("ar.furniture.broken", CATASTROPHIC,
        FurnitureMarker.Scope.LINE, List.of(), List.of(), null, 0);
    FurnitureFinder finder = new FurnitureFinder(List.of(marker), 0.3);
    List<String> stopped = new java.util.ArrayList<>();
    var text = ar.normalizer().normalize("ا".repeat(40) + "\nنص");
    assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> finder.find(text, MatchBudget.DEFAULT.allowance(50), stopped::add));
    assertThat(stopped).containsExactly("ar.furniture.broken");
  }
}
