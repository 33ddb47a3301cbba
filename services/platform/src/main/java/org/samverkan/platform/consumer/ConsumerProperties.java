package org.samverkan.platform.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retries       delivery attempts after the first before a record is dead-lettered
 * @param retryInterval pause between attempts
 */
@ConfigurationProperties("samverkan.consumer")
public record ConsumerProperties(Integer retries, Duration retryInterval) {
    public ConsumerProperties {
        retries = retries == null ? 3 : retries;
        retryInterval = retryInterval == null ? Duration.ofMillis(500) : retryInterval;
    }
}
