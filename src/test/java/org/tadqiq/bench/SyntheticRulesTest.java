package org.tadqiq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.rules.RuleBookLoader;

/** The bench's extra rules must really fire: each planted sentence wakes its own copy. */
class SyntheticRulesTest {
  @TempDir Path dir;

  @Test
  void everyCopiedRuleFiresOnItsPlantedSentence() throws Exception {
    RuleBook book = new RuleBookLoader().load(Path.of("rules"));
    LanguagePack ar = book.pack("ar").orElseThrow();
    int total = ar.rules().size() + 40;
    SyntheticRules.Grown grown = SyntheticRules.write(Path.of("rules"), dir.resolve("r"), ar, total);
    RuleBook big = new RuleBookLoader().load(grown.dir());
    assertThat(big.pack("ar").orElseThrow().rules()).hasSize(total);
    assertThat(grown.sentences()).hasSize(40);
    CheckPipeline pipeline = new CheckPipeline(big, 1);
    int fired = 0;
    for (int i = 0; i < grown.sentences().size(); i++) {
      Source s = new Source("s" + i, "s" + i, null, null, null, "ar", null, grown.sentences().get(i),
          Source.Status.OK, List.of());
      String suffix = ".copy-" + i;
      List<Claim> claims = pipeline.extract(s).claims();
      if (claims.stream().anyMatch(c -> c.rule().endsWith(suffix))) {
        fired++;
      }
    }
    assertThat(fired).as("copies that fire on their own planted sentence").isEqualTo(40);
  }
}
