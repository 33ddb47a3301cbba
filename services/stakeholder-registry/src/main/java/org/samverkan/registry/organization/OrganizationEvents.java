package org.samverkan.registry.organization;

import java.time.Instant;

import org.samverkan.platform.events.EventType;

/**
 * The registry's published contract for organisations (topic {@value #TOPIC}, key = organisation id).
 * Organisations only: contact persons and contact points never appear in events. Every event carries the
 * organisation's whole public state as it stands after the change (organizationId, name, kind, organizationNumber,
 * status, description, reach), so the newest event a consumer has applied fully determines its copy.
 */
public final class OrganizationEvents {
    public static final String TOPIC = "samverkan.registry.organization";

    private OrganizationEvents() {
    }

    @EventType("org.samverkan.registry.OrganizationRegistered")
    public record OrganizationRegistered(String organizationId, String name, OrganizationKind kind,
                                         String organizationNumber, OrganizationStatus status, String description,
                                         Reach reach, Instant registeredAt) {
    }

    /** Name, description, reach or contact points changed; also the survivor of a merge, with the union of reach. */
    @EventType("org.samverkan.registry.OrganizationProfileChanged")
    public record OrganizationProfileChanged(String organizationId, String name, OrganizationKind kind,
                                             String organizationNumber, OrganizationStatus status, String description,
                                             Reach reach, Instant changedAt) {
    }

    /** Verified, or reinstated after a suspension. */
    @EventType("org.samverkan.registry.OrganizationVerified")
    public record OrganizationVerified(String organizationId, String name, OrganizationKind kind,
                                       String organizationNumber, OrganizationStatus status, String description,
                                       Reach reach, Instant verifiedAt) {
    }

    @EventType("org.samverkan.registry.OrganizationSuspended")
    public record OrganizationSuspended(String organizationId, String name, OrganizationKind kind,
                                        String organizationNumber, OrganizationStatus status, String description,
                                        Reach reach, String reason, Instant suspendedAt) {
    }

    /** Emitted by the record merged away (status MERGED); consumers should treat mergedInto as the same organisation. */
    @EventType("org.samverkan.registry.OrganizationMerged")
    public record OrganizationMerged(String organizationId, String name, OrganizationKind kind,
                                     String organizationNumber, OrganizationStatus status, String description,
                                     Reach reach, String mergedInto, Instant mergedAt) {
    }
}
