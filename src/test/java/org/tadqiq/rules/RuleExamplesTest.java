package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tadqiq.TestRules;
import org.tadqiq.extract.Extractor;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;

/**
 * Runs every example and negative that the rule files carry. An example passes when the rule,
 * running with its whole pack, yields exactly the expected claims (quote, value, and subject or
 * attribute where given); a negative passes when the rule yields nothing.
 */
class RuleExamplesTest {
  private final RuleBook book = TestRules.load();

  @TestFactory
  Stream<DynamicNode> everyRuleExample() {
    List<DynamicNode> packs = new ArrayList<>();
    for (LanguagePack pack : book.packs().values()) {
      Extractor extractor = new Extractor(pack, book.common());
      List<DynamicNode> rules = new ArrayList<>();
      for (CompiledRule rule : pack.rules()) {
        List<DynamicNode> cases = new ArrayList<>();
        for (Specs.Example ex : rule.examples()) {
          cases.add(DynamicTest.dynamicTest("finds: " + ex.text(),
              () -> assertExample(extractor, pack, rule, ex)));
        }
        for (String negative : rule.negatives()) {
          cases.add(DynamicTest.dynamicTest("finds nothing in: " + negative,
              () -> assertThat(claimsOf(extractor, pack, rule, negative, examplesDay(rule)))
                  .as("%s must find nothing in a negative example", rule.id())
                  .isEmpty()));
        }
        rules.add(DynamicContainer.dynamicContainer(rule.id(), cases));
      }
      for (FurnitureMarker marker : pack.furniture()) {
        List<DynamicNode> cases = new ArrayList<>();
        for (String ex : marker.examples()) {
          cases.add(DynamicTest.dynamicTest("marks: " + ex,
              () -> assertThat(marks(pack, marker, ex)).as(marker.id()).isTrue()));
        }
        for (String neg : marker.negatives()) {
          cases.add(DynamicTest.dynamicTest("leaves: " + neg,
              () -> assertThat(marks(pack, marker, neg)).as(marker.id()).isFalse()));
        }
        rules.add(DynamicContainer.dynamicContainer(marker.id(), cases));
      }
      packs.add(DynamicContainer.dynamicContainer(pack.language(), rules));
    }
    return packs.stream();
  }

  private static void assertExample(
      Extractor extractor, LanguagePack pack, CompiledRule rule, Specs.Example ex) {
    List<Claim> found = claimsOf(extractor, pack, rule, ex.text(), ex.published());
    List<String> got = found.stream().map(c -> c.quote() + " => " + c.value().canonical()).toList();
    List<String> want =
        ex.expect().stream().map(e -> e.quote() + " => " + e.value()).toList();
    assertThat(got).as("%s on \"%s\"", rule.id(), ex.text()).containsExactlyInAnyOrderElementsOf(want);
    for (Specs.Expect e : ex.expect()) {
      Claim c = found.stream()
          .filter(x -> x.quote().equals(e.quote()) && x.value().canonical().equals(e.value()))
          .findFirst().orElseThrow();
      assertThat(ex.text().substring(c.span().start(), c.span().end())).isEqualTo(e.quote());
      if (e.subject() != null) {
        assertThat(c.subject()).as("subject of %s", e.quote()).isEqualTo(e.subject());
      }
      if (e.attribute() != null) {
        assertThat(c.attribute()).as("attribute of %s", e.quote()).isEqualTo(e.attribute());
      }
    }
  }

  /** The day a rule's examples are dated, for its negatives too (null when they are not dated). */
  private static java.time.LocalDate examplesDay(CompiledRule rule) {
    return rule.examples().stream().map(Specs.Example::published).filter(d -> d != null)
        .findFirst().orElse(null);
  }

  private static List<Claim> claimsOf(Extractor extractor, LanguagePack pack, CompiledRule rule,
      String text, java.time.LocalDate published) {
    Source s = new Source("example", "example", null, null, null, pack.language(), published, text,
        Source.Status.OK, List.of());
    return extractor.extract(s, pack.rules(), false).claims().stream()
        .filter(c -> c.rule().equals(rule.id()))
        .toList();
  }

  private static boolean marks(LanguagePack pack, FurnitureMarker marker, String line) {
    Matcher m = marker.pattern().matcher(pack.normalizer().normalize(line).normalized());
    return m.find();
  }
}
