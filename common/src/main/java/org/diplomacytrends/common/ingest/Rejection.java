package org.diplomacytrends.common.ingest;

/**
 * An input that was quarantined, with enough detail for a person to find and fix it.
 *
 * @param source the file path or URI
 * @param lineNumber 1-based line in a JSON Lines file, or null for a whole file
 * @param reason why it was rejected
 * @param detail what exactly was wrong, with the bad value where there is one
 */
public record Rejection(String source, Integer lineNumber, RejectionReason reason, String detail) {}
