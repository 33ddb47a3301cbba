package org.samverkan.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.messaging.MessageHeaders;

/**
 * The binder's header mapping, so records keep the CloudEvents binary-mode contract exactly: outbound only the
 * {@code ce_*} attributes, {@code content-type} and {@code traceparent}, as UTF-8, in one fixed order — no
 * {@code contentType}, {@code id} or type-hint headers of the messaging layer. Inbound every header as UTF-8 text
 * where it is one of those, raw bytes otherwise (dead-letter headers carry binary offsets).
 */
public class CloudEventsHeaderMapper implements KafkaHeaderMapper {
    /**
     * The traceparent stored with the event (that of the request that caused it) travels under this message header:
     * the messaging layer's own tracing writes {@code traceparent} on the message with a span of its own.
     */
    public static final String STORED_TRACEPARENT = "samverkan_traceparent";
    static final List<String> ORDER = List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.AGGREGATE_VERSION,
            CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.TRACEPARENT);

    @Override
    public void fromHeaders(MessageHeaders headers, Headers target) {
        for (String name : ORDER) {
            Object value = headers.get(CloudEventHeaders.TRACEPARENT.equals(name) ? STORED_TRACEPARENT : name);
            if (value != null) {
                target.add(name, value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void toHeaders(Headers source, Map<String, Object> target) {
        for (Header header : source) {
            target.put(header.key(), ORDER.contains(header.key()) && header.value() != null
                    ? new String(header.value(), StandardCharsets.UTF_8) : header.value());
        }
    }
}
