package org.diplomacytrends.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Year-on-year change of two counts: the conditional binomial (Wilson) interval, checked by hand. */
class RateRatioTest {

  @Test
  void tenThenTwentyDoublesButTheIntervalStillHoldsNoChange() {
    // By hand: n = 30, p = 2/3, z² = 3.8415; centre = (p + z²/60) / (1 + z²/30) = 0.730693 / 1.128053 = 0.647749;
    // half = z·√(p(1−p)/30 + z²/3600) / 1.128053 = 1.959964 · 0.092057 / 1.128053 = 0.159950;
    // p in [0.487799, 0.807699]; ratio = p/(1−p) in [0.9524, 4.2002].
    RateRatio r = RateRatio.of(10, 20);
    assertThat(r.ratio()).as("20 / 10").isCloseTo(2.0, within(1e-12));
    assertThat(r.lower()).as("lower bound").isCloseTo(0.9524, within(5e-4));
    assertThat(r.upper()).as("upper bound").isCloseTo(4.2002, within(5e-4));
    assertThat(r.clearChange()).as("1.0 lies inside: the doubling could be chance").isFalse();
  }

  @Test
  void largeCountsGiveANarrowIntervalThatCanExcludeNoChange() {
    RateRatio r = RateRatio.of(100, 200);
    assertThat(r.lower()).as("lower bound above 1").isGreaterThan(1.5);
    assertThat(r.upper()).as("upper bound").isLessThan(2.6);
    assertThat(r.clearChange()).as("a clear rise").isTrue();
    RateRatio fall = RateRatio.of(60, 20);
    assertThat(fall.upper()).as("a clear fall: the upper bound below 1").isLessThan(1);
  }

  @Test
  void wilsonMatchesAPublishedValue() {
    // Wilson interval for 0 of 10 (Newcombe 1998, table I): 0 to 0.2775.
    double[] interval = RateRatio.wilson(0, 10, RateRatio.Z95);
    assertThat(interval[0]).as("lower").isCloseTo(0.0, within(1e-12));
    assertThat(interval[1]).as("upper").isCloseTo(0.2775, within(1e-4));
  }

  @Test
  void fewCountsAndZerosAreSaidPlainly() {
    assertThat(RateRatio.tooFew(3, 6)).as("9 counts in two years").isTrue();
    assertThat(RateRatio.tooFew(4, 6)).as("10 counts").isFalse();
    RateRatio fromZero = RateRatio.of(0, 12);
    assertThat(fromZero.ratio()).as("nothing the year before").isInfinite();
    assertThat(fromZero.upper()).as("upper bound").isInfinite();
    assertThat(RateRatio.percent(2.0)).as("doubling").isEqualTo("+100%");
    assertThat(RateRatio.percent(0.5)).as("halving").isEqualTo("−50%");
    assertThat(RateRatio.percent(1.0)).as("no change").isEqualTo("±0%");
  }
}
