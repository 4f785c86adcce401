package org.diplomacytrends.common.ingest;

/**
 * Bytes decoded to text, or the reason they could not be.
 *
 * @param text the decoded text (line ends normalised to {@code \n}, BOM removed), null on failure
 * @param encoding the encoding used, null on failure
 * @param failure why decoding failed, null on success
 * @param detail human-readable detail of a failure or of a lossy decode, may be null
 */
public record DecodedText(String text, String encoding, RejectionReason failure, String detail) {

  static DecodedText ok(String text, String encoding, String detail) {
    return new DecodedText(text, encoding, null, detail);
  }

  static DecodedText failed(RejectionReason reason, String detail) {
    return new DecodedText(null, null, reason, detail);
  }

  /** True when {@link #text()} holds the decoded text. */
  public boolean succeeded() {
    return failure == null;
  }
}
