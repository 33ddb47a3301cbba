package org.samverkan.registry.representatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryEvents;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The applicant's e-mail is personal data the registry keeps to itself, and the identity provider being away never
 * fails a verification: here Keycloak's address is a port nobody listens on. The real store and broker; the
 * invitation through a real Keycloak is end-to-end-tests' RepresentativeInvitationTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.outbox.sweep-interval=200ms", "samverkan.consumer.retry-interval=100ms",
        "samverkan.accounts.client-secret=test-only-secret",
        "spring.cloud.stream.bindings.applicantInvitations-in-0.group=registry-invitation-test"})
class InvitationWithoutTheIdentityProviderTest {
    private static final String APPLICANT = "sokande.person@example.se";
    private final String admin = TestTokens.role("registry-admin");
    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
        TestInfrastructure.register(registry, "registry-invitations");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int nobody = closed;
        registry.add("samverkan.accounts.realm-url", () -> "http://127.0.0.1:" + nobody + "/realms/samverkan");
        registry.add("samverkan.accounts.timeout", () -> "1s");
    }

    @Test
    void verificationSucceedsWhileKeycloakIsDownAndTheApplicantWaitsOnTheRecord() {
        String id = register(APPLICANT);
        Response verified = http().post("/api/organizations/" + id + "/verification", admin, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).doesNotContain(APPLICANT);

        // The consumer keeps trying (an outage is waited out): the address stays until an invitation is recorded.
        RegistryEvents.await(id, 2);
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> applicantOnRecord(id));
        assertThat(mongo.count(Query.query(Criteria.where("organizationId").is(id)), "representatives"))
                .as("the representative is recorded INVITING before the provider is called").isEqualTo(1);
        Response list = http().get("/api/organizations/" + id + "/representatives", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("state").asString()).isEqualTo("INVITING");
    }

    @Test
    void theApplicantsEmailIsInNoEventNoViewAndNoAuditEntry() {
        String id = register("eventfri.sokande@example.se");
        assertThat(http().get("/api/organizations/" + id, admin).body()).doesNotContain("eventfri.sokande");
        http().post("/api/organizations/" + id + "/verification", admin, null);
        RegistryEvents.await(id, 2);
        assertThat(RegistryEvents.allRaw()).noneMatch(e -> e.contains("eventfri.sokande"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(
                Query.query(Criteria.where("organizationId").is(id)), "audit") >= 2);
        assertThat(mongo.find(Query.query(Criteria.where("organizationId").is(id)), org.bson.Document.class, "audit").toString())
                .doesNotContain("eventfri.sokande");
    }

    @Test
    void anAdministratorExportsAndErasesTheApplicantsEmailBeforeTheInvitation() {
        String id = register("radera.mig@example.se");
        Response export = http().get("/api/organizations/" + id + "/applicant/export", admin);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("applicantEmail").asString()).isEqualTo("radera.mig@example.se");
        assertThat(http().get("/api/organizations/" + id + "/applicant/export", TestTokens.representative(id)).status()).isEqualTo(403);

        assertThat(http().send("DELETE", "/api/organizations/" + id + "/applicant", admin, null, Map.of()).status()).isEqualTo(204);
        assertThat(http().get("/api/organizations/" + id + "/applicant/export", admin).status()).isEqualTo(404);
        assertThat(mongo.findById(id, org.bson.Document.class, "organizations").toJson()).doesNotContain("radera.mig");
    }

    @Test
    void aBadApplicantEmailIsA400NamingTheField() {
        Response refused = http().post("/api/organizations", null, "{\"name\": \"Felaktig Adress\", \"kind\": \"ASSOCIATION\", "
                + "\"applicantEmail\": \"inte en adress\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(RegistryIntegrationBase.errorFields(refused)).containsExactly("applicantEmail");
    }

    @Test
    void representativesAreInvitedOnlyForAVerifiedOrganisationAndOnlyByItsOwnOrAnAdministrator() {
        String pending = register(null);
        Response early = http().post("/api/organizations/" + pending + "/representatives", admin, "{\"email\": \"ny@example.se\"}");
        assertThat(early.status()).isEqualTo(409);
        String other = register(null);
        Response stranger = http().post("/api/organizations/" + pending + "/representatives", TestTokens.representative(other),
                "{\"email\": \"ny@example.se\"}");
        assertThat(stranger.status()).isEqualTo(403);
        Response badEmail = http().post("/api/organizations/" + pending + "/representatives", admin, "{\"email\": \"ny\"}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(RegistryIntegrationBase.errorFields(badEmail)).containsExactly("email");
    }

    @Test
    void invitingWhileKeycloakIsDownIsA503ProblemThatIsSafeToRepeat() {
        String id = register(null);
        http().post("/api/organizations/" + id + "/verification", admin, null);
        Response first = http().post("/api/organizations/" + id + "/representatives", TestTokens.representative(id), "{\"email\": \"ny@example.se\"}");
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.isProblem()).isTrue();
        assertThat(first.body()).doesNotContain("ny@example.se");
        http().post("/api/organizations/" + id + "/representatives", TestTokens.representative(id), "{\"email\": \"NY@example.se\"}");
        assertThat(mongo.count(Query.query(Criteria.where("organizationId").is(id)), "representatives"))
                .as("the same person, however the address is cased, is one representative").isEqualTo(1);
    }

    private boolean applicantOnRecord(String id) {
        return mongo.findById(id, org.bson.Document.class, "organizations").get("applicantEmail") != null;
    }

    private String register(String applicant) {
        String body = applicant == null ? "{\"name\": \"Förening " + System.nanoTime() + "\", \"kind\": \"ASSOCIATION\"}"
                : "{\"name\": \"Förening " + System.nanoTime() + "\", \"kind\": \"ASSOCIATION\", \"applicantEmail\": \"" + applicant + "\"}";
        Response created = http().post("/api/organizations", null, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("@");
        return created.json().get("id").asString();
    }

    private TestHttp http() {
        return TestHttp.on(port);
    }
}
