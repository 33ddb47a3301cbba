package org.samverkan.platform.consumer;

/** One dead-letter topic per consumer group: {@code <group>.dlt}. */
public final class DeadLetters {
    public static final String SUFFIX = ".dlt";

    private DeadLetters() {
    }

    public static String topicFor(String consumerGroup) {
        return consumerGroup + SUFFIX;
    }
}
