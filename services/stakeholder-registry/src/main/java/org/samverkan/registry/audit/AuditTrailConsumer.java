package org.samverkan.registry.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.platform.consumer.ConsumedEvent;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail of organisation changes, built from the registry's own topic: one entry per event, under the event's
 * id, so a redelivery writes nothing twice, and a change is answered before (and whether or not) its entry is written.
 * This is the registry's own copy of its contract, as any consumer keeps one. Bound as {@code auditEntries-in-0}.
 * An event without an actor id is from before this consumer: its entry was written with the change (EarlierEntries).
 */
@Configuration(proxyBeanMethods = false)
class AuditTrailConsumer {

    @EventTypes("org.samverkan.registry.OrganizationRegistered")
    record Registered(String organizationId, String kind, String status, Instant registeredAt, String actorId) {
    }

    @EventTypes("org.samverkan.registry.OrganizationProfileChanged")
    record ProfileChanged(String organizationId, Instant changedAt, List<String> changed, String absorbedId, String actorId) {
    }

    @EventTypes("org.samverkan.registry.OrganizationVerified")
    record Verified(String organizationId, Instant verifiedAt, String reason, String actorId) {
    }

    @EventTypes("org.samverkan.registry.OrganizationSuspended")
    record Suspended(String organizationId, String reason, Instant suspendedAt, String actorId) {
    }

    @EventTypes("org.samverkan.registry.OrganizationMerged")
    record Merged(String organizationId, String mergedInto, Instant mergedAt, String actorId) {
    }

    @Bean
    TypedEventConsumer auditEntries(EventConsumers consumers, AuditTrail trail) {
        return consumers.of(EventRouter.<Outcome>create()
                .on(Registered.class, e -> write(trail, e, e.data().registeredAt(), e.data().actorId(), "REGISTERED",
                        e.data().organizationId(), details("kind", e.data().kind(), "status", e.data().status())))
                .on(ProfileChanged.class, e -> write(trail, e, e.data().changedAt(), e.data().actorId(),
                        e.data().absorbedId() == null ? "PROFILE_CHANGED" : "ABSORBED", e.data().organizationId(),
                        e.data().absorbedId() == null ? details("changed", e.data().changed())
                                : details("mergedId", e.data().absorbedId(), "changed", e.data().changed())))
                .on(Verified.class, e -> write(trail, e, e.data().verifiedAt(), e.data().actorId(),
                        e.data().reason() == null ? "VERIFIED" : "REINSTATED", e.data().organizationId(),
                        details("reason", e.data().reason())))
                .on(Suspended.class, e -> write(trail, e, e.data().suspendedAt(), e.data().actorId(), "SUSPENDED",
                        e.data().organizationId(), details("reason", e.data().reason())))
                .on(Merged.class, e -> write(trail, e, e.data().mergedAt(), e.data().actorId(), "MERGED",
                        e.data().organizationId(), details("mergedInto", e.data().mergedInto()))));
    }

    private static Outcome write(AuditTrail trail, ConsumedEvent<?> event, Instant at, String actorId, String action,
                                 String organizationId, Map<String, Object> details) {
        if (actorId == null) {
            return Outcome.ALREADY_SEEN;
        }
        AuditEntry entry = new AuditEntry(event.id(), at, actorId, action, organizationId, null, details);
        return trail.appendOnce(entry) ? Outcome.APPLIED : Outcome.ALREADY_SEEN;
    }

    /** Pairs of name and value; null values (a field an older event lacks) are left out. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                details.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return details;
    }
}
