package org.samverkan.communications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitTest {
    @Test
    void submissionsAreSpacedToTheConfiguredRate() throws Exception {
        RateLimit rate = new RateLimit(20);
        long start = System.nanoTime();
        for (int i = 0; i < 11; i++) {
            rate.await();
        }
        // The first goes at once, the other ten 50 ms apart.
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(480L, 2000L);
    }
}
