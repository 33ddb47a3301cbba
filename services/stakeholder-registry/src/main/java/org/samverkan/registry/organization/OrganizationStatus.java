package org.samverkan.registry.organization;

/** Only verified organisations count in other services (capacity, delivery of notices). */
public enum OrganizationStatus {
    PENDING, VERIFIED, SUSPENDED
}
