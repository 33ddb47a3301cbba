package org.samverkan.portal.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which of their organisations a representative of several acts for, chosen on "My organisations" and kept in
 * their session (a new login chooses again). The services hear it in the {@link #HEADER} header.
 */
public final class ActingOrganisation {
    /** The request header naming the organisation a call acts for (docs/api.md). */
    public static final String HEADER = "Samverkan-Acting-For";
    static final String SESSION_ATTRIBUTE = ActingOrganisation.class.getName();

    private ActingOrganisation() {
    }

    public static void choose(HttpSession session, String organizationId) {
        session.setAttribute(SESSION_ATTRIBUTE, organizationId);
    }

    /** The choice in the current request's session, if any; creates no session. */
    static String chosen() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (String) request.getAttribute(SESSION_ATTRIBUTE, RequestAttributes.SCOPE_SESSION);
    }
}
