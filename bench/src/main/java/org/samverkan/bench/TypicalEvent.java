package org.samverkan.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.samverkan.platform.events.CloudEventHeaders;
import org.samverkan.platform.events.EventType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typical platform event as the outbox relay puts it on Kafka: the registry's OrganizationRegistered, JSON
 * serialised by the application's JsonMapper (as AggregateStore does), key = aggregate id, CloudEvents
 * binary-mode headers exactly as OutboxRelay.send writes them (with a traceparent, as a save inside an HTTP
 * request has one).
 */
record TypicalEvent(String key, byte[] value, String type, String source, String subject, String time, String traceparent) {

    static TypicalEvent of(JsonMapper json, String source) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.parse("2026-03-14T09:26:53.589Z");
        var event = new BenchEvents.OrganizationRegistered(id, "Röda Korset Kungsholmen", "ASSOCIATION", "802002-8711",
                "PENDING", now);
        byte[] value = json.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
        return new TypicalEvent(id, value, BenchEvents.OrganizationRegistered.class.getAnnotation(EventType.class).value(),
                source, id, now.toString(), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    RecordHeaders headers() {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(headers, CloudEventHeaders.ID, "6f1c2a9e-3b1d-4f7e-9a51-0c2d8e7b4a13");
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.SOURCE, source);
        add(headers, CloudEventHeaders.TIME, time);
        add(headers, CloudEventHeaders.SUBJECT, subject);
        add(headers, CloudEventHeaders.AGGREGATE_VERSION, "1");
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (traceparent != null) {
            add(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        }
        return headers;
    }

    int keyBytes() {
        return key.getBytes(StandardCharsets.UTF_8).length;
    }

    int headerBytes() {
        return RawKafkaBench.headerBytes(headers());
    }

    int totalBytes() {
        return keyBytes() + value.length + headerBytes();
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
