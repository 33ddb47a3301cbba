package org.samverkan.registry.audit;

import java.time.Instant;
import java.util.Map;

/**
 * An audit entry as administrators read it: the actor id resolved to a name at read time, while its mapping exists.
 *
 * @param actor the person's login name; {@value AuditTrail#ERASED} once the mapping is erased, {@value AuditTrail#UNKNOWN}
 *              for an event from before actor ids, {@code anonymous} for self-registration
 * @param organizations id → name of the organisations the entry mentions (its own, and merged / similar ones in
 *                      {@code details}), read at read time; one no longer in the registry is left out
 */
public record AuditView(String id, Instant at, String actorId, String actor, String action, String organizationId,
                        String contactPersonId, Map<String, Object> details, Map<String, String> organizations) {
}
