package org.samverkan.registry.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who did what to which record, and when. Never personal data: contact persons are referred to by id only, and
 * {@code details} holds codes, field names and reasons about organisations.
 *
 * @param actor the token subject of the caller ("anonymous" for self-registration)
 */
@Document("audit")
public record AuditEntry(@Id String id, Instant at, String actor, String action, String organizationId,
                         String contactPersonId, Map<String, Object> details) {
}
