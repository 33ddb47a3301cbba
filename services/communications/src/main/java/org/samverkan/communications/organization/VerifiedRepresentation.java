package org.samverkan.communications.organization;

import java.util.Optional;

import org.samverkan.platform.security.PartyStanding;
import org.springframework.stereotype.Component;

/**
 * A representative acts for their organisation only while communications' copy says it is verified: a suspension
 * reaches this copy as an event and locks its representatives out of deliveries and the inbox on their next request.
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
        if (copy.filter(c -> "VERIFIED".equals(c.status())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("The organisation you act for is not verified (" + copy.map(OrganizationCopy::status)
                .orElse("unknown to communications") + "); its representatives have no access until the registry verifies it.");
    }
}
