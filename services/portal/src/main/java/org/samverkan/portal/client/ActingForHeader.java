package org.samverkan.portal.client;

import java.io.IOException;

import org.samverkan.portal.security.ActingOrganisation;
import org.samverkan.portal.security.PortalUser;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every call made for a representative names the organisation they act for, so a person who represents several
 * is heard as acting for the one they chose. A call that names one itself (e.g. to read each organisation's name
 * on "My organisations") keeps it.
 */
final class ActingForHeader implements ClientHttpRequestInterceptor {
    static final ActingForHeader INSTANCE = new ActingForHeader();

    private ActingForHeader() {
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        PortalUser user = PortalUser.of(SecurityContextHolder.getContext().getAuthentication());
        if (user.isRepresentative() && user.organizationId() != null && !request.getHeaders().containsHeader(ActingOrganisation.HEADER)) {
            request.getHeaders().set(ActingOrganisation.HEADER, user.organizationId());
        }
        return execution.execute(request, body);
    }
}
