package org.tadqiq.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadqiq.model.Interval;

/** An announcement's figures as a facet stores them, and what two announcements share. */
class AnnouncementTest {
  private static final Interval ABOUT_1700 = new Interval(1530, false, 1870, false);
  private static final Interval OVER_300 = new Interval(300, true, Double.POSITIVE_INFINITY, true);

  @Test
  void theStoredTextReadsBackTheSameFigures() {
    Announcement a = new Announcement("Q836+government", Map.of("count:killed", ABOUT_1700,
        "count:missing", OVER_300, "count:wounded", Interval.exact(3400.0000000000005)));
    String compared = "2025-03-30 sunday" + Announcement.SEPARATOR + a.format();
    assertThat(a.format()).contains("count:wounded=3400,c,3400,c").doesNotContain("0000000");
    Announcement back = Announcement.of(compared);
    assertThat(back.party()).isEqualTo("Q836+government");
    assertThat(back.figures().get("count:killed")).isEqualTo(ABOUT_1700);
    assertThat(back.figures().get("count:missing")).isEqualTo(OVER_300);
    assertThat(Announcement.ofKey("earthquake[Q836]|reported|" + a.format())).isEqualTo(back);
  }

  @Test
  void aDamagedTextIsNoAnnouncement() {
    assertThat(Announcement.of("2025-03-30 sunday")).isNull();
    assertThat(Announcement.of("x" + Announcement.SEPARATOR + "army;count:killed=12,c")).isNull();
    assertThat(Announcement.of("x" + Announcement.SEPARATOR + "army;count:killed=a,c,b,c")).isNull();
  }

  @Test
  void sharedFiguresAreCountedAndADifferentOneSaysTheyAreTwo() {
    Announcement sunday = new Announcement("army", Map.of("count:killed", ABOUT_1700,
        "count:missing", OVER_300, "count:wounded", Interval.exact(3400)));
    Announcement monday = new Announcement("Q836", Map.of("count:killed",
        new Interval(1700, true, Double.POSITIVE_INFINITY, true), "count:wounded",
        Interval.exact(3400)));
    Announcement later = new Announcement("Q836", Map.of("count:killed", Interval.exact(2056),
        "count:wounded", Interval.exact(3400)));
    assertThat(sunday.shared(monday, true)).isEqualTo(new Announcement.Shared(2, true, false));
    assertThat(sunday.shared(later, true).differ()).isTrue();
    Announcement openOnly = new Announcement("Q836", Map.of("count:killed",
        new Interval(1700, true, Double.POSITIVE_INFINITY, true), "count:missing", OVER_300));
    assertThat(sunday.shared(openOnly, true)).isEqualTo(new Announcement.Shared(2, false, false));
  }
}
