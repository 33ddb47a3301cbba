package org.samverkan.identity;

import java.util.List;
import java.util.Optional;

/** A seeded demo account: its roles and, for organisation representatives, the organisation id. */
record DemoUser(String username, List<String> roles, Optional<String> orgId) {

    static DemoUser of(String username, String role) {
        return new DemoUser(username, List.of(role), Optional.empty());
    }

    static DemoUser representative(String username, String orgId) {
        return new DemoUser(username, List.of(Roles.REPRESENTATIVE), Optional.of(orgId));
    }
}
