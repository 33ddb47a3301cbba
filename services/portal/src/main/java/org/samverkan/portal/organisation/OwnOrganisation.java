package org.samverkan.portal.organisation;

import java.util.List;

import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.security.PortalUser;
import org.springframework.security.core.Authentication;

/**
 * The organisation the logged-in representative acts for (their only one, or the one chosen on "My organisations");
 * without one, nothing to show. A representative of several who has not chosen yet is sent to choose.
 */
final class OwnOrganisation {
    private OwnOrganisation() {
    }

    static String of(Authentication auth) {
        PortalUser user = PortalUser.of(auth);
        String organisation = user.organizationId();
        if (organisation == null) {
            requireChoice(user);
            throw new ServiceProblem(403, "Forbidden", "", List.of());
        }
        return organisation;
    }

    static void requireChoice(PortalUser user) {
        if (user.representsSeveral()) {
            throw new ChoiceNeeded();
        }
    }

    /** Handled by {@link OrganisationChoiceController}: the page asked for needs an organisation chosen first. */
    static final class ChoiceNeeded extends RuntimeException {
        ChoiceNeeded() {
            super(null, null, false, false);
        }
    }
}
