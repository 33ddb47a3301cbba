package org.samverkan.platform.ratelimit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an anonymous write beyond the limit for its client address with 429 problem+json and {@code Retry-After}
 * (seconds until the client's window ends). Fixed windows, counted in memory per instance: enough to stop one
 * address flooding a sign-up form, not a distributed attack. The table of addresses is bounded.
 */
public class AnonymousWriteLimit extends OncePerRequestFilter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Set<String> paths;
    private final int requests;
    private final Duration window;
    private final int maxClients;
    private final ClientAddresses addresses;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

    public AnonymousWriteLimit(RateLimitProperties properties, Clock clock) {
        this.paths = Set.copyOf(properties.paths().stream().map(String::strip).toList());
        this.requests = properties.requests();
        this.window = properties.window();
        this.maxClients = properties.maxClients();
        this.addresses = new ClientAddresses(properties.trustedProxies());
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.contains(request.getMethod() + " " + request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant now = clock.instant();
        Window current = count(addresses.of(request), now);
        if (current.count() <= requests) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
        refuse(request, response, retryAfter);
    }

    private Window count(String client, Instant now) {
        if (windows.size() >= maxClients) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
            while (windows.size() >= maxClients) {
                // Still full within one window: forget the oldest windows rather than grow, and never all of them
                // at once (clearing would reset every address's count for anyone rotating through addresses).
                windows.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getValue().start()))
                        .ifPresent(oldest -> windows.remove(oldest.getKey(), oldest.getValue()));
            }
        }
        return windows.compute(client, (key, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Too Many Requests");
        problem.put("status", 429);
        problem.put("detail", "Too many requests from your address; try again in " + retryAfter + " seconds.");
        problem.put("instance", request.getRequestURI());
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
