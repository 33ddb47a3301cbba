package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.registry.RegistryApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Representatives' accounts through the real Keycloak (the one {@link LocalKeycloak} of this JVM) and the real
 * registry with its own client at Keycloak: verification invites the applicant (Keycloak's set-password e-mail
 * arrives at its SMTP server), the applicant signs in as representative of exactly that organisation, invites a
 * second representative, removes them, and an administrator's removal of the applicant ends their session.
 */
class RepresentativeInvitationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalKeycloak keycloak;
    private static ConfigurableApplicationContext registry;

    @BeforeAll
    static void start() throws Exception {
        keycloak = LocalKeycloak.get();
        // Its own consumer group: another registry left running in this JVM must not take its invitations.
        registry = InProcessServices.startWithIssuer(RegistryApplication.class, "keycloak-invitations", keycloak.issuer(),
                keycloak.issuer() + "/protocol/openid-connect/certs",
                "--samverkan.accounts.client-secret=" + LocalKeycloak.REGISTRY_SECRET,
                "--spring.cloud.stream.bindings.applicantInvitations-in-0.group=invitation-test-" + UUID.randomUUID(),
                "--samverkan.outbox.sweep-interval=200ms", "--samverkan.accounts.timeout=60s");
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void verificationInvitesTheApplicantWhoThenInvitesAndRemovesASecondRepresentative() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String applicant = "anna-" + run + "@example.org";
        String second = "bo-" + run + "@example.org";
        String admin = password("admin", "demo");

        String id = InProcessServices.created(http().post("/api/organizations", null, InProcessServices.json(Map.of(
                "name", "Inbjudna Föreningen " + run, "kind", "ASSOCIATION", "applicantEmail", applicant)))).get("id").asString();
        assertThat(user(applicant)).as("no account before verification").isNull();

        InProcessServices.ok(http().post("/api/organizations/" + id + "/verification", admin, null));

        MimeMessage invitation = awaitMailTo(applicant);
        assertThat(body(invitation)).as("Keycloak's execute-actions link").contains("/realms/samverkan/login-actions/action-token");
        JsonNode account = user(applicant);
        assertThat(account.at("/attributes/org_ids").toString()).isEqualTo("[\"" + id + "\"]");
        assertThat(realmRoles(account)).contains("representative");
        JsonNode listed = InProcessServices.ok(http().get("/api/organizations/" + id + "/representatives", admin));
        assertThat(listed.toString()).contains(applicant).contains("INVITED");

        // What following the link does: the person sets a password (here through the admin API), then signs in.
        setPassword(account, "Ett-langt-losenord-" + run);
        var signIn = OAuth2.post(keycloak.tokenEndpoint(), null, Map.of("grant_type", "password", "client_id", "samverkan-cli",
                "username", applicant, "password", "Ett-langt-losenord-" + run, "scope", "openid"));
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        String anna = OAuth2.field(signIn.body(), "access_token");
        assertThat(OAuth2.claims(anna).get("org_ids").toString()).isEqualTo("[\"" + id + "\"]");
        InProcessServices.ok(http().get("/api/organizations/" + id, anna));

        JsonNode invited = InProcessServices.created(http().post("/api/organizations/" + id + "/representatives", anna,
                InProcessServices.json(Map.of("email", second))));
        awaitMailTo(second);
        assertThat(user(second).at("/attributes/org_ids").toString()).isEqualTo("[\"" + id + "\"]");

        Response removed = http().send("DELETE", "/api/organizations/" + id + "/representatives/" + invited.get("id").asString(),
                anna, null, Map.of());
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        JsonNode secondAfter = user(second);
        assertThat(secondAfter.at("/attributes/org_ids").isMissingNode()).as(secondAfter.toString()).isTrue();
        assertThat(realmRoles(secondAfter)).doesNotContain("representative");
        assertThat(InProcessServices.ok(http().get("/api/organizations/" + id + "/representatives", anna)).toString())
                .doesNotContain(second);

        // An administrator removes the applicant too: their session ends, so their refresh token is refused.
        String refresh = OAuth2.field(signIn.body(), "refresh_token");
        String annaId = listed.get(0).get("id").asString();
        Response adminRemoval = http().send("DELETE", "/api/organizations/" + id + "/representatives/" + annaId, admin, null, Map.of());
        assertThat(adminRemoval.status()).as(adminRemoval.body()).isEqualTo(204);
        var refreshed = OAuth2.post(keycloak.tokenEndpoint(), null, Map.of("grant_type", "refresh_token",
                "client_id", "samverkan-cli", "refresh_token", refresh));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(400);
        assertThat(user(applicant).at("/attributes/org_ids").isMissingNode()).isTrue();
    }

    @Test
    void erasureDeletesTheAccountOfAPersonWhoRepresentsNothingElseAndExportShowsWhatTheRegistryHolds() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String person = "cilla-" + run + "@example.org";
        String admin = password("admin", "demo");
        String id = InProcessServices.created(http().post("/api/organizations", null, InProcessServices.json(Map.of(
                "name", "Raderingsföreningen " + run, "kind", "ASSOCIATION")))).get("id").asString();
        InProcessServices.ok(http().post("/api/organizations/" + id + "/verification", admin, null));
        String representative = InProcessServices.created(http().post("/api/organizations/" + id + "/representatives", admin,
                InProcessServices.json(Map.of("email", person)))).get("id").asString();
        JsonNode account = user(person);
        assertThat(account).isNotNull();
        // A change of theirs gives the person an actor id, whose mapping names them by login (their e-mail).
        setPassword(account, "Ett-langt-losenord-" + run);
        var signIn = OAuth2.post(keycloak.tokenEndpoint(), null, Map.of("grant_type", "password", "client_id", "samverkan-cli",
                "username", person, "password", "Ett-langt-losenord-" + run, "scope", "openid"));
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        InProcessServices.ok(http().send("PUT", "/api/organizations/" + id + "/profile", OAuth2.field(signIn.body(), "access_token"),
                InProcessServices.json(Map.of("name", "Raderingsföreningen " + run, "reach", Map.of())), Map.of()));
        String subject = account.get("id").asString();
        assertThat(http().get("/api/actors?subject=" + subject, admin).body()).as("the mapping names the person").contains(person);

        Response export = http().get("/api/representatives/" + representative + "/export", admin);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains(person, id);

        Response erased = http().send("DELETE", "/api/representatives/" + representative, admin, null, Map.of());
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(user(person)).as("the account is deleted at Keycloak").isNull();
        assertThat(http().get("/api/representatives/" + representative + "/export", admin).status()).isEqualTo(404);
        assertThat(http().get("/api/actors?subject=" + subject, admin).status()).as("the actor mapping is erased too").isEqualTo(404);
    }

    @Test
    void aRepresentativeOfAnotherOrganisationCannotInviteForThisOne() throws Exception {
        String id = InProcessServices.created(http().post("/api/organizations", null, InProcessServices.json(Map.of(
                "name", "Annan Förening " + UUID.randomUUID(), "kind", "ASSOCIATION")))).get("id").asString();
        InProcessServices.ok(http().post("/api/organizations/" + id + "/verification", password("admin", "demo"), null));
        Response refused = http().post("/api/organizations/" + id + "/representatives", password("rep1", "demo"),
                InProcessServices.json(Map.of("email", "someone@example.org")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(user("someone@example.org")).isNull();
    }

    private static MimeMessage awaitMailTo(String address) {
        return Awaitility.await().atMost(PATIENCE).until(() -> Arrays.stream(keycloak.mail().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address)).findFirst().orElse(null), m -> m != null);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The account with that e-mail, as Keycloak's admin API shows it, or null. */
    private static JsonNode user(String email) throws Exception {
        JsonNode found = StaffAccounts.admin(keycloak, "GET", "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null);
        return found.isEmpty() ? null : StaffAccounts.admin(keycloak, "GET", "/users/" + found.get(0).get("id").asString(), null);
    }

    private static java.util.List<String> realmRoles(JsonNode user) throws Exception {
        JsonNode roles = StaffAccounts.admin(keycloak, "GET", "/users/" + user.get("id").asString() + "/role-mappings/realm", null);
        java.util.List<String> names = new java.util.ArrayList<>();
        roles.forEach(r -> names.add(r.get("name").asString()));
        return names;
    }

    private static void setPassword(JsonNode user, String password) throws Exception {
        String id = user.get("id").asString();
        StaffAccounts.admin(keycloak, "PUT", "/users/" + id + "/reset-password", Map.of("type", "password", "value", password, "temporary", false));
        // The profile the login would ask for, and no action left pending.
        StaffAccounts.admin(keycloak, "PUT", "/users/" + id, Map.of("firstName", "Anna", "lastName", "Sökande", "email", user.get("email").asString(),
                "attributes", JSON.convertValue(user.get("attributes"), Map.class), "requiredActions", java.util.List.of()));
    }

    private static String password(String user, String secret) throws Exception {
        var response = OAuth2.post(keycloak.tokenEndpoint(), null, Map.of("grant_type", "password",
                "client_id", "samverkan-cli", "username", user, "password", secret, "scope", "openid"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return OAuth2.field(response.body(), "access_token");
    }

    private static TestHttp http() {
        return InProcessServices.http(registry);
    }
}
