package org.samverkan.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a Kafka record in CloudEvents binary mode into an {@link EventEnvelope}, or says precisely why not. */
public class EventReader {
    private final JsonMapper mapper;

    public EventReader(JsonMapper mapper) {
        this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public EventEnvelope read(ConsumerRecord<String, byte[]> record) {
        return read(name -> header(record, name), record.value(), record.topic());
    }

    /**
     * @param headers the record's header values by name (null where absent), as UTF-8 text
     * @param value   the record's payload
     * @param topic   the topic it was read from
     */
    public EventEnvelope read(UnaryOperator<String> headers, byte[] value, String topic) {
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String spec = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(spec)) {
            throw new MalformedEventException("Unsupported CloudEvents specversion " + spec);
        }
        long version = parseVersion(required(headers, CloudEventHeaders.AGGREGATE_VERSION));
        Instant time = parseTime(headers.apply(CloudEventHeaders.TIME));
        String subject = headers.apply(CloudEventHeaders.SUBJECT);
        if (value == null) {
            throw new MalformedEventException("Event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = mapper.readTree(value);
        } catch (JacksonException e) {
            throw new MalformedEventException("Event " + id + " data is not JSON: " + e.getOriginalMessage(), e);
        }
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("Event " + id + " data is not a JSON object");
        }
        return new EventEnvelope(id, type, source, time, subject, version, topic, data, mapper);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(UnaryOperator<String> headers, String name) {
        String value = headers.apply(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Missing CloudEvents header " + name);
        }
        return value;
    }

    private static long parseVersion(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedEventException("Header " + CloudEventHeaders.AGGREGATE_VERSION + " is not a number: " + value, e);
        }
    }

    private static Instant parseTime(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("Header " + CloudEventHeaders.TIME + " is not an RFC 3339 time: " + value, e);
        }
    }
}
