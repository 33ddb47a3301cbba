package org.samverkan.platform.consumer;

import java.util.ArrayList;
import java.util.List;

/**
 * What one dead-letter replay did: records re-delivered, records that failed again (back on the dead-letter topic),
 * records skipped with the reason, and where it stopped if the infrastructure was away.
 */
public record ReplayReport(String topic, int replayed, List<Long> failedAgain, List<Skipped> skipped, Long stoppedAt,
                           String stoppedBecause) {

    public record Skipped(long offset, String reason) {
    }

    static final class Builder {
        private final String topic;
        private int replayed;
        private final List<Long> failedAgain = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private Long stoppedAt;
        private String stoppedBecause;

        Builder(String topic) {
            this.topic = topic;
        }

        void replayed() {
            replayed++;
        }

        void failedAgain(long offset) {
            failedAgain.add(offset);
        }

        void skipped(long offset, String reason) {
            skipped.add(new Skipped(offset, reason));
        }

        void stoppedAt(long offset, String reason) {
            stoppedAt = offset;
            stoppedBecause = reason;
        }

        ReplayReport build() {
            return new ReplayReport(topic, replayed, List.copyOf(failedAgain), List.copyOf(skipped), stoppedAt, stoppedBecause);
        }
    }
}
