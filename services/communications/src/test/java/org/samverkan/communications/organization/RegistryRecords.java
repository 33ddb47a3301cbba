package org.samverkan.communications.organization;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.samverkan.platform.test.TestProducer;

/** Writes organisation events to the registry's topic in its published format, as the registry's relay does. */
public final class RegistryRecords {
    public static final String TOPIC = "samverkan.registry.organization";

    private RegistryRecords() {
    }

    /** An organisation's full public state, as every registry event carries it. */
    public static void organization(String id, long version, String status, List<String> areas, List<String> languages,
                                    List<String> groups) {
        String type = "VERIFIED".equals(status) ? "OrganizationVerified" : "OrganizationProfileChanged";
        String json = """
                {"organizationId": "%s", "name": "Förening %s", "kind": "ASSOCIATION", "organizationNumber": null, "status": "%s",
                 "description": "d", "reach": {"areas": %s, "languages": %s, "targetGroups": %s,
                 "channels": [{"kind": "prayer-gathering", "estimatedReach": 120}]}, "futureField": 1}"""
                .formatted(id, id, status, array(areas), array(languages), array(groups));
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.samverkan.registry." + type,
                        "ce_source", "/samverkan/stakeholder-registry", "ce_time", Instant.now().toString(), "ce_subject", id,
                        "ce_aggregateversion", String.valueOf(version), "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        send(new ProducerRecord<>(TOPIC, null, id, json.getBytes(StandardCharsets.UTF_8), headers));
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }

    public static void send(ProducerRecord<String, byte[]> record) {
        TestProducer.send(record);
    }
}
