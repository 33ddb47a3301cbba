package org.samverkan.registry.organization;

/** Only verified organisations count in other services (capacity, delivery of notices). MERGED records live on in their survivor. */
public enum OrganizationStatus {
    PENDING, VERIFIED, SUSPENDED, MERGED
}
