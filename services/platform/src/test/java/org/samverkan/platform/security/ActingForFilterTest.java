package org.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which parties a request acts for: the one the header names if the token lists it, and only parties with standing. */
class ActingForFilterTest {
    /** As Spring Boot configures it: a problem's properties are top-level members. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(org.springframework.http.ProblemDetail.class, org.springframework.http.converter.json.ProblemDetailJacksonMixin.class).build();
    private final List<CurrentUser> seen = new ArrayList<>();
    private PartyStanding standing = PartyStanding.ALWAYS;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDelegateOfTwoPartiesActsForTheOneTheHeaderNamesAndOnlyThatOne() throws Exception {
        for (String party : List.of("org-a", "org-b")) {
            seen.clear();
            assertThat(run(delegate("org-a", "org-b"), party).getStatus()).isEqualTo(200);
            CurrentUser user = seen.getFirst();
            assertThat(user.party()).contains(party);
            assertThat(user.represents(party)).isTrue();
            assertThat(user.represents(party.equals("org-a") ? "org-b" : "org-a"))
                    .as("on this request they act for the named party only").isFalse();
        }
    }

    @Test
    void aPartyTheTokenDoesNotListIsA403ProblemNamingTheHeaderAndNothingRuns() throws Exception {
        MockHttpServletResponse response = run(delegate("org-a", "org-b"), "org-c");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("detail").asString()).contains(CurrentUser.ACTING_FOR_HEADER);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(CurrentUser.ACTING_FOR_HEADER);
        assertThat(seen).as("the request goes no further").isEmpty();
    }

    @Test
    void aCallerWhoIsNoDelegateCannotActForAPartyByHeader() throws Exception {
        JwtAuthenticationToken staff = token(List.of("ROLE_crisis-staff", CurrentUser.INTERNAL_AUTHORITY), "org-a");
        assertThat(run(staff, "org-a").getStatus()).isEqualTo(403);
    }

    @Test
    void withoutTheHeaderASinglePartyTokenActsForItsPartyAndATwoPartyTokenForNoneInParticular() throws Exception {
        run(delegate("org-a"), null);
        assertThat(seen.getFirst().party()).as("today's behaviour").contains("org-a");
        seen.clear();
        run(delegate("org-a", "org-b"), null);
        assertThat(seen.getFirst().party()).isEmpty();
        assertThat(seen.getFirst().parties()).containsExactlyInAnyOrder("org-a", "org-b");
    }

    @Test
    void aStandingThatCannotBeReadBecauseTheStoreIsDownIsA503ProblemWithRetryAfterNotA500() throws Exception {
        standing = party -> {
            throw new org.springframework.dao.DataAccessResourceFailureException("store down",
                    new com.mongodb.MongoTimeoutException("no server"));
        };
        MockHttpServletResponse response = run(delegate("org-a"), null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(JSON.readTree(response.getContentAsString()).get("title").asString()).isEqualTo("Store unavailable");
        assertThat(seen).as("the request goes no further").isEmpty();
    }

    @Test
    void aDelegateActingForAPartyWithoutStandingIsA403ProblemWithTheServicesReason() throws Exception {
        standing = party -> party.equals("org-b") ? Optional.of("The organisation is not verified.") : Optional.empty();
        MockHttpServletResponse named = run(delegate("org-a", "org-b"), "org-b");
        assertThat(named.getStatus()).isEqualTo(403);
        assertThat(JSON.readTree(named.getContentAsString()).get("detail").asString()).isEqualTo("The organisation is not verified.");
        assertThat(run(delegate("org-b"), null).getStatus()).as("the only party, without the header").isEqualTo(403);
        assertThat(seen).isEmpty();

        assertThat(run(delegate("org-a", "org-b"), null).getStatus()).isEqualTo(200);
        assertThat(seen.getFirst().parties()).as("naming none keeps the parties with standing").containsExactly("org-a");
        assertThat(seen.getFirst().represents("org-b")).isFalse();
    }

    @Test
    void anonymousRequestsPassUntouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        request.addHeader(CurrentUser.ACTING_FOR_HEADER, "org-a");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter().doFilter(request, response, (req, res) -> seen.add(CurrentUser.get()));
        assertThat(seen).hasSize(1);
    }

    private MockHttpServletResponse run(JwtAuthenticationToken auth, String header) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(auth);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        if (header != null) {
            request.addHeader(CurrentUser.ACTING_FOR_HEADER, header);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter().doFilter(request, response, (req, res) -> seen.add(CurrentUser.get()));
        return response;
    }

    private ActingForFilter filter() {
        return new ActingForFilter(standing, new ProblemSecurityHandlers(JSON));
    }

    private static JwtAuthenticationToken delegate(String... parties) {
        return token(List.of("ROLE_agent", CurrentUser.DELEGATE_AUTHORITY), parties);
    }

    private static JwtAuthenticationToken token(List<String> authorities, String... parties) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone").claim("org_ids", List.of(parties)).build();
        List<GrantedAuthority> granted = authorities.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return new JwtAuthenticationToken(jwt, granted, "someone");
    }

}
