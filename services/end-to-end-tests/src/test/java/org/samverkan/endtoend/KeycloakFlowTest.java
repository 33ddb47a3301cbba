package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.AuthorizationMatrix;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.registry.RegistryApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The real Keycloak with the repository's realm: tokens from real OAuth2 flows (the password grant on the demo
 * client token.sh uses, client credentials on the machine client) are accepted by the registry, which fetches
 * Keycloak's keys and checks issuer and audience; the claims the realm's mappers add are the ones it reads.
 */
class KeycloakFlowTest {
    private static LocalKeycloak keycloak;
    private static ConfigurableApplicationContext registry;

    @BeforeAll
    static void start() throws Exception {
        keycloak = LocalKeycloak.get();
        // The production key source: Keycloak's JWK set, no fixed test key.
        registry = InProcessServices.startWithIssuer(RegistryApplication.class, "keycloak-registry", keycloak.issuer(),
                keycloak.issuer() + "/protocol/openid-connect/certs",
                // Invitations and removals through Keycloak too, for the authorisation matrix's representative operations.
                "--samverkan.accounts.client-secret=" + LocalKeycloak.REGISTRY_SECRET,
                "--spring.cloud.stream.bindings.applicantInvitations-in-0.group=keycloak-flow-" + java.util.UUID.randomUUID(),
                "--samverkan.rate-limit.requests=1000000");
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void aDemoUsersPasswordGrantTokenCarriesTheRealmsClaimsAndTheRegistryAcceptsIt() throws Exception {
        String token = password("admin");
        JsonNode claims = OAuth2.claims(token);
        assertThat(claims.get("iss").asString()).isEqualTo(keycloak.issuer());
        assertThat(claims.get("aud").toString()).contains("samverkan-services");
        assertThat(claims.get("roles").toString()).contains("registry-admin");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).as("access tokens live 5 minutes").isEqualTo(300);

        String id = http().post("/api/organizations", null, "{\"name\": \"Keycloak Test Förening\", \"kind\": \"ASSOCIATION\"}")
                .json().get("id").asString();
        Response read = http().get("/api/organizations/" + id, token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(http().get("/api/organizations/" + id, token + "x").status()).as("a tampered token").isEqualTo(401);
    }

    @Test
    void aRepresentativesOrgIdsComeFromTheMultivaluedAttributeAndLimitWhatTheyRead() throws Exception {
        String token = password("rep1");
        assertThat(OAuth2.claims(token).get("org_ids").toString()).isEqualTo("[\"demo-org-1\"]");
        String other = http().post("/api/organizations", null, "{\"name\": \"Annan Förening\", \"kind\": \"ASSOCIATION\"}")
                .json().get("id").asString();
        assertThat(http().get("/api/organizations/" + other, token).status()).isEqualTo(403);
    }

    @Test
    void theMachineClientGetsTheOperatorRoleThroughClientCredentials() throws Exception {
        var response = OAuth2.post(keycloak.tokenEndpoint(), "samverkan-machine:demo-secret",
                Map.of("grant_type", "client_credentials"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = OAuth2.field(response.body(), "access_token");
        assertThat(OAuth2.claims(token).get("roles").toString()).contains("operator");
        assertThat(http().get("/actuator/deadletters", token).status()).isEqualTo(200);
        assertThat(http().get("/actuator/deadletters", password("staff")).status()).as("not an operator").isEqualTo(403);
    }

    @Test
    void aValidTokenOfTheSameKeycloakButAnotherRealmIsRefused() throws Exception {
        // Signed by the same server, unexpired, but another issuer and not for the services' audience.
        String master = keycloak.masterAdminToken();
        assertThat(OAuth2.claims(master).get("iss").asString()).endsWith("/realms/master");
        Response response = http().get("/api/organizations/any", master);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        var wrong = OAuth2.post(keycloak.tokenEndpoint(), null, Map.of("grant_type", "password", "client_id", "samverkan-cli",
                "username", "comms", "password", "not-demo"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(OAuth2.field(wrong.body(), "error")).isEqualTo("invalid_grant");
    }

    /**
     * The registry's whole authorisation table (the one its own AuthorizationMatrixTest checks with signed test tokens)
     * with tokens from this Keycloak: each role a real account's password-grant token, the organisation's own
     * representative an account whose org_ids attribute names it, the other one rep1 — the invitation and
     * representative operations included, against the registry's real Keycloak accounts.
     */
    @Test
    void theRegistrysAuthorisationTableHoldsForKeycloakTokens() throws Exception {
        String organization = http().post("/api/organizations", null, "{\"name\": \"Matrisföreningen Keycloak\", \"kind\": \"ASSOCIATION\"}")
                .json().get("id").asString();
        String statusChanges = http().post("/api/organizations", null, "{\"name\": \"Matrisens andra Keycloak\", \"kind\": \"ASSOCIATION\"}")
                .json().get("id").asString();
        String representative = "matris-" + organization.substring(0, 8);
        StaffAccounts.admin(keycloak, "POST", "/users", Map.of("username", representative, "enabled", true,
                "email", representative + "@example.org", "emailVerified", true, "firstName", "Matris", "lastName", "Företrädare",
                "attributes", Map.of("org_ids", java.util.List.of(organization)),
                "credentials", java.util.List.of(Map.of("type", "password", "value", "Matris-losenord-" + organization, "temporary", false))));
        StaffAccounts.grant(keycloak, representative, "representative");
        Map<String, String> demoUsers = Map.of("crisis-staff", "staff", "communications-officer", "comms",
                "equality-lead", "equality", "registry-admin", "admin", "operator", "operator");
        Map<String, String> tokens = new java.util.HashMap<>();
        for (Map.Entry<String, String> user : demoUsers.entrySet()) {
            tokens.put(user.getKey(), password(user.getValue()));
        }
        // The registry's machine role: its own client's service account, through the client-credentials grant.
        var machine = OAuth2.post(keycloak.tokenEndpoint(), "samverkan-registry:" + LocalKeycloak.REGISTRY_SECRET,
                Map.of("grant_type", "client_credentials"));
        assertThat(machine.statusCode()).as(machine.body()).isEqualTo(200);
        tokens.put("notice-address-forwarder", OAuth2.field(machine.body(), "access_token"));
        assertThat(OAuth2.claims(tokens.get("notice-address-forwarder")).get("roles").toString()).contains("notice-address-forwarder");
        String own = grant(representative, "Matris-losenord-" + organization);
        String other = password("rep1");
        assertThat(OAuth2.claims(own).get("org_ids").toString()).isEqualTo("[\"" + organization + "\"]");

        AuthorizationMatrix.on(((WebServerApplicationContext) registry).getWebServer().getPort(), organization)
                .tokens(new AuthorizationMatrix.CallerTokens() {
                    @Override
                    public String role(String role) {
                        return tokens.get(role);
                    }

                    @Override
                    public String representative(String org) {
                        return org.equals(organization) ? own : other;
                    }
                })
                .otherOrganization("demo-org-1")
                .record("/api/organizations/{id}/verification", statusChanges)
                .record("/api/organizations/{id}/suspension", statusChanges)
                .record("/api/organizations/{id}/reinstatement", statusChanges)
                .body("POST /api/organizations/{id}/contact-persons",
                        "{\"name\":\"Kontakt\",\"phone\":\"08-000 00 00\",\"consent\":{\"purpose\":\"Kontakt vid kris\"}}")
                .assertMatches("registry/authorization-matrix.txt");
    }

    private static String password(String user) throws Exception {
        return grant(user, "demo");
    }

    private static String grant(String user, String password) throws Exception {
        var response = OAuth2.post(keycloak.tokenEndpoint(), null, Map.of("grant_type", "password",
                "client_id", "samverkan-cli", "username", user, "password", password, "scope", "openid"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return OAuth2.field(response.body(), "access_token");
    }

    private static TestHttp http() {
        return InProcessServices.http(registry);
    }
}
