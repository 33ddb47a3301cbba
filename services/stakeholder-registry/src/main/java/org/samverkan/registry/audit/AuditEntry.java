package org.samverkan.registry.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who did what to which record, and when. Never personal data: the actor is an opaque id (its mapping to a person is
 * in {@code actors}, and goes on erasure), contact persons appear by id only, and {@code details} holds codes, field
 * names and reasons about organisations.
 *
 * @param id      the id of the event it records, or of the step it records for a change that publishes none
 * @param actorId the opaque actor id ({@code anonymous} for self-registration; null for events from before actor ids)
 */
@Document("audit")
public record AuditEntry(@Id String id, Instant at, String actorId, String action, String organizationId,
                         String contactPersonId, Map<String, Object> details) {
}
