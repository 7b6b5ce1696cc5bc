package org.tadqiq.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;

/** Claims made compact for a check read back exactly as the extractor made them. */
class CompactClaimsTest {

  @Test
  void sharedClaimsOfTheSeedsKeepEveryQuoteSentenceAndPart() {
    CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
    List<Source> seeds = new ArrayList<>();
    new InputReader().read(List.of(TestRules.SEEDS), seeds::add);
    SharedParts shared = new SharedParts();
    int compared = 0;
    for (Source s : seeds) {
      ExtractedSource e = pipeline.extract(s);
      List<Claim> lean = shared.share(e.claims());
      assertThat(lean).hasSameSizeAs(e.claims());
      for (int i = 0; i < lean.size(); i++) {
        Claim was = e.claims().get(i);
        Claim is = lean.get(i);
        assertThat(is).isEqualTo(was);
        assertThat(is.quote()).isEqualTo(was.quote())
            .isEqualTo(s.text().substring(was.span().start(), was.span().end()));
        assertThat(is.context()).isEqualTo(was.context());
        assertThat(is.subject()).isEqualTo(was.subject());
        assertThat(is.frame()).isEqualTo(was.frame());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50);
  }

  @Test
  void equalPartsOfDifferentSourcesAreHeldOnce() {
    CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
    List<Source> seeds = new ArrayList<>();
    new InputReader().read(List.of(TestRules.SEEDS), seeds::add);
    SharedParts shared = new SharedParts();
    List<Claim> all = new ArrayList<>();
    for (Source s : seeds) {
      all.addAll(shared.share(pipeline.extract(s).claims()));
    }
    // the seeds name one event in many sources: its key is one string, not one per claim
    for (Claim a : all) {
      for (Claim b : all) {
        if (a.subject() != null && a.subject().equals(b.subject())) {
          assertThat(a.subject()).isSameAs(b.subject());
        }
        if (a.rule().equals(b.rule())) {
          assertThat(a.rule()).isSameAs(b.rule());
        }
      }
    }
  }

  @Test
  void deflatedSentencesComeBackAsTheyWere() throws Exception {
    String arabic = Files.readString(firstSeed());
    String mixed = arabic + " — emoji 👍🏽 and a pair 𝑥 kept whole";
    Deflater deflater = new Deflater();
    ClaimSentences packed = ClaimSentences.deflated(mixed, deflater);
    assertThat(packed).isInstanceOf(ClaimSentences.Deflated.class);
    assertThat(packed.text()).isEqualTo(mixed);
    assertThat(ClaimSentences.deflated("", deflater).text()).isEmpty();
    // a broken surrogate cannot go through UTF-8 unchanged: such sentences stay as they are
    String broken = "قال \uD83D وزير";
    ClaimSentences kept = ClaimSentences.deflated(broken, deflater);
    assertThat(kept).isInstanceOf(ClaimSentences.Plain.class);
    assertThat(kept.text()).isEqualTo(broken);
  }

  @Test
  void aQuoteThatIsNotItsSentencesSliceIsKeptAsGiven() {
    String sentence = "The talks lasted three hours on Monday.";
    Claim sliced = claim("three hours", 16, 27, sentence);
    assertThat(sliced.quote()).isEqualTo("three hours");
    // a store's claim may come without its sentence, or with a quote its sentence does not hold
    assertThat(claim("three hours", 16, 27, null).quote()).isEqualTo("three hours");
    assertThat(claim("3 hours", 16, 23, sentence).quote()).isEqualTo("3 hours");
    assertThat(claim("three hours", 116, 127, sentence).quote()).isEqualTo("three hours");
  }

  private static Claim claim(String quote, int start, int end, String context) {
    return new Claim("s:1", "s", ClaimKind.QUANTITY, "-", "duration",
        new ClaimValue.Place("x"), new Span(start, end), quote, "r", null, Modality.REPORTED,
        context, 0, null);
  }

  private static Path firstSeed() throws Exception {
    try (var files = Files.list(TestRules.SEEDS)) {
      return files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
    }
  }
}
