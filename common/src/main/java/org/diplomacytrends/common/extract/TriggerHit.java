package org.diplomacytrends.common.extract;

/**
 * A trigger found in a text.
 *
 * @param trigger the pattern
 * @param start first character
 * @param end after the last character
 */
record TriggerHit(Trigger trigger, int start, int end) {
  TriggerKind kind() {
    return trigger.kind();
  }
}
