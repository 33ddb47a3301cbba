package org.samverkan.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The outage copy of a public page is an anonymous visitor's page, never a signed-in person's. */
class LastRenderedPagesTest {
    private final LastRenderedPages pages = new LastRenderedPages(List.of("/public/**"), List.of());

    @Test
    void aSignedInPersonsPageIsNeitherKeptNorServedToTheNextVisitor() throws Exception {
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/public/notices");
        signedIn.setRequestedSessionId("their-session");
        pages.doFilter(signedIn, new MockHttpServletResponse(), render(200, "Inloggad som staff@example.org"));

        MockHttpServletResponse anonymousDuringOutage = new MockHttpServletResponse();
        pages.doFilter(new MockHttpServletRequest("GET", "/public/notices"), anonymousDuringOutage, render(503, "unavailable"));

        assertThat(anonymousDuringOutage.getStatus()).isEqualTo(503);
        assertThat(anonymousDuringOutage.getContentAsString()).doesNotContain("staff@example.org");
    }

    @Test
    void anAnonymousPageIsServedAgainWhileTheServiceIsUnavailable() throws Exception {
        pages.doFilter(new MockHttpServletRequest("GET", "/public/notices"), new MockHttpServletResponse(), render(200, "notices"));

        MockHttpServletResponse duringOutage = new MockHttpServletResponse();
        pages.doFilter(new MockHttpServletRequest("GET", "/public/notices"), duringOutage, render(503, "unavailable"));

        assertThat(duringOutage.getStatus()).isEqualTo(200);
        assertThat(duringOutage.getContentAsString()).isEqualTo("notices");
    }

    private static MockFilterChain render(int status, String body) {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                res.setStatus(status);
                res.setContentType("text/html;charset=UTF-8");
                res.getWriter().write(body);
            }
        });
    }
}
