package org.tadqiq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/** Sources written for a test, and a check of them: the set-up the pipeline tests share. */
public final class TestSources {
  private TestSources() {}

  /** A readable source: its id names its file ({@code id.txt}); no url, outlet or title. */
  public static Source source(String id, String lang, LocalDate published, String text) {
    return new Source(id, id + ".txt", null, null, null, lang, published, text, Source.Status.OK,
        List.of());
  }

  /** Each source extracted, then all of them compared, as {@code check} does once they are read. */
  public static CheckResult check(CheckPipeline pipeline, Source... sources) {
    return pipeline.compare(List.of(sources).stream().map(pipeline::extract).toList());
  }

  /** The place ids of a source's place claims, in text order ("airport@gn:128234", "south@Q43"). */
  public static List<String> places(CheckPipeline pipeline, Source source) {
    return pipeline.extract(source).claims().stream().filter(c -> c.kind() == ClaimKind.PLACE)
        .map(c -> ((org.tadqiq.model.ClaimValue.Place) c.value()).place()).toList();
  }

  /** The one quantity a text written for a test yields (the test fails when it yields another number). */
  public static Claim onlyQuantity(CheckPipeline pipeline, String lang, LocalDate published,
      String text) {
    List<Claim> quantities = pipeline.extract(source("t", lang, published, text)).claims().stream()
        .filter(c -> c.kind() == ClaimKind.QUANTITY).toList();
    assertThat(quantities).hasSize(1);
    return quantities.get(0);
  }
}
