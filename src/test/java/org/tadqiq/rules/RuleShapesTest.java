package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;

/** The rules' shapes kept between runs are the shapes computed, and a file that does not fit is never used. */
class RuleShapesTest {
  @TempDir Path tmp;

  @Test
  void shapesReadBackAreTheShapesComputed() {
    List<CompiledRule> rules = TestRules.load().pack("ar").orElseThrow().rules();
    Path file = tmp.resolve("ar-rule-shapes.tsv");
    List<RuleShapes.Shape> computed = RuleShapes.of(rules, file); // computes and writes
    assertThat(file).exists();
    List<RuleShapes.Shape> read = RuleShapes.read(rules, file);
    assertThat(read).as("read back from the file, not computed again").isNotNull();
    assertThat(read).hasSize(rules.size());
    int guarded = 0;
    for (int i = 0; i < rules.size(); i++) {
      RuleShapes.Shape a = computed.get(i);
      RuleShapes.Shape b = read.get(i);
      assertThat(b.firstChars()).as(rules.get(i).id()).isEqualTo(a.firstChars());
      assertThat(b.guard() == null).as(rules.get(i).id()).isEqualTo(a.guard() == null);
      assertThat(b.prefixes() == null).as(rules.get(i).id()).isEqualTo(a.prefixes() == null);
      if (a.prefixes() != null) {
        assertThat(b.prefixes().keys()).as(rules.get(i).id()).isDeepEqualTo(a.prefixes().keys());
      }
      if (a.guard() != null) {
        guarded++;
        assertThat(b.guard().guard().pattern()).isEqualTo(a.guard().guard().pattern());
        assertThat(b.guard().body().pattern()).isEqualTo(a.guard().body().pattern());
      }
    }
    assertThat(guarded).as("rules with a guard").isGreaterThan(3);
  }

  @Test
  void aFileOfOtherRulesOrABrokenFileIsComputedAgain() throws IOException {
    List<CompiledRule> ar = TestRules.load().pack("ar").orElseThrow().rules();
    List<CompiledRule> en = TestRules.load().pack("en").orElseThrow().rules();
    Path file = tmp.resolve("shapes.tsv");
    RuleShapes.of(en, file);
    // the English shapes do not fit the Arabic rules: computed again, and the file rewritten
    List<RuleShapes.Shape> shapes = RuleShapes.of(ar, file);
    assertThat(shapes).hasSize(ar.size());
    assertThat(Files.readAllLines(file).get(0)).startsWith(ar.get(0).id() + "\t");
    for (int i = 0; i < ar.size(); i++) {
      assertThat(shapes.get(i).firstChars()).isEqualTo(RuleShapes.compute(ar).get(i).firstChars());
    }
    // a cut of the file, or a damaged line, is not read as shapes either
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(0, lines.size() - 1));
    assertThat(RuleShapes.of(ar, file)).hasSize(ar.size());
    assertThat(Files.readAllLines(file)).hasSize(ar.size());
    Files.writeString(file, Files.readString(file).replaceFirst("\t[0-9a-f]+-", "\tzz-"));
    List<RuleShapes.Shape> again = RuleShapes.of(ar, file);
    assertThat(again.get(0).firstChars()).isEqualTo(RuleShapes.compute(ar).get(0).firstChars());
  }
}
