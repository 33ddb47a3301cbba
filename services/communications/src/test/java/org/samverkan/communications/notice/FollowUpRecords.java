package org.samverkan.communications.notice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.samverkan.communications.organization.RegistryRecords;

/** Writes follow-up's CounterMessageRequested in its documented format (docs/asyncapi.yaml), as issue 6 will. */
final class FollowUpRecords {
    private FollowUpRecords() {
    }

    static void counterMessageRequested(String rumourId, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.samverkan.followup.CounterMessageRequested",
                        "ce_source", "/samverkan/follow-up", "ce_time", Instant.now().toString(), "ce_subject", rumourId,
                        "ce_aggregateversion", "2", "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        RegistryRecords.send(new ProducerRecord<>("samverkan.followup.rumour", null, rumourId, json.getBytes(StandardCharsets.UTF_8), headers));
    }
}
