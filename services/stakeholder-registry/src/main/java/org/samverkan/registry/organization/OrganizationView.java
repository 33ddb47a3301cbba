package org.samverkan.registry.organization;

import java.time.Instant;

public record OrganizationView(String id, String name, OrganizationKind kind, String organizationNumber,
                               OrganizationStatus status, String statusReason, Instant registeredAt, long version) {
}
