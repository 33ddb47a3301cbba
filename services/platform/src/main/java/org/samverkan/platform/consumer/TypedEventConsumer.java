package org.samverkan.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * A Spring Cloud Stream consumer function of typed handlers: reads the CloudEvents envelope, routes it by its type
 * to the consumer's contract record and handler, and counts the outcome. Bound by configuration
 * ({@code spring.cloud.stream.bindings.<bean name>-in-0}); failures are classified by {@link FailureKind}.
 */
public final class TypedEventConsumer implements Consumer<Message<byte[]>> {
    private final EventRouter<Outcome> router;
    private final EventReader reader;
    private final ConsumerMetrics metrics;

    TypedEventConsumer(EventRouter<Outcome> router, EventReader reader, ConsumerMetrics metrics) {
        this.router = router;
        this.reader = reader;
        this.metrics = metrics;
    }

    @Override
    public void accept(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        dispatch(reader.read(name -> attribute(headers, name), message.getPayload(), text(headers.get(KafkaHeaders.RECEIVED_TOPIC))));
    }

    /** Handles one event; also the entry point of a dead-letter replay, which re-delivers to this consumer only. */
    public Outcome dispatch(EventEnvelope event) {
        Outcome outcome;
        try {
            outcome = router.route(event).orElse(Outcome.IGNORED);
        } catch (UnknownEventTypeException unknown) {
            metrics.unknownType(event.type());
            throw unknown;
        }
        metrics.consumed(event.type(), outcome);
        return outcome;
    }

    /** Every type this consumer knows: those it handles and those it ignores. */
    public Set<String> knownTypes() {
        Set<String> known = new TreeSet<>(router.routedTypes());
        known.addAll(router.ignoredTypes());
        return known;
    }

    /**
     * Spring Cloud Function canonicalises the CloudEvents attributes of an incoming message from the Kafka binding's
     * {@code ce_} prefix to {@code ce-}; either is read.
     */
    private static String attribute(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith(CloudEventMessageUtils.KAFKA_ATTR_PREFIX)) {
            value = headers.get(CloudEventMessageUtils.DEFAULT_ATTR_PREFIX + name.substring(CloudEventMessageUtils.KAFKA_ATTR_PREFIX.length()));
        }
        return text(value);
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value == null ? null : value.toString();
    }
}
