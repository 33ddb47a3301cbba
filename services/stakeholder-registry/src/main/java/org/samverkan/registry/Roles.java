package org.samverkan.registry;

/**
 * The role names the registry's code checks, as they appear in the {@code roles} claim of an access token. The
 * {@code @PreAuthorize} rules name roles as literals; application.yml tells the platform which roles are internal
 * and which one is a delegate ({@code samverkan.security.roles}).
 */
public final class Roles {
    public static final String REGISTRY_ADMIN = "registry-admin";

    private Roles() {
    }
}
