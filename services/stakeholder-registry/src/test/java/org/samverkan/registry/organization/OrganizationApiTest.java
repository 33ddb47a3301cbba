package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OrganizationApiTest extends RegistryIntegrationBase {
    private static final String VALID = """
            {"name": "Somaliska kvinnoföreningen Flemingsberg", "kind": "ASSOCIATION", "organizationNumber": "802456-6419"}""";
    @Autowired
    MongoTemplate mongo;
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void registeringPublishesACloudEventWithJsonDataKeyedByTheOrganisation() {
        Response created = http().post("/api/organizations", null, VALID);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.location()).isEqualTo("/api/organizations/" + id);
        assertThat(created.json().get("status").asString()).isEqualTo("PENDING");

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsOf(id), r -> !r.isEmpty()).getFirst();
        Map<String, String> headers = headers(record);
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.samverkan.registry.OrganizationRegistered")
                .containsEntry("ce_source", "/samverkan/stakeholder-registry")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_aggregateversion", "1")
                .containsEntry("content-type", "application/json")
                .containsKey("ce_id");
        assertThat(Instant.parse(headers.get("ce_time"))).isBeforeOrEqualTo(Instant.now());
        JsonNode data = json.readTree(record.value());
        assertThat(data.get("organizationId").asString()).isEqualTo(id);
        assertThat(data.get("organizationNumber").asString()).isEqualTo("802456-6419");
        assertThat(data.get("status").asString()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingEventsOf(id).isEmpty());
    }

    @Test
    void anAdministratorVerifiesAndSuspendsAndEachChangeIsTheNextVersion() {
        String id = register();
        String admin = TestTokens.role("registry-admin");
        Response verified = http().post("/api/organizations/" + id + "/verification", admin, null);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("status").asString()).isEqualTo("VERIFIED");
        Response suspended = http().post("/api/organizations/" + id + "/suspension", admin, "{\"reason\": \"Falska uppgifter\"}");
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");

        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsOf(id), r -> r.size() == 3);
        assertThat(events).extracting(r -> headers(r).get("ce_type")).containsExactly(
                "org.samverkan.registry.OrganizationRegistered", "org.samverkan.registry.OrganizationVerified",
                "org.samverkan.registry.OrganizationSuspended");
        assertThat(events).extracting(r -> headers(r).get("ce_aggregateversion")).containsExactly("1", "2", "3");
    }

    @Test
    void malformedJsonGetsAProblemNotAServerError() {
        long before = organisations();
        Response response = http().post("/api/organizations", null, "{\"name\": \"Trasig\", \"kind\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("title").asString()).isEqualTo("Unreadable request");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void anUnknownKindIsNamedInTheProblem() {
        Response response = http().post("/api/organizations", null, "{\"name\": \"X\", \"kind\": \"CLUB\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void aMissingFieldIsNamedInTheProblemAndNothingIsWritten() {
        long before = organisations();
        Response response = http().post("/api/organizations", null, "{\"kind\": \"ASSOCIATION\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void aWrongCheckDigitInTheOrganisationNumberIsRefused() {
        long before = organisations();
        Response response = http().post("/api/organizations", null,
                "{\"name\": \"X\", \"kind\": \"ASSOCIATION\", \"organizationNumber\": \"802456-6418\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationNumber");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void aPersonalIdentityNumberAsOrganisationNumberIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = organisations();
        Response response = http().post("/api/organizations", null,
                "{\"name\": \"Enskild firma\", \"kind\": \"COMPANY\", \"organizationNumber\": \"811218-9876\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationNumber");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("personal identity number");
        assertThat(response.body()).doesNotContain("9876");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401() {
        String id = register();
        for (String token : new String[] {null, "not-a-jwt", TestTokens.expired("registry-admin"), TestTokens.forged("registry-admin"),
                TestTokens.wrongAudience("registry-admin")}) {
            Response response = http().get("/api/organizations/" + id, token);
            assertThat(response.status()).as("token %s", token).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void withTheWrongRoleTheAnswerIs403AndNothingChanges() {
        String id = register();
        Response response = http().post("/api/organizations/" + id + "/verification", TestTokens.representative(id), null);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        Response now = http().get("/api/organizations/" + id, TestTokens.role("registry-admin"));
        assertThat(now.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(now.json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aRepresentativeReadsTheirOwnOrganisationButNotAnother() {
        String mine = register();
        String other = register();
        assertThat(http().get("/api/organizations/" + mine, TestTokens.representative(mine)).status()).isEqualTo(200);
        Response response = http().get("/api/organizations/" + other, TestTokens.representative(mine));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void anUnknownOrganisationIs404() {
        Response response = http().get("/api/organizations/nope", TestTokens.role("crisis-staff"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    private String register() {
        Response created = http().post("/api/organizations", null, "{\"name\": \"Stuvsta kyrkokör\", \"kind\": \"FAITH_COMMUNITY\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private long organisations() {
        return mongo.count(new Query(), "organizations");
    }

    private List<?> pendingEventsOf(String id) {
        Document doc = mongo.findById(id, Document.class, "organizations");
        return doc.getList("pendingEvents", Document.class);
    }

    static List<ConsumerRecord<String, byte[]>> eventsOf(String id) {
        return TopicProbe.readAll(OrganizationEvents.TOPIC).stream().filter(r -> id.equals(r.key())).toList();
    }

    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
