package org.samverkan.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query parameter carrying a control character ({@code ?status=%00}) is refused with 400 naming it: Tomcat drops
 * or Spring trims such values to nothing, so without this the request silently meant "no filter". A path segment
 * longer than {@link #MAX_SEGMENT} characters (no id or code is) is refused with 400 naming {@code path}.
 */
class RequestLineGuard extends OncePerRequestFilter {
    static final int MAX_SEGMENT = 1_000;
    private final JsonMapper json;

    RequestLineGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> refused = refused(request.getQueryString());
        if (java.util.Arrays.stream(request.getRequestURI().split("/")).anyMatch(segment -> segment.length() > MAX_SEGMENT)) {
            refused.add(new FieldProblem("path", "a path segment must be at most " + MAX_SEGMENT + " characters"));
        }
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                refused.getFirst().field() + ": " + refused.getFirst().message());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", refused);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    static List<FieldProblem> refused(String query) {
        List<FieldProblem> refused = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return refused;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
            if (value == null || name == null || value.chars().anyMatch(Character::isISOControl)) {
                refused.add(new FieldProblem(name == null ? "query" : name, "must be text without control characters"));
            }
        }
        return refused;
    }

    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
