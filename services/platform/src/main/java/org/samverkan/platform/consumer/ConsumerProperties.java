package org.samverkan.platform.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a binding waits out an outage of its store or broker (a {@link FailureKind#TRANSIENT} failure): paused,
 * without losing its place, first for {@code outageBackoffInitial}, doubling up to {@code outageBackoffMax}, for as
 * long as the outage lasts. Bounded attempts for other failures are the binder's own settings
 * ({@code spring.cloud.stream.default.consumer.max-attempts}, {@code back-off-initial-interval}).
 */
@ConfigurationProperties("samverkan.consumer")
public record ConsumerProperties(Duration outageBackoffInitial, Duration outageBackoffMax) {
    public ConsumerProperties {
        outageBackoffInitial = outageBackoffInitial == null ? Duration.ofSeconds(1) : outageBackoffInitial;
        outageBackoffMax = outageBackoffMax == null ? Duration.ofSeconds(30) : outageBackoffMax;
    }
}
