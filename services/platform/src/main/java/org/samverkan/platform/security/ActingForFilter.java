package org.samverkan.platform.security;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides, once per request and before any controller, which parties a delegate acts for: the one named in
 * {@link CurrentUser#ACTING_FOR_HEADER} if the token lists it, else the token's parties. A party the token does not
 * list, or one without {@link PartyStanding standing}, is refused with 403; a delegate of several parties who names
 * none keeps only those with standing.
 */
class ActingForFilter extends OncePerRequestFilter {
    private final PartyStanding standing;
    private final ProblemSecurityHandlers problems;

    ActingForFilter(PartyStanding standing, ProblemSecurityHandlers problems) {
        this.standing = standing;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken auth)) {
            chain.doFilter(request, response);
            return;
        }
        Set<String> listed = CurrentUser.parties(auth.getToken());
        boolean delegate = auth.getAuthorities().stream().anyMatch(a -> CurrentUser.DELEGATE_AUTHORITY.equals(a.getAuthority()));
        String named = request.getHeader(CurrentUser.ACTING_FOR_HEADER);
        if (named != null) {
            if (!delegate || !listed.contains(named.strip())) {
                problems.forbid(request, response, "Your token does not list the party named in the "
                        + CurrentUser.ACTING_FOR_HEADER + " header.", "is not one of the parties your token lists");
                return;
            }
            listed = Set.of(named.strip());
        }
        if (!delegate || listed.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Set<String> standingParties = new LinkedHashSet<>();
        List<String> refusals;
        try {
            refusals = listed.stream().sorted().map(p -> refusal(p, standingParties)).flatMap(Optional::stream).toList();
        } catch (RuntimeException e) {
            if (!org.samverkan.platform.store.StoreOutages.causedBy(e)) {
                throw e;
            }
            problems.storeUnavailable(request, response);
            return;
        }
        if (standingParties.isEmpty()) {
            problems.forbid(request, response, refusals.getFirst(), null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        JwtAuthenticationToken acting = new JwtAuthenticationToken(auth.getToken(), auth.getAuthorities(), auth.getName());
        acting.setDetails(new ActingFor(standingParties));
        context.setAuthentication(acting);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<String> refusal(String party, Set<String> standingParties) {
        Optional<String> refusal = standing.refusal(party);
        if (refusal.isEmpty()) {
            standingParties.add(party);
        }
        return refusal;
    }
}
