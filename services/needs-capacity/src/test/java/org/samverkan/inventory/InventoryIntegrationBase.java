package org.samverkan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.samverkan.inventory.messaging.FlakyConsumer;
import org.samverkan.inventory.messaging.RegistryRecords;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One inventory context for all its tests, on the JVM's shared broker and store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.outbox.sweep-interval=200ms",
        "spring.cloud.stream.default.consumer.max-attempts=3", "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=100",
        "samverkan.consumer.outage-backoff-initial=100ms", "samverkan.consumer.outage-backoff-max=200ms",
        "spring.cloud.function.definition=organizationCopy;commitmentSteps;translations;flaky",
        "spring.cloud.stream.bindings.flaky-in-0.destination=" + FlakyConsumer.TOPIC})
@Import(FlakyConsumer.class)
public abstract class InventoryIntegrationBase {
    public static final int RETRIES = 2;
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "inventory");
    }

    protected TestHttp http() {
        return TestHttp.on(port);
    }

    // ------------------------------------------------------------------ fixtures shared by the inventory's tests

    protected static final String STAFF = TestTokens.role("crisis-staff");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected static String json(Map<String, ?> body) {
        return JSON.writeValueAsString(body);
    }

    /** Registers and verifies an organisation through registry-format events on the real topic; waits until it counts. */
    protected String verifiedOrganization(String name) {
        String id = UUID.randomUUID().toString();
        RegistryRecords.send(RegistryRecords.state(id, 1, "OrganizationRegistered", name, "PENDING", null));
        RegistryRecords.send(RegistryRecords.state(id, 2, "OrganizationVerified", name, "VERIFIED", null));
        awaitStatus(id, "VERIFIED");
        return id;
    }

    protected void awaitStatus(String organizationId, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/organizations/" + organizationId, STAFF),
                r -> r.status() == 200 && status.equals(r.json().get("status").asString()));
    }

    protected static Map<String, Object> offerBody(String type, int quantity, List<String> areas, List<String> languages,
                                                   List<String> groups, Instant from) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceType", type);
        body.put("description", type + " offer");
        body.put("quantity", quantity);
        body.put("unit", "pcs");
        body.put("availableFrom", from.toString());
        body.put("areas", areas);
        body.put("languages", languages);
        body.put("targetGroups", groups);
        return body;
    }

    protected JsonNode offer(String organizationId, Map<String, Object> body) {
        Response created = http().post("/api/offers", TestTokens.representative(organizationId), json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    protected static Map<String, Object> needBody(String type, int quantity, List<String> areas, List<String> groups,
                                                  List<String> languages, Instant neededBy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceType", type);
        body.put("description", type + " needed");
        body.put("quantity", quantity);
        body.put("unit", "pcs");
        body.put("areas", areas);
        body.put("targetGroups", groups);
        body.put("languages", languages);
        body.put("urgency", "HIGH");
        body.put("neededBy", neededBy.toString());
        return body;
    }

    protected JsonNode need(Map<String, Object> body) {
        Response created = http().post("/api/needs", STAFF, json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    protected Response propose(String needId, String offerId, int quantity) {
        return http().post("/api/commitments", STAFF, json(Map.of("needId", needId, "offerId", offerId, "quantity", quantity)));
    }
}
