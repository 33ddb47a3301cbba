package org.samverkan.registry.organization;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * The registry's published contract for organisations (topic {@value #TOPIC}, key = organisation id).
 * Organisations only: contact persons and contact points never appear in events. Every event carries the
 * organisation's whole public state as it stands after the change (organizationId, name, kind, organizationNumber,
 * status, description, reach), so the newest event a consumer has applied fully determines its copy. Every event also
 * carries {@code actorId}: who made the change, as an opaque id ({@code anonymous} for self-registration) that only
 * the registry can map to a person, until that person is erased — never a login name.
 */
public final class OrganizationEvents {
    public static final String TOPIC = "samverkan.registry.organization";

    private OrganizationEvents() {
    }

    @EventType("org.samverkan.registry.OrganizationRegistered")
    public record OrganizationRegistered(String organizationId, String name, OrganizationKind kind,
                                         String organizationNumber, OrganizationStatus status, String description,
                                         Reach reach, Instant registeredAt, String actorId) {
    }

    /**
     * Name, description, reach or contact points changed; also the survivor of a merge, with the union of reach.
     *
     * @param changed    the names of the fields that changed (of name, description, reach, contactPoints)
     * @param absorbedId the organisation merged into this one, when the change is a merge; null otherwise
     */
    @EventType("org.samverkan.registry.OrganizationProfileChanged")
    public record OrganizationProfileChanged(String organizationId, String name, OrganizationKind kind,
                                             String organizationNumber, OrganizationStatus status, String description,
                                             Reach reach, Instant changedAt, List<String> changed,
                                             String absorbedId, String actorId) {
    }

    /**
     * Verified, or reinstated after a suspension.
     *
     * @param reason why it was reinstated; null for a verification
     */
    @EventType("org.samverkan.registry.OrganizationVerified")
    public record OrganizationVerified(String organizationId, String name, OrganizationKind kind,
                                       String organizationNumber, OrganizationStatus status, String description,
                                       Reach reach, Instant verifiedAt, String reason, String actorId) {
    }

    @EventType("org.samverkan.registry.OrganizationSuspended")
    public record OrganizationSuspended(String organizationId, String name, OrganizationKind kind,
                                        String organizationNumber, OrganizationStatus status, String description,
                                        Reach reach, String reason, Instant suspendedAt, String actorId) {
    }

    /** Emitted by the record merged away (status MERGED); consumers should treat mergedInto as the same organisation. */
    @EventType("org.samverkan.registry.OrganizationMerged")
    public record OrganizationMerged(String organizationId, String name, OrganizationKind kind,
                                     String organizationNumber, OrganizationStatus status, String description,
                                     Reach reach, String mergedInto, Instant mergedAt, String actorId) {
    }
}
