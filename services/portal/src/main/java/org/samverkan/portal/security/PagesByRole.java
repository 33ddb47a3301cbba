package org.samverkan.portal.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which user group may open which part of the portal. One URL prefix per feature package; add a rule here when
 * you add a package. (The services enforce the same roles on their APIs; this only keeps menus and pages honest.)
 */
final class PagesByRole {
    static final String STAFF = "crisis-staff";
    static final String COMMS = "communications-officer";
    static final String EQUALITY = "equality-lead";
    static final String ADMIN = "registry-admin";
    static final String REP = "representative";
    /**
     * The platform's roles, the ones the portal names. Keycloak's tokens carry others too: its own default roles and
     * the realm's {@code second-factor} marker, which every staff role includes.
     */
    static final java.util.Set<String> PLATFORM_ROLES = java.util.Set.of(STAFF, COMMS, EQUALITY, ADMIN, REP, PortalSecurity.OPERATOR);

    private PagesByRole() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        // An association signs up before anyone from it has an account (the registry's self-registration is anonymous).
        rules.requestMatchers("/organisation/register").permitAll();
        rules.requestMatchers("/organisation/**").hasRole(REP);
        rules.requestMatchers("/registry/**").hasRole(ADMIN);
        rules.requestMatchers("/crisis/**").hasAnyRole(STAFF);
        rules.requestMatchers("/notices/**").hasAnyRole(COMMS, EQUALITY, STAFF);
        rules.requestMatchers("/dashboard/**").hasAnyRole(EQUALITY, STAFF, COMMS);
        rules.requestMatchers("/followup/**").hasAnyRole(EQUALITY, STAFF, COMMS, REP);
    }
}
