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
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: subject, roles and, for a delegate, the parties they act for: {@code org_ids} (an array, from
 * Keycloak's multivalued user attribute), or the older single {@code org_id}, narrowed on each request to the one
 * the {@link #ACTING_FOR_HEADER} header names. Whether the caller is internal or a
 * delegate was decided from the configured {@link RoleNames} when the token was read.
 */
public final class CurrentUser {
    /** Authority of a caller holding one of the configured internal roles. */
    public static final String INTERNAL_AUTHORITY = "CALLER_INTERNAL";
    /** Authority of a caller holding the configured delegate role. */
    public static final String DELEGATE_AUTHORITY = "CALLER_DELEGATE";
    /** Request header naming the one party a delegate acts for on this request; the token must list it. */
    public static final String ACTING_FOR_HEADER = "Samverkan-Acting-For";
    static final String ROLES_CLAIM = "roles";
    static final String PARTIES_CLAIM = "org_ids";
    static final String PARTY_CLAIM = "org_id";
    static final String ROLE_PREFIX = "ROLE_";

    private final String subject;
    private final Set<String> roles;
    private final Set<String> parties;
    private final boolean internal;
    private final boolean delegate;

    public CurrentUser(String subject, Set<String> roles, Set<String> parties, boolean internal, boolean delegate) {
        this.subject = subject;
        this.roles = Set.copyOf(roles);
        this.parties = Set.copyOf(parties);
        this.internal = internal;
        this.delegate = delegate;
    }

    /** A caller acting for at most one party. */
    public CurrentUser(String subject, Set<String> roles, Optional<String> party, boolean internal, boolean delegate) {
        this(subject, roles, party.map(Set::of).orElse(Set.of()), internal, delegate);
    }

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken jwt)) {
            return new CurrentUser("anonymous", Set.of(), Set.of(), false, false);
        }
        Set<String> roles = new HashSet<>();
        Set<String> authorities = new HashSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            authorities.add(a.getAuthority());
            if (a.getAuthority().startsWith(ROLE_PREFIX)) {
                roles.add(a.getAuthority().substring(ROLE_PREFIX.length()));
            }
        }
        // ActingForFilter has narrowed the token's parties to the one the request names, or to those with standing.
        Set<String> parties = jwt.getDetails() instanceof ActingFor acting ? acting.parties() : parties(jwt.getToken());
        return new CurrentUser(jwt.getName(), roles, parties,
                authorities.contains(INTERNAL_AUTHORITY), authorities.contains(DELEGATE_AUTHORITY));
    }

    /** {@code org_ids} if the token has it, else the single {@code org_id}; blank values name no party. */
    static Set<String> parties(Jwt token) {
        List<String> listed = token.hasClaim(PARTIES_CLAIM) ? token.getClaimAsStringList(PARTIES_CLAIM) : null;
        List<String> named = listed != null ? listed
                : Optional.ofNullable(token.getClaimAsString(PARTY_CLAIM)).map(List::of).orElse(List.of());
        Set<String> parties = new HashSet<>();
        named.stream().filter(p -> p != null && !p.isBlank()).forEach(parties::add);
        return parties;
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

    /**
     * The one party this request acts for: the one named in {@link #ACTING_FOR_HEADER}, or the token's only party.
     * A delegate of several parties who names none has none here; use {@link #represents} for a given party.
     */
    public Optional<String> party() {
        return parties.size() == 1 ? parties.stream().findFirst() : Optional.empty();
    }

    /** The parties this request acts for: the named one, or every party of the token that has standing. */
    public Set<String> parties() {
        return parties;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** True if the caller holds one of the configured internal roles ({@code samverkan.security.roles.internal}). */
    public boolean isInternal() {
        return internal;
    }

    /** True if the caller is a delegate and the token names this party among theirs. */
    public boolean represents(String partyId) {
        return delegate && partyId != null && parties.contains(partyId);
    }
}
