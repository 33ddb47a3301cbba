package org.samverkan.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled         whether this instance relays; a disabled relay leaves events waiting in their documents
 * @param sweepInterval   how often documents with waiting events are looked for (crash recovery, other instances);
 *                        a safety net, so rare by default: the local stand-in scans whole collections for it
 * @param retryInterval   how soon a document whose events could not be sent is tried again
 * @param lease           how long one instance owns a document's waiting events before another may take over; the
 *                        relay renews it every third of its length while a round runs, and it is at least twice the
 *                        send timeout, so a record the producer may still deliver never outlives its lease
 * @param batchSize       documents relayed per round
 * @param sendTimeout     how long to wait for the broker's acknowledgement of one event; raised to the producer's own
 *                        bound ({@code max.block.ms + delivery.timeout.ms}) so a send the relay gave up is one the
 *                        producer gave up too
 * @param quarantineAfter attempts at an event that can never be published (too large, not serialisable) before its
 *                        document is quarantined; transient failures (broker down) never count
 * @param retryQueueLimit documents waiting in memory for a retry; beyond it the sweep finds them instead
 */
@ConfigurationProperties("samverkan.outbox")
public record OutboxProperties(Boolean enabled, Duration sweepInterval, Duration lease, Integer batchSize,
                               Duration sendTimeout, Duration retryInterval, Integer quarantineAfter,
                               Integer retryQueueLimit) {
    public OutboxProperties {
        enabled = enabled == null || enabled;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(60) : sweepInterval;
        retryInterval = retryInterval == null ? Duration.ofSeconds(2) : retryInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        lease = lease == null ? sendTimeout.multipliedBy(3) : lease;
        batchSize = batchSize == null ? 200 : batchSize;
        quarantineAfter = quarantineAfter == null ? 3 : quarantineAfter;
        retryQueueLimit = retryQueueLimit == null ? 10_000 : retryQueueLimit;
        if (quarantineAfter < 1) {
            throw new IllegalArgumentException("samverkan.outbox.quarantine-after must be at least 1");
        }
        if (lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("samverkan.outbox.lease must be at least twice samverkan.outbox.send-timeout");
        }
    }

    /**
     * The same settings with the send timeout raised to what the producer may take over one record (blocked for
     * metadata, then retried until its delivery timeout), and the lease raised to twice that where it was shorter.
     */
    public OutboxProperties boundedBy(Duration producerMaxBlock, Duration producerDeliveryTimeout) {
        Duration producerBound = producerMaxBlock.plus(producerDeliveryTimeout);
        Duration send = sendTimeout.compareTo(producerBound) < 0 ? producerBound : sendTimeout;
        Duration leaseFor = lease.compareTo(send.multipliedBy(2)) < 0 ? send.multipliedBy(2) : lease;
        return new OutboxProperties(enabled, sweepInterval, leaseFor, batchSize, send, retryInterval, quarantineAfter,
                retryQueueLimit);
    }
}
