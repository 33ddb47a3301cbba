package org.samverkan.communications.delivery;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries are sent ({@code samverkan.communications.delivery.*}).
 *
 * @param maxAttempts   attempts before a delivery is FAILED and DeliveryFailed raised
 * @param retryInterval pause before the next attempt, times the attempts so far
 * @param sweepInterval how often due deliveries are looked for
 * @param batchSize     deliveries claimed per round, and at most this many waiting or sending per channel
 * @param sendTimeout   the longest one send may take on any channel: also SMTP's connect, read and write timeout,
 *                      and a send still running then is interrupted and counts as a failed attempt
 * @param poolSize      concurrent sends per channel ({@code email}, {@code sms}); 4 for a channel not named
 * @param lease         how long a claimed delivery is this instance's; at least {@link #minimumLease()}, so it
 *                      cannot run out while its send waits, runs and is recorded. Unset: twice that minimum
 */
@ConfigurationProperties("samverkan.communications.delivery")
record DeliveryProperties(Integer maxAttempts, Duration retryInterval, Duration sweepInterval, Integer batchSize,
                          Duration sendTimeout, Map<String, Integer> poolSize, Duration lease) {
    static final int DEFAULT_POOL_SIZE = 4;

    DeliveryProperties {
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryInterval = retryInterval == null ? Duration.ofSeconds(30) : retryInterval;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(2) : sweepInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        poolSize = poolSize == null ? Map.of() : Map.copyOf(poolSize);
        if (batchSize < 1 || poolSize.values().stream().anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException("samverkan.communications.delivery.batch-size and pool-size must be at least 1");
        }
        Duration minimum = minimumLease(batchSize, sendTimeout, poolSize);
        lease = lease == null ? minimum.multipliedBy(2) : lease;
        if (lease.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("samverkan.communications.delivery.lease must be at least " + minimum
                    + " (send-timeout × (ceil(batch-size / smallest pool-size) + 1)), or a lease could end while its send still runs");
        }
    }

    int poolSize(String channel) {
        return poolSize.getOrDefault(channel, DEFAULT_POOL_SIZE);
    }

    Duration minimumLease() {
        return minimumLease(batchSize, sendTimeout, poolSize);
    }

    /**
     * A claimed delivery waits behind at most batch-size − 1 others on its channel's pool, so it has been sent (or
     * interrupted) after ceil(batch-size / pool-size) send timeouts; one more covers recording the outcome.
     */
    private static Duration minimumLease(int batchSize, Duration sendTimeout, Map<String, Integer> poolSize) {
        int smallestPool = poolSize.values().stream().mapToInt(Integer::intValue).min().orElse(DEFAULT_POOL_SIZE);
        smallestPool = Math.min(smallestPool, DEFAULT_POOL_SIZE);
        return sendTimeout.multipliedBy((batchSize + smallestPool - 1) / smallestPool + 1);
    }
}
