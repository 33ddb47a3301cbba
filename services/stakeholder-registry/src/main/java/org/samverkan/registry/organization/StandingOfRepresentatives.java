package org.samverkan.registry.organization;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.security.PartyStanding;
import org.springframework.stereotype.Component;

/**
 * A suspended or merged organisation's representatives lose access to the registry at once, whatever their token
 * says. The registry decides verification, so a pending organisation's representative may still complete its
 * profile for the review, and an id the registry does not know is left to its own 404.
 */
@Component
class StandingOfRepresentatives implements PartyStanding {
    private static final Set<OrganizationStatus> WITHOUT_STANDING = EnumSet.of(OrganizationStatus.SUSPENDED, OrganizationStatus.MERGED);
    private final AggregateStore store;

    StandingOfRepresentatives(AggregateStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> refusal(String organizationId) {
        return store.find(Organization.class, organizationId).map(Organization::status).filter(WITHOUT_STANDING::contains)
                .map(status -> "The organisation you act for is not verified (" + status
                        + "); its representatives have no access for it.");
    }
}
