package org.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityApplicationTest {

    private static final String ISSUER = "http://localhost:9000";
    private static final String CLI_REDIRECT = "http://127.0.0.1:8999/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("identity-test");
        registry.add("samverkan.data-dir", dataDir::toString);
        registry.add("samverkan.identity.issuer", () -> ISSUER);
        registry.add("samverkan.identity.representatives.rep2", () -> "registered-org-42");
        registry.add("samverkan.identity.portal-base-url", () -> "http://localhost:18080");
        registry.add("samverkan.identity.portal-client-secret", () -> "configured-portal-secret");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void discoveryDocumentNamesTheIssuer() throws Exception {
        HttpResponse<String> response = get(base() + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
    }

    @Test
    void healthIsPublic() throws Exception {
        for (String probe : new String[] {"", "/liveness", "/readiness"}) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create(base() + "/actuator/health" + probe)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        }
    }

    @Test
    void authorizationCodeWithPkceGivesRepresentativeClaims() throws Exception {
        Jwt jwt = decode(accessTokenOf("rep1"));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("representative");
        assertThat(jwt.getClaimAsString("org_id")).isEqualTo("demo-org-1");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("rep1");
        assertThat(jwt.getSubject()).isEqualTo("rep1");
        assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
    }

    @Test
    void aDemoRepresentativeCanBeLinkedToARegisteredOrganisationByAProperty() throws Exception {
        assertThat(decode(accessTokenOf("rep2")).getClaimAsString("org_id")).isEqualTo("registered-org-42");
    }

    @Test
    void thePortalClientReturnsToTheConfiguredPortalAddressAndNoOther() throws Exception {
        String configured = authorizePortal("http://localhost:18080/login/oauth2/code/samverkan");
        String other = authorizePortal("http://localhost:8080/login/oauth2/code/samverkan");

        assertThat(configured).endsWith("/login");
        assertThat(other).doesNotEndWith("/login");
    }

    /** Where the issuer sends an anonymous browser asking to log in to the portal with this redirect URI. */
    private String authorizePortal(String redirect) throws Exception {
        HttpResponse<String> response = get(base() + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", "samverkan-portal", "redirect_uri", redirect, "scope", "openid", "state", "s",
                "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method", "S256")));
        return response.statusCode() == 302 ? location(response) : "status " + response.statusCode();
    }

    private String accessTokenOf(String user) throws Exception {
        String verifier = randomUrlSafe(32);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = base() + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", "samverkan-cli",
                "redirect_uri", CLI_REDIRECT,
                "scope", "openid profile",
                "state", "s1",
                "code_challenge", challenge,
                "code_challenge_method", "S256"));

        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/login");

        HttpResponse<String> loginPage = get(resolve(location(toLogin)));
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        Map<String, String> login = new LinkedHashMap<>(Map.of("username", user, "password", "demo"));
        if (csrf.find()) {
            login.put("_csrf", csrf.group(1));
        }
        HttpResponse<String> afterLogin = post(base() + "/login", form(login), null);
        assertThat(afterLogin.statusCode()).isEqualTo(302);

        String next = resolve(location(afterLogin));
        for (int hops = 0; !next.startsWith(CLI_REDIRECT) && hops < 5; hops++) {
            HttpResponse<String> hop = get(next);
            assertThat(hop.statusCode()).as("redirect from %s", next).isEqualTo(302);
            next = resolve(location(hop));
        }
        assertThat(next).startsWith(CLI_REDIRECT).contains("state=s1");
        String code = query(next).get("code");

        HttpResponse<String> token = post(base() + "/oauth2/token", form(Map.of(
                "grant_type", "authorization_code",
                "client_id", "samverkan-cli",
                "redirect_uri", CLI_REDIRECT,
                "code", code,
                "code_verifier", verifier)), null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(token.body());
        assertThat(body.has("id_token")).isTrue();
        return body.get("access_token").asString();
    }

    @Test
    void thePortalClientAuthenticatesWithTheConfiguredSecretNotTheBuiltInOne() throws Exception {
        String refresh = form(Map.of("grant_type", "refresh_token", "refresh_token", "no-such-token"));

        HttpResponse<String> configured = post(base() + "/oauth2/token", refresh, basic("samverkan-portal:configured-portal-secret"));
        HttpResponse<String> builtIn = post(base() + "/oauth2/token", refresh, basic("samverkan-portal:portal-secret"));

        // the client is accepted and only the (made-up) refresh token refused
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(400);
        assertThat(configured.body()).contains("invalid_grant");
        assertThat(builtIn.statusCode()).as(builtIn.body()).isEqualTo(401);
        assertThat(builtIn.body()).contains("invalid_client");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clientCredentialsForDemoClientCarriesOperatorRole() throws Exception {
        String basic = Base64.getEncoder().encodeToString("samverkan-demo:demo-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = post(base() + "/oauth2/token",
                form(Map.of("grant_type", "client_credentials")), "Basic " + basic);

        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        Jwt jwt = decode(JSON.readTree(token.body()).get("access_token").asString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("operator");
        assertThat(jwt.getSubject()).isEqualTo("samverkan-demo");
    }

    /** Verifies the signature against the issuer's JWK set, then returns the claims. */
    private Jwt decode(String token) {
        return NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build().decode(token);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String resolve(String location) {
        return URI.create(base() + "/").resolve(location).toString();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            result.put(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
