package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The realm's browser flow, signed in through Keycloak's own forms as a person would: a staff member without an
 * authenticator must register one (a one-time code) before the login completes; a representative who has none
 * signs in with the password alone. (The demo of ./samverkan up relaxes this; this Keycloak has the realm as shipped.)
 */
class SecondFactorTest {
    private static final String CLIENT = "samverkan-cli";
    private static final String REDIRECT = "http://127.0.0.1:8999/callback";
    private static LocalKeycloak keycloak;

    @BeforeAll
    static void start() throws Exception {
        keycloak = LocalKeycloak.get();
    }

    @Test
    void aStaffMemberMustRegisterAOneTimeCodeBeforeTheBrowserLoginCompletes() throws Exception {
        String username = "otp-staff-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Ett-langt-losenord-" + username;
        StaffAccounts.create(keycloak, username, password, "crisis-staff");

        Login login = new Login();
        HttpResponse<String> afterPassword = login.withPassword(username, password);
        assertThat(afterPassword.statusCode()).as("no code yet: the flow asks for the second factor").isEqualTo(200);
        assertThat(afterPassword.body()).contains("kc-totp-settings-form");

        String secret = hidden(afterPassword.body(), "totpSecret");
        HttpResponse<String> registered = login.post(formAction(afterPassword.body(), "kc-totp-settings-form"),
                Map.of("totp", Totp.code(secret, 0), "totpSecret", secret, "userLabel", "telefon"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        assertThat(location(registered)).startsWith(REDIRECT).contains("code=");

        JsonNode credentials = StaffAccounts.admin(keycloak, "GET", "/users/" + StaffAccounts.userId(keycloak, username) + "/credentials", null);
        assertThat(credentials.valueStream().map(c -> c.get("type").asString()).toList()).contains("otp");
    }

    /**
     * A person holding two staff roles who has registered an authenticator: the next login asks for one code, once
     * (not once per role, nor again for "anyone with an authenticator"), and completes with it.
     */
    @Test
    void aStaffMemberWithTwoStaffRolesAndAnAuthenticatorIsAskedForOneCodeOnce() throws Exception {
        String username = "otp-twice-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Ett-langt-losenord-" + username;
        StaffAccounts.create(keycloak, username, password, "crisis-staff", "operator");
        Login first = new Login();
        HttpResponse<String> setup = first.withPassword(username, password);
        String secret = hidden(setup.body(), "totpSecret");
        HttpResponse<String> registered = first.post(formAction(setup.body(), "kc-totp-settings-form"),
                Map.of("totp", Totp.code(secret, 0), "totpSecret", secret, "userLabel", "telefon"));
        assertThat(location(registered)).as(registered.body()).startsWith(REDIRECT).contains("code=");

        Login second = new Login();
        HttpResponse<String> afterPassword = second.withPassword(username, password);
        assertThat(afterPassword.statusCode()).as(afterPassword.body()).isEqualTo(200);
        assertThat(afterPassword.body()).as("asks for the code of the registered authenticator").contains("kc-otp-login-form");
        // The code of the next period: the one used at registration may not be used again (the realm's look-ahead accepts it).
        HttpResponse<String> withCode = second.post(formAction(afterPassword.body(), "kc-otp-login-form"), Map.of("otp", Totp.code(secret, 1)));
        assertThat(withCode.body()).as("the code is accepted").doesNotContain("input-error-otp");
        assertThat(withCode.statusCode()).as("one code completes the login, no second code is asked: " + withCode.body()).isEqualTo(302);
        assertThat(location(withCode)).startsWith(REDIRECT).contains("code=");
    }

    /** The staff sub-flow is skipped for a representative; the "if registered" one still asks for their code. */
    @Test
    void aRepresentativeWhoHasAddedAnAuthenticatorIsAskedForItsCode() throws Exception {
        String username = "otp-rep-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Ett-langt-losenord-" + username;
        StaffAccounts.create(keycloak, username, password, List.of("CONFIGURE_TOTP"), "representative");
        Login first = new Login();
        HttpResponse<String> setup = first.withPassword(username, password);
        assertThat(setup.body()).as("the authenticator is added at this login").contains("kc-totp-settings-form");
        String secret = hidden(setup.body(), "totpSecret");
        HttpResponse<String> added = first.post(formAction(setup.body(), "kc-totp-settings-form"),
                Map.of("totp", Totp.code(secret, 0), "totpSecret", secret, "userLabel", "telefon"));
        assertThat(location(added)).as(added.body()).startsWith(REDIRECT).contains("code=");

        HttpResponse<String> afterPassword = new Login().withPassword(username, password);
        assertThat(afterPassword.statusCode()).as("the password alone is not enough now").isEqualTo(200);
        assertThat(afterPassword.body()).contains("kc-otp-login-form");
    }

    @Test
    void aRepresentativeWithoutAnAuthenticatorSignsInWithThePasswordAlone() throws Exception {
        HttpResponse<String> afterPassword = new Login().withPassword("rep1", "demo");
        assertThat(afterPassword.statusCode()).as(afterPassword.body()).isEqualTo(302);
        assertThat(location(afterPassword)).startsWith(REDIRECT).contains("code=");
    }

    /**
     * One browser: its cookies, no automatic redirects, the authorization-code request of the demo CLI client.
     * Keycloak marks its login cookies {@code Secure} (a browser sends them to http://localhost, a secure context;
     * java.net's cookie store does not), so this keeps them itself.
     */
    private static final class Login {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> withPassword(String username, String password) throws Exception {
            // The CLI client enforces PKCE; the code is never exchanged here, so the verifier is not kept.
            byte[] verifier = new byte[32];
            new SecureRandom().nextBytes(verifier);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getUrlEncoder().withoutPadding().encodeToString(verifier).getBytes(StandardCharsets.US_ASCII)));
            String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?" + form(Map.of("response_type", "code",
                    "client_id", CLIENT, "redirect_uri", REDIRECT, "scope", "openid", "state", "s",
                    "code_challenge", challenge, "code_challenge_method", "S256"));
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(authorize)).GET());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            return post(formAction(page.body(), "kc-form-login"), Map.of("username", username, "password", password));
        }

        /** POSTs a form and follows Keycloak's own redirects (e.g. to a required action), as a browser would. */
        HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(fields))));
            for (int hops = 0; response.statusCode() == 302 && !location(response).startsWith(REDIRECT) && hops < 5; hops++) {
                response = send(HttpRequest.newBuilder(URI.create(keycloak.base()).resolve(location(response))).GET());
            }
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return response;
        }
    }

    private static String formAction(String html, String formId) {
        Matcher byId = Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*>").matcher(html);
        String tag = byId.find() ? byId.group() : "";
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(tag);
        assertThat(action.find()).as("form " + formId + " in " + html).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    private static String hidden(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(html);
        assertThat(input.find()).as(name + " in " + html).isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
