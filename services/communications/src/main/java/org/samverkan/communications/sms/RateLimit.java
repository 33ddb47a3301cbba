package org.samverkan.communications.sms;

import java.util.concurrent.TimeUnit;

/** At most {@code perSecond} submissions a second, evenly spaced: each caller waits for its own slot. */
final class RateLimit {
    private final long spacingNanos;
    private long next = System.nanoTime();

    RateLimit(int perSecond) {
        this.spacingNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    void await() throws InterruptedException {
        long slot;
        synchronized (this) {
            slot = Math.max(next, System.nanoTime());
            next = slot + spacingNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
