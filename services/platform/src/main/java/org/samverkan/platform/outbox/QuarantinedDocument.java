package org.samverkan.platform.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/** A quarantined document as an operator sees it: where it is and which event holds it up, never the payload. */
public record QuarantinedDocument(String collection, String id, String eventId, String type, Object aggregateVersion,
                                  int attempts, String reason, Instant since) {
    static QuarantinedDocument of(String collection, String id, Document mark) {
        Date since = mark.getDate("since");
        return new QuarantinedDocument(collection, id, mark.getString("eventId"), mark.getString("type"),
                mark.get("aggregateVersion"), mark.getInteger("attempts", 0), mark.getString("reason"),
                since == null ? null : since.toInstant());
    }
}
