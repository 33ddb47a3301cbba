package org.samverkan.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled      whether this instance relays; a disabled relay leaves events waiting in their documents
 * @param sweepInterval how often documents with waiting events are looked for (crash recovery, other instances);
 *                     a safety net, so rare by default: the local stand-in scans whole collections for it
 * @param retryInterval how soon a document whose events could not be sent is tried again
 * @param lease        how long one instance owns a document's waiting events before another may take over;
 *                     longer than a round can take (send timeout), so two instances never publish the same round
 * @param batchSize    documents relayed per round
 * @param sendTimeout  how long to wait for the broker's acknowledgement before giving the round up
 */
@ConfigurationProperties("samverkan.outbox")
public record OutboxProperties(Boolean enabled, Duration sweepInterval, Duration lease, Integer batchSize,
                               Duration sendTimeout, Duration retryInterval) {
    public OutboxProperties {
        enabled = enabled == null || enabled;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(60) : sweepInterval;
        retryInterval = retryInterval == null ? Duration.ofSeconds(2) : retryInterval;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        batchSize = batchSize == null ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        if (lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("samverkan.outbox.lease must be at least twice samverkan.outbox.send-timeout");
        }
    }
}
