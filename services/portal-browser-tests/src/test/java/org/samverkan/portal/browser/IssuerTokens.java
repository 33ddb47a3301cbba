package org.samverkan.portal.browser;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the running issuer for preparing test data through the APIs: the command-line
 * client's authorization-code flow with PKCE, logging in as a demo user with the form, exactly as a person would.
 */
final class IssuerTokens {
    private static final String CLIENT = "samverkan-cli";
    private static final String REDIRECT = "http://127.0.0.1:8999/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    IssuerTokens(String issuer) {
        this.issuer = issuer;
    }

    String of(String user) {
        return tokens.computeIfAbsent(user, this::login);
    }

    private String login(String user) {
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT,
                    "redirect_uri", REDIRECT, "scope", "openid profile", "state", "s", "code_challenge", challenge,
                    "code_challenge_method", "S256"));
            get(http, authorize);
            String loginPage = get(http, issuer + "/login").body();
            Map<String, String> login = new LinkedHashMap<>(Map.of("username", user, "password", "demo"));
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
            if (csrf.find()) {
                login.put("_csrf", csrf.group(1));
            }
            String next = location(post(http, issuer + "/login", form(login)));
            for (int hops = 0; !next.startsWith(REDIRECT) && hops < 5; hops++) {
                next = location(get(http, URI.create(issuer + "/").resolve(next).toString()));
            }
            String code = URLDecoder.decode(next.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
            HttpResponse<String> token = post(http, issuer + "/oauth2/token", form(Map.of("grant_type", "authorization_code",
                    "client_id", CLIENT, "redirect_uri", REDIRECT, "code", code, "code_verifier", verifier)));
            return JSON.readTree(token.body()).get("access_token").asString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot log in " + user + " at " + issuer, e);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Expected a redirect, got " + response.statusCode()));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
