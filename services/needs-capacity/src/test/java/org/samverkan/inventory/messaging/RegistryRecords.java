package org.samverkan.inventory.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.samverkan.platform.test.TestProducer;

/**
 * Writes records to the registry's topic in its published format (docs/asyncapi.yaml), the way the registry's
 * relay does, so the inventory can be tested on its own with a real broker — including records no correct
 * producer would write.
 */
public final class RegistryRecords {
    public static final String TOPIC = "samverkan.registry.organization";
    /** The name later events carry; registrations in these tests use their own names. */
    public static final String NAME = "Föreningen";

    private RegistryRecords() {
    }

    public static ProducerRecord<String, byte[]> event(String id, long version, String type, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.samverkan.registry." + type,
                        "ce_source", "/samverkan/stakeholder-registry", "ce_time", Instant.now().toString(), "ce_subject", id,
                        "ce_aggregateversion", String.valueOf(version), "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(TOPIC, null, id, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static ProducerRecord<String, byte[]> registered(String id, long version, String name) {
        return event(id, version, "OrganizationRegistered", """
                {"organizationId": "%s", "name": "%s", "kind": "ASSOCIATION", "status": "PENDING", "registeredAt": "2026-11-22T08:00:00Z", "futureField": 1}"""
                .formatted(id, name));
    }

    public static ProducerRecord<String, byte[]> verified(String id, long version) {
        return event(id, version, "OrganizationVerified", """
                {"organizationId": "%s", "name": "%s", "kind": "ASSOCIATION", "status": "VERIFIED", "verifiedAt": "2026-11-22T09:00:00Z"}"""
                .formatted(id, NAME));
    }

    public static ProducerRecord<String, byte[]> suspended(String id, long version) {
        return event(id, version, "OrganizationSuspended", """
                {"organizationId": "%s", "name": "%s", "kind": "ASSOCIATION", "status": "SUSPENDED", "reason": "r", "suspendedAt": "2026-11-22T10:00:00Z"}"""
                .formatted(id, NAME));
    }

    /** The registry's full public state, as every organisation event now carries it (name, kind, status, reach ...). */
    public static ProducerRecord<String, byte[]> state(String id, long version, String type, String name, String status,
                                                       String extra) {
        return event(id, version, type, """
                {"organizationId": "%s", "name": "%s", "kind": "FAITH_COMMUNITY", "organizationNumber": null, "status": "%s",
                 "description": "d", "reach": {"areas": ["flemingsberg"], "languages": ["ar"], "targetGroups": ["older-people"],
                 "channels": [{"kind": "prayer-gathering", "estimatedReach": 120}]}%s}"""
                .formatted(id, name, status, extra == null ? "" : ", " + extra));
    }

    public static ProducerRecord<String, byte[]> profileChanged(String id, long version, String name, String status) {
        return state(id, version, "OrganizationProfileChanged", name, status, "\"changedAt\": \"2026-11-22T11:00:00Z\"");
    }

    public static ProducerRecord<String, byte[]> merged(String id, long version, String name, String into) {
        return state(id, version, "OrganizationMerged", name, "MERGED", "\"mergedInto\": \"" + into + "\"");
    }

    public static void send(ProducerRecord<String, byte[]> record) {
        TestProducer.send(record);
    }
}
