package org.tadqiq.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.rules.CommonData;

/**
 * A part or a facility of a place reads in the interface's language, around the place's name as
 * that language writes it: "southern Turkey" / "جنوب تركيا", "south of Marrakesh" for a town.
 */
class PlaceWordsTest {
  private final CommonData common = TestRules.load().common();

  @Test
  void aPartOfAPlaceReadsInTheInterfacesLanguage() {
    ValueWords en = new ValueWords(Labels.of("en"), common, Map.of());
    ValueWords ar = new ValueWords(Labels.of("ar"), common, Map.of("gn:2542997", "مراكش"));
    assertThat(en.label("south@Q43")).isEqualTo("southern Turkey");
    assertThat(en.label("south-west@gn:2542997")).isEqualTo("southwest of Marrakesh");
    assertThat(ar.label("south@Q43")).isEqualTo("جنوب تركيا");
    assertThat(ar.label("south-west@gn:2542997")).isEqualTo("جنوب غربي مراكش");
    assertThat(en.label("airport@gn:2542997")).isEqualTo("Marrakesh International Airport");
  }
}
