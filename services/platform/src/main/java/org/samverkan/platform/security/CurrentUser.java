package org.samverkan.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: subject, roles and, for a delegate, the party they act for ({@code org_id}). Whether the caller
 * is internal or a delegate was decided from the configured {@link RoleNames} when the token was read.
 */
public final class CurrentUser {
    /** Authority of a caller holding one of the configured internal roles. */
    public static final String INTERNAL_AUTHORITY = "CALLER_INTERNAL";
    /** Authority of a caller holding the configured delegate role. */
    public static final String DELEGATE_AUTHORITY = "CALLER_DELEGATE";
    static final String ROLES_CLAIM = "roles";
    static final String PARTY_CLAIM = "org_id";
    static final String ROLE_PREFIX = "ROLE_";

    private final String subject;
    private final Set<String> roles;
    private final Optional<String> party;
    private final boolean internal;
    private final boolean delegate;

    public CurrentUser(String subject, Set<String> roles, Optional<String> party, boolean internal, boolean delegate) {
        this.subject = subject;
        this.roles = Set.copyOf(roles);
        this.party = party;
        this.internal = internal;
        this.delegate = delegate;
    }

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken jwt)) {
            return new CurrentUser("anonymous", Set.of(), Optional.empty(), false, false);
        }
        Set<String> roles = new HashSet<>();
        Set<String> authorities = new HashSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            authorities.add(a.getAuthority());
            if (a.getAuthority().startsWith(ROLE_PREFIX)) {
                roles.add(a.getAuthority().substring(ROLE_PREFIX.length()));
            }
        }
        return new CurrentUser(jwt.getName(), roles, Optional.ofNullable(jwt.getToken().getClaimAsString(PARTY_CLAIM)),
                authorities.contains(INTERNAL_AUTHORITY), authorities.contains(DELEGATE_AUTHORITY));
    }

    /** The authorities of a token's roles, plus the kind of caller they make by the configured role names. */
    static Collection<GrantedAuthority> withKind(Collection<GrantedAuthority> roleAuthorities, RoleNames names) {
        List<String> roles = roleAuthorities.stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX)).map(a -> a.substring(ROLE_PREFIX.length())).toList();
        List<GrantedAuthority> all = new ArrayList<>(roleAuthorities);
        if (names.anyInternal(roles)) {
            all.add(new SimpleGrantedAuthority(INTERNAL_AUTHORITY));
        }
        if (roles.contains(names.delegate())) {
            all.add(new SimpleGrantedAuthority(DELEGATE_AUTHORITY));
        }
        return all;
    }

    public String subject() {
        return subject;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The id of the party named in the token ({@code org_id}), if any. */
    public Optional<String> party() {
        return party;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** True if the caller holds one of the configured internal roles ({@code samverkan.security.roles.internal}). */
    public boolean isInternal() {
        return internal;
    }

    /** True if the caller is a delegate acting for exactly this party. */
    public boolean represents(String partyId) {
        return delegate && partyId != null && partyId.equals(party.orElse(null));
    }
}
