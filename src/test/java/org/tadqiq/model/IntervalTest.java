package org.tadqiq.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How two amounts' intervals meet when news round their figures. */
class IntervalTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void anOpenBoundAgreesWithTheFigureItStartsFromButTwoOpenBoundsThatMeetDoNot() {
    Interval moreThan400 = new Interval(400, true, INF, false);
    Interval lessThan400 = new Interval(0, false, 400, true);
    Interval upTo400 = new Interval(0, false, 400, false);
    // "more than 400" beside "400", "up to 400" beside "more than 400": rounded figures agree
    assertThat(moreThan400.overlaps(Interval.exact(400), true)).isTrue();
    assertThat(moreThan400.overlaps(upTo400, true)).isTrue();
    // "more than 24 hours" and "less than a day" (1,440 minutes): no length is both
    assertThat(new Interval(1440, true, INF, false).overlaps(new Interval(0, false, 1440, true), true))
        .isFalse();
    assertThat(lessThan400.overlaps(moreThan400, true)).isFalse();
    // without the rounding policy an open bound never meets the figure it starts from
    assertThat(moreThan400.overlaps(Interval.exact(400), false)).isFalse();
  }
}
