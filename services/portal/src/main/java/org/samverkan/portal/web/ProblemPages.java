package org.samverkan.portal.web;

import org.samverkan.portal.client.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * A problem no form handled (a page could not be read, a role does not allow it, a service is down) becomes an
 * error page in the user's language with the service's own explanation — never a stack trace.
 */
@ControllerAdvice
class ProblemPages {
    private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem problem, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(problem.getStatus() >= 500 ? HttpStatus.BAD_GATEWAY.value() : problem.getStatus());
        model.addAttribute("problem", problem);
        return "error/problem";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        log.warn("A service could not be reached: {}", e.getMessage());
        response.setStatus(HttpStatus.BAD_GATEWAY.value());
        model.addAttribute("problem", new ServiceProblem(502, "", "", java.util.List.of()));
        return "error/problem";
    }
}
