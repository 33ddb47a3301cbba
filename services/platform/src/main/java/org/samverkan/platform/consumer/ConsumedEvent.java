package org.samverkan.platform.consumer;

import java.time.Instant;

/** An event as a typed handler receives it: its CloudEvents attributes and its data in the consumer's own record. */
public record ConsumedEvent<T>(String id, String type, String source, Instant time, String subject, long aggregateVersion,
                               String topic, T data) {
}
