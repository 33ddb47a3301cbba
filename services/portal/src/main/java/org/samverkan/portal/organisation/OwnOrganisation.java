package org.samverkan.portal.organisation;

import java.util.List;

import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.security.PortalUser;
import org.springframework.security.core.Authentication;

/** The organisation the logged-in representative speaks for (the token's org_id); without one, nothing to show. */
final class OwnOrganisation {
    private OwnOrganisation() {
    }

    static String of(Authentication auth) {
        String organisation = PortalUser.of(auth).organizationId();
        if (organisation == null) {
            throw new ServiceProblem(403, "Forbidden", "", List.of());
        }
        return organisation;
    }
}
