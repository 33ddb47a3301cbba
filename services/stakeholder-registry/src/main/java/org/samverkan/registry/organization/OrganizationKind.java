package org.samverkan.registry.organization;

public enum OrganizationKind {
    ASSOCIATION, FAITH_COMMUNITY, VOLUNTARY_GROUP, NGO, MUNICIPAL_UNIT, REGION, COMPANY, INFORMAL_NETWORK
}
