package org.samverkan.platform.outbox;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Sends one event record; the future completes once the broker has acknowledged it (acks=all), or fails. */
public interface EventPublisher {
    CompletableFuture<Void> publish(String topic, String key, byte[] payload, Map<String, String> headers);
}
