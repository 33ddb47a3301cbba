package org.samverkan.platform.store;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages stay readable while the store (or the service behind a page) is down: each successful GET of a
 * configured path keeps its bytes (per URL, Accept-Language and the named language cookies; the most recent
 * {@value #PAGES} pages, in memory only), and when the same page would answer 502, 503 or 504 the last rendered bytes
 * are served instead, marked with {@code Age} and {@value #MARK}. A page never rendered since start keeps its error.
 */
public final class LastRenderedPages extends OncePerRequestFilter {
    static final int PAGES = 256;
    static final String MARK = "Samverkan-Last-Rendered";
    private final AntPathMatcher matcher = new AntPathMatcher();
    private final List<String> paths;
    private final List<String> cookies;
    private final Map<String, Page> pages = new LinkedHashMap<>(PAGES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > PAGES;
        }
    };

    record Page(byte[] body, String contentType, String contentLanguage, long renderedAt) {
    }

    /** @param cookies cookies that choose a page's variant, e.g. the interface language */
    public LastRenderedPages(List<String> paths, List<String> cookies) {
        this.paths = List.copyOf(paths);
        this.cookies = List.copyOf(cookies);
    }

    /** A page bigger than this is not kept: the cache must stay small whatever is asked for. */
    static final int LARGEST_PAGE = 512 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || paths.stream().noneMatch(p -> matcher.match(p, path)) || personal(request);
    }

    /**
     * Only anonymous requests are kept and served: a signed-in person's page carries their name, menu and CSRF token,
     * and must never be shown to the next visitor. A request with a session or credentials passes straight through.
     */
    static boolean personal(HttpServletRequest request) {
        return request.getRequestedSessionId() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String key = key(request);
        Page last;
        synchronized (pages) {
            last = pages.get(key);
        }
        int status = wrapper.getStatus();
        boolean unavailable = status >= HttpStatus.BAD_GATEWAY.value() && status <= HttpStatus.GATEWAY_TIMEOUT.value();
        if (unavailable && last != null && !response.isCommitted()) {
            wrapper.reset();
            serve(last, response);
            return;
        }
        if (status == HttpStatus.OK.value() && wrapper.getContentSize() <= LARGEST_PAGE) {
            Page page = new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(),
                    wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE), System.currentTimeMillis());
            synchronized (pages) {
                pages.put(key, page);
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static void serve(Page page, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setHeader(HttpHeaders.AGE, Long.toString(Duration.ofMillis(System.currentTimeMillis() - page.renderedAt()).toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(MARK, "true");
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private String key(HttpServletRequest request) {
        String query = request.getQueryString();
        StringBuilder key = new StringBuilder(request.getRequestURI()).append(query == null ? "" : "?" + query)
                .append('|').append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        for (String name : cookies) {
            String value = request.getCookies() == null ? null : java.util.Arrays.stream(request.getCookies())
                    .filter(c -> c.getName().equals(name)).map(jakarta.servlet.http.Cookie::getValue).findFirst().orElse(null);
            key.append('|').append(value);
        }
        return key.toString();
    }
}
