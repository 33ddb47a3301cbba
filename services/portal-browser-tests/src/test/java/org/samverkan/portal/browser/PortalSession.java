package org.samverkan.portal.browser;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session at the portal over plain HTTP (no browser): logged in through the real OIDC flow —
 * portal → issuer's login form → back to the portal — following each redirect by hand, cookies kept.
 */
final class PortalSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final String portal;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PortalSession(String portal) {
        this.portal = portal;
    }

    static PortalSession anonymous(String portal) {
        return new PortalSession(portal);
    }

    static PortalSession login(String portal, String user) {
        PortalSession session = new PortalSession(portal);
        HttpResponse<String> page = session.get("/start");
        for (int hops = 0; hops < 12 && page.statusCode() / 100 == 3; hops++) {
            page = session.send(HttpRequest.newBuilder(URI.create(session.resolve(page))).GET());
            Matcher csrf = CSRF.matcher(page.body());
            if (page.statusCode() == 200 && page.body().contains("name=\"password\"")) {
                Map<String, String> form = new LinkedHashMap<>(Map.of("username", user, "password", "demo"));
                if (csrf.find()) {
                    form.put("_csrf", csrf.group(1));
                }
                page = session.send(HttpRequest.newBuilder(page.uri().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
            }
        }
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(portal + "/start")) {
            throw new IllegalStateException("Login of " + user + " ended at " + page.uri() + " with " + page.statusCode());
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A form POST exactly as given: no CSRF token is added. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(portal + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** The CSRF token of a portal page's forms. */
    String csrfOf(String path) {
        Matcher csrf = CSRF.matcher(get(path).body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return csrf.group(1);
    }

    boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).anyMatch(name::equals);
    }

    private String resolve(HttpResponse<?> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return redirect.uri().resolve(location).toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
