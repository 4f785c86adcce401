package org.diplomacytrends.notebooks;

/**
 * The change between two yearly counts, with a 95% interval that reflects how few they are. Two
 * Poisson counts a (the earlier year) and b (the later) conditioned on their sum n = a + b make b
 * binomial with p = rate₂ / (rate₁ + rate₂); a Wilson score interval for p, mapped through
 * r = p / (1 − p), is an interval for the rate ratio b / a.
 *
 * @param before the earlier year's count (a)
 * @param after the later year's count (b)
 * @param ratio b / a (infinite when a is 0)
 * @param lower lower 95% bound of the ratio
 * @param upper upper 95% bound of the ratio (infinite when a is 0)
 */
public record RateRatio(long before, long after, double ratio, double lower, double upper) {

  /** The normal quantile of a two-sided 95% interval. */
  static final double Z95 = 1.959963984540054;

  /** Fewer counts than this in the two years together and no change is stated. */
  public static final int MIN_TOTAL = 10;

  /** The ratio of {@code after} to {@code before} with its interval; both counts non-negative, not both 0. */
  public static RateRatio of(long before, long after) {
    if (before < 0 || after < 0 || before + after == 0) {
      throw new IllegalArgumentException("counts must be non-negative and not both 0: " + before + ", " + after);
    }
    double[] p = wilson(after, before + after, Z95);
    return new RateRatio(before, after, odds(after / (double) (before + after)), odds(p[0]), odds(p[1]));
  }

  /** True when the two years hold too few counts for a change to mean anything. */
  public static boolean tooFew(long before, long after) {
    return before + after < MIN_TOTAL;
  }

  /** The Wilson score interval {lower, upper} for {@code successes} of {@code n} trials. */
  static double[] wilson(long successes, long n, double z) {
    double p = successes / (double) n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  private static double odds(double p) {
    return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
  }

  /** True when the interval leaves out "no change" (a ratio of 1). */
  public boolean clearChange() {
    return lower > 1 || upper < 1;
  }

  /** "+100%" for a ratio of 2, "−50%" for 0.5. */
  public static String percent(double ratio) {
    if (Double.isInfinite(ratio)) {
      return "∞";
    }
    long change = Math.round((ratio - 1) * 100);
    return (change > 0 ? "+" : change < 0 ? "−" : "±") + Math.abs(change) + "%";
  }
}
