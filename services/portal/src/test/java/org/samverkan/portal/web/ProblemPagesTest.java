package org.samverkan.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.security.PortalUser;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.ui.ExtendedModelMap;

class ProblemPagesTest {
    private final ProblemPages pages = new ProblemPages();
    private final OAuth2AuthenticationToken comms = new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(),
            new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                    Map.of("sub", "comms", "roles", List.of("communications-officer")))), List.of(), "samverkan");

    @Test
    void anErrorPageCarriesTheLoggedInUserAndTheLanguageLinksSoTheMenuAndLogoutStay() {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = pages.problem(new ServiceProblem(404, "Not found", "", List.of()), model, comms,
                new MockHttpServletRequest("GET", "/notices/x/sv"), response);

        assertThat(view).isEqualTo("error/problem");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(((PortalUser) model.get("user")).isCommunications()).isTrue();
        assertThat(model.get("switchTo")).isNotNull();
    }

    @Test
    void aServiceWhoseStoreIsDownIsA503PageWithRetryAfterNotABadGateway() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = pages.problem(new ServiceProblem(503, "Store unavailable", "", List.of()), new ExtendedModelMap(), comms,
                new MockHttpServletRequest("GET", "/notices"), response);

        assertThat(view).isEqualTo("error/problem");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void aTokenTheServiceNoLongerAcceptsSendsTheUserToLogInAgain() {
        String view = pages.problem(new ServiceProblem(401, "Unauthorized", "", List.of()), new ExtendedModelMap(), comms,
                new MockHttpServletRequest("GET", "/notices"), new MockHttpServletResponse());

        assertThat(view).isEqualTo("redirect:/oauth2/authorization/samverkan");
    }
}
