package org.samverkan.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.samverkan.platform.test.TopicProbe;
import org.samverkan.registry.organization.OrganizationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The organisation topic as an outside consumer reads it. */
public final class RegistryEvents {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RegistryEvents() {
    }

    public record Event(String type, long version, JsonNode data, String raw) {
    }

    public static List<Event> of(String organizationId) {
        return TopicProbe.readAll(OrganizationEvents.TOPIC).stream().filter(r -> organizationId.equals(r.key()))
                .map(RegistryEvents::event).toList();
    }

    /** Waits until the organisation has at least this many events on the topic (callers check exact counts). */
    public static List<Event> await(String organizationId, int count) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(organizationId), e -> e.size() >= count);
    }

    public static List<String> allRaw() {
        return TopicProbe.readAll(OrganizationEvents.TOPIC).stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    private static Event event(ConsumerRecord<String, byte[]> r) {
        String raw = new String(r.value(), StandardCharsets.UTF_8);
        return new Event(header(r, "ce_type"), Long.parseLong(header(r, "ce_aggregateversion")), JSON.readTree(raw), raw);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
