package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.ClaimKind;

/**
 * A surname that is a common word is no name by itself: "بشكل رئيسي" (mainly) made Ebrahim Raisi
 * a participant of any meeting told with it. His full name still names him. Texts written for the
 * test.
 */
class CommonWordSurnameTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  @Test
  void mainlyIsNoPerson() {
    Source s = TestSources.source("a", "ar", LocalDate.of(2025, 3, 2),
        "التقى وزير الخارجية الإيراني عباس عراقجي نظيره العماني في مسقط، وتركزت المحادثات بشكل رئيسي على الملف النووي واستمرت ساعتين.");
    assertThat(pipeline.extract(s).claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.frame().participants()).doesNotContain("ebrahim-raisi"));
  }

  @Test
  void theFullNameStillNamesHim() {
    Source s = TestSources.source("a", "ar", LocalDate.of(2023, 3, 2),
        "التقى الرئيس الإيراني إبراهيم رئيسي نظيره الصيني في بكين واستمرت المحادثات ساعتين.");
    assertThat(pipeline.extract(s).claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.frame().participants()).contains("ebrahim-raisi"));
  }
}
