package org.samverkan.inventory.organization;

import java.util.Optional;

import org.samverkan.platform.security.PartyStanding;
import org.springframework.stereotype.Component;

/**
 * A representative acts for their organisation only while the inventory's copy says it is verified: a suspension
 * reaches this copy as an event and locks its representatives out on their next request, whatever their token says.
 */
@Component
class VerifiedRepresentation implements PartyStanding {
    private final OrganizationCopies copies;

    VerifiedRepresentation(OrganizationCopies copies) {
        this.copies = copies;
    }

    @Override
    public Optional<String> refusal(String organizationId) {
        Optional<OrganizationCopy> copy = copies.find(organizationId);
        if (copy.filter(OrganizationCopy::capacityCounts).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("The organisation you act for is not verified (" + copy.map(OrganizationCopy::status)
                .orElse("unknown to the inventory") + "); its representatives have no access until the registry verifies it.");
    }
}
