package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Municipality staff accounts made as an operator makes them (docs/operations.md): through Keycloak's admin API, with
 * a password and realm roles. A test that changes an account's credentials (registers an authenticator) makes its own
 * instead of changing a demo user other tests sign in as.
 */
final class StaffAccounts {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StaffAccounts() {
    }

    static void create(LocalKeycloak keycloak, String username, String password, String... roles) throws Exception {
        create(keycloak, username, password, List.of(), roles);
    }

    /** With Keycloak required actions, e.g. CONFIGURE_TOTP: what an operator sets when a person asks for a code. */
    static void create(LocalKeycloak keycloak, String username, String password, List<String> requiredActions, String... roles)
            throws Exception {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("requiredActions", requiredActions);
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@kommun.example");
        user.put("emailVerified", true);
        user.put("firstName", "Test");
        user.put("lastName", "Personal");
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        admin(keycloak, "POST", "/users", user);
        for (String role : roles) {
            grant(keycloak, username, role);
        }
    }

    static void grant(LocalKeycloak keycloak, String username, String role) throws Exception {
        JsonNode roleRepresentation = admin(keycloak, "GET", "/roles/" + role, null);
        admin(keycloak, "POST", "/users/" + userId(keycloak, username) + "/role-mappings/realm",
                List.of(JSON.convertValue(roleRepresentation, Map.class)));
    }

    static String userId(LocalKeycloak keycloak, String username) throws Exception {
        return admin(keycloak, "GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null)
                .get(0).get("id").asString();
    }

    /** A call of the realm's admin API as the master realm's administrator; anything but 2xx fails the test. */
    static JsonNode admin(LocalKeycloak keycloak, String method, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.base() + "/admin/realms/" + LocalKeycloak.REALM + path))
                .header("Authorization", "Bearer " + keycloak.masterAdminToken()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
