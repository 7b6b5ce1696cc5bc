package org.tadqiq.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;

/** Republished copies of one dispatch are grouped; independent reports of one event are not. */
class CopyGroupsTest {
  private static final String DISPATCH = "A strong earthquake struck the coastal province early on"
      + " Monday, killing at least 120 people and injuring hundreds more, the national disaster"
      + " agency said. Rescue teams worked through the night to pull survivors from collapsed"
      + " apartment blocks in the provincial capital, where the tremor was felt for nearly a"
      + " minute. The agency said the quake had a magnitude of 6.9 and struck at a depth of ten"
      + " kilometres. Aftershocks continued into the afternoon, and schools in the region were"
      + " closed until further notice while engineers inspected damaged buildings.";

  private static ExtractedSource source(String id, String text) {
    return new ExtractedSource(new Source(id, id, null, null, null, "en", null, text,
        Source.Status.OK, List.of()), List.of(), List.of(), 0);
  }

  @Test
  void aRepublicationWithItsOwnMenusIsACopyAnIndependentReportIsNot() {
    String republished = "Home | World | Sport | Weather\nBreaking news\n" + DISPATCH.replace("120",
        "130") + "\nRead more: Flood warnings issued for the north\nShare this article";
    String independent = "Hundreds of people were hurt when a quake shook the province on Monday."
        + " Officials counted 120 dead by the evening as soldiers joined the search, and the"
        + " prime minister promised to rebuild every school damaged by the disaster. The tremor"
        + " measured 6.9 according to the national seismic institute in the capital.";
    Map<String, String> groups = new CopyGroups(0.5).find(List.of(
        source("a", DISPATCH), source("b", republished), source("c", independent)));
    assertThat(groups).containsEntry("a", "a").containsEntry("b", "a").doesNotContainKey("c");
  }

  @Test
  void aTextTooShortForShinglesHasNoGroup() {
    assertThat(new CopyGroups(0.5).find(List.of(source("a", "Quake hits."),
        source("b", "Quake hits.")))).isEmpty();
  }
}
