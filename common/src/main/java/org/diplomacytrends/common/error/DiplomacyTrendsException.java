package org.diplomacytrends.common.error;

/**
 * An error a user can act on. Its message reads "Cannot X: why. Fix.", names the bad value, and
 * is meant to be printed as one line without a stack trace. Build instances with {@link Errors}.
 */
public final class DiplomacyTrendsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DiplomacyTrendsException(String message, Throwable cause) {
    super(message, cause);
  }
}
