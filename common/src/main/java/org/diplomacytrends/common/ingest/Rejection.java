package org.diplomacytrends.common.ingest;

/**
 * An input that was quarantined, with enough detail for a person to find and fix it.
 *
 * @param source the file path or URI
 * @param lineNumber the record within the file, from 1: line of a JSON Lines file, row of a table,
 *     record of a WARC file; null for a whole file
 * @param reason why it was rejected
 * @param detail what exactly was wrong, with the bad value where there is one
 */
public record Rejection(String source, Integer lineNumber, RejectionReason reason, String detail) {}
