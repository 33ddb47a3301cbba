package org.samverkan.registry.organization;

import java.time.Instant;

import org.samverkan.platform.events.EventType;

/**
 * The registry's published contract for organisations (topic {@value #TOPIC}, key = organisation id).
 * Organisations only: contact persons never appear in events. Every event carries the organisation's public
 * state as it stands after the change, so the newest event a consumer has applied fully determines its copy —
 * an event that was dead-lettered and replayed late, and then ignored as old, leaves nothing missing.
 */
public final class OrganizationEvents {
    public static final String TOPIC = "samverkan.registry.organization";

    private OrganizationEvents() {
    }

    @EventType("org.samverkan.registry.OrganizationRegistered")
    public record OrganizationRegistered(String organizationId, String name, OrganizationKind kind,
                                         String organizationNumber, OrganizationStatus status, Instant registeredAt) {
    }

    @EventType("org.samverkan.registry.OrganizationVerified")
    public record OrganizationVerified(String organizationId, String name, OrganizationKind kind,
                                       String organizationNumber, OrganizationStatus status, Instant verifiedAt) {
    }

    @EventType("org.samverkan.registry.OrganizationSuspended")
    public record OrganizationSuspended(String organizationId, String name, OrganizationKind kind,
                                        String organizationNumber, OrganizationStatus status, String reason, Instant suspendedAt) {
    }
}
