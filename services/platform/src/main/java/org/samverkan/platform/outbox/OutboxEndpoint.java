package org.samverkan.platform.outbox;

import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code GET /actuator/outbox} lists the quarantined documents; {@code POST /actuator/outbox/{collection}/{id}}
 * releases one (its event is tried again, e.g. after the producer's limit was raised); {@code DELETE
 * /actuator/outbox/{collection}/{id}?eventId=…} skips the quarantined event (kept in the document's
 * {@code outboxSkipped}) so the later ones flow. Operators only.
 */
@Endpoint(id = "outbox")
public class OutboxEndpoint {
    private final OutboxRelay relay;

    public OutboxEndpoint(OutboxRelay relay) {
        this.relay = relay;
    }

    @ReadOperation
    public Map<String, Object> quarantined() {
        List<QuarantinedDocument> quarantined = relay.quarantine().list();
        return Map.of("quarantined", quarantined, "count", quarantined.size());
    }

    @WriteOperation
    public WebEndpointResponse<Object> release(@Selector String collection, @Selector String id) {
        if (!relay.knows(collection) || !relay.quarantine().release(collection, id)) {
            return notQuarantined(collection, id);
        }
        relay.nudge(collection, id);
        return new WebEndpointResponse<>(Map.of("collection", collection, "id", id, "released", true), WebEndpointResponse.STATUS_OK);
    }

    @DeleteOperation
    public WebEndpointResponse<Object> skip(@Selector String collection, @Selector String id, String eventId) {
        if (!relay.knows(collection) || !relay.quarantine().skip(collection, id, eventId)) {
            return notQuarantined(collection, id);
        }
        relay.nudge(collection, id);
        return new WebEndpointResponse<>(Map.of("collection", collection, "id", id, "skipped", eventId), WebEndpointResponse.STATUS_OK);
    }

    private static WebEndpointResponse<Object> notQuarantined(String collection, String id) {
        return new WebEndpointResponse<>(Map.of("collection", collection, "id", id,
                "detail", "No such quarantined document (or it is held up by another event)"), WebEndpointResponse.STATUS_NOT_FOUND);
    }
}
