package org.samverkan.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * A problem no form handled (a page could not be read, a role does not allow it, a service is down) becomes an
 * error page in the user's language with the service's own explanation — never a stack trace. The page keeps the
 * layout's menu and logout (model attributes of {@link LayoutAdvice} are not added for exception handlers). A 401
 * from a service means the user's token is no longer accepted: log in again.
 */
@ControllerAdvice
class ProblemPages {
    static final String LOGIN = "redirect:/oauth2/authorization/samverkan";
    /** The services' own default (samverkan.store.retry-after). */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem problem, Model model, Authentication auth, HttpServletRequest request,
                   HttpServletResponse response) {
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            return LOGIN;
        }
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            // The service is there but cannot answer now (its store is down): say so, and when to try again.
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return page(problem, model, auth, request);
        }
        response.setStatus(problem.getStatus() >= 500 ? HttpStatus.BAD_GATEWAY.value() : problem.getStatus());
        return page(problem, model, auth, request);
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, Model model, Authentication auth, HttpServletRequest request,
                       HttpServletResponse response) {
        log.warn("A service could not be reached: {}", e.getMessage());
        response.setStatus(HttpStatus.BAD_GATEWAY.value());
        return page(new ServiceProblem(502, "", "", java.util.List.of()), model, auth, request);
    }

    private static String page(ServiceProblem problem, Model model, Authentication auth, HttpServletRequest request) {
        model.addAttribute("problem", problem);
        model.addAttribute("user", PortalUser.of(auth));
        model.addAttribute("switchTo", LayoutAdvice.switchFor(request));
        return "error/problem";
    }
}
