package org.samverkan.registry.organization;

import java.time.Instant;
import java.util.List;

public record OrganizationView(String id, String name, OrganizationKind kind, String organizationNumber,
                               OrganizationStatus status, String statusReason, String description, Reach reach,
                               int estimatedPeopleReached, List<ContactPoint> contactPoints, String mergedInto,
                               Instant registeredAt, long version) {
}
