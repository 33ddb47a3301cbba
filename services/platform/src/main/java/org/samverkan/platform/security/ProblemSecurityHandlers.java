package org.samverkan.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.samverkan.platform.web.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem+json, like every other error, with the RFC 6750 challenge header on 401. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your role or the party you act for does not allow this.");
    }

    /** A 403 the platform decides itself; {@code headerProblem}, if given, is what is wrong with the acting-for header. */
    void forbid(HttpServletRequest request, HttpServletResponse response, String detail, String headerProblem) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, detail, headerProblem == null ? List.of()
                : List.of(new FieldProblem(CurrentUser.ACTING_FOR_HEADER, headerProblem)));
    }

    /**
     * The party's standing could not be read because the store is down: 503 with Retry-After, as every request is
     * answered then, not the 500 an exception escaping this filter would become.
     */
    void storeUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER_SECONDS);
        write(request, response, org.samverkan.platform.store.StoreOutages.problem());
    }

    /** The platform's default (samverkan.store.retry-after), which the services keep. */
    static final String STORE_RETRY_AFTER_SECONDS = "5";

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(request, response, status, detail, List.of());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                       List<FieldProblem> errors) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
