package org.diplomacytrends.common.eval;

/**
 * SCHEMA.md's scores for a group of documents.
 *
 * @param documents how many documents
 * @param provinceAccuracy share with the right province (null == null is right)
 * @param cityAccuracy share with the right city (English names, case-insensitive; null == null is right)
 * @param yearAccuracy share with the right activity year
 * @param publishDateAccuracy share with the right publish date
 * @param partnerCountries over all (document, country) pairs
 * @param domesticPartners over all (document, province) pairs
 * @param visits over all (document, direction) pairs
 * @param agreementsInRange share whose predicted count lies in [min, max]
 * @param visitEventDocuments how many documents carry the {@code visit_events} label
 * @param visitEventsInRange among those, the share whose predicted number of visits lies in the
 *     labelled range for every direction (1.0 when none carries the label)
 */
public record Scores(int documents, double provinceAccuracy, double cityAccuracy, double yearAccuracy,
    double publishDateAccuracy, Prf partnerCountries, Prf domesticPartners, Prf visits, double agreementsInRange,
    int visitEventDocuments, double visitEventsInRange) {

  /**
   * Precision, recall and F1 over pairs. With nothing predicted precision is 1.0; with nothing to
   * find recall is 1.0; F1 is 0 when precision + recall is 0.
   *
   * @param precision true pairs among predicted
   * @param recall predicted pairs among true
   * @param f1 harmonic mean
   */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(int truePositives, int falsePositives, int falseNegatives) {
      double precision = truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
      double recall = truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
      double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
      return new Prf(precision, recall, f1);
    }
  }
}
