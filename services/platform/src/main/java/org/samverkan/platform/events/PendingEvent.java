package org.samverkan.platform.events;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document for the outbox relay. Everything the relay needs is here,
 * so publishing needs no knowledge of event classes.
 *
 * @param payload the event data as JSON text
 */
public record PendingEvent(String eventId, String type, String topic, String subject, long aggregateVersion,
                           Instant time, String traceparent, String payload) {
}
