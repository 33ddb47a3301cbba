package org.samverkan.platform.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the container answers when an error never reached a controller (a firewall refusal, a filter's
 * {@code sendError}): a problem+json body in place of Spring Boot's HTML or plain JSON error page. Not an operation
 * of any API, so not in the OpenAPI descriptions.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {
    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.is4xxClientError()
                ? "The request was refused before it reached the service." : "The request could not be completed.");
        if (status == HttpStatus.BAD_REQUEST) {
            problem.setProperty("errors", List.of(new FieldProblem("path", "the request's path or query is not acceptable")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
