package org.samverkan.registry.organization;

import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.registry.Roles;

/** Who may touch one organisation's own data: its representatives and registry administrators. */
public final class Access {
    private Access() {
    }

    /** Refuses (403) anyone but a representative of this organisation or a registry administrator. */
    public static void requireOwnOrAdmin(String organizationId) {
        CurrentUser user = CurrentUser.get();
        if (!user.has(Roles.REGISTRY_ADMIN) && !user.represents(organizationId)) {
            throw new ForbiddenException("Only the organisation's own representatives or a registry administrator may do this");
        }
    }
}
