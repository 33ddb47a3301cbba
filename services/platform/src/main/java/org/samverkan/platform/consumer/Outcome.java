package org.samverkan.platform.consumer;

/** What consuming one event did; counted per type in {@code samverkan_events_consumed_total}. */
public enum Outcome {
    APPLIED, ALREADY_SEEN, IGNORED;

    public static Outcome appliedIf(boolean changed) {
        return changed ? APPLIED : ALREADY_SEEN;
    }

    String tag() {
        return name().toLowerCase();
    }
}
