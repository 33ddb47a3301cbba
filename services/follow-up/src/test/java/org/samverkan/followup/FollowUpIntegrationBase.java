package org.samverkan.followup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.samverkan.followup.dashboard.DashboardQueries;
import org.samverkan.followup.dashboard.SourceEvents;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One follow-up context for all its tests, on the JVM's shared broker and store (database "followup"). Every
 * follow-up integration test extends this, so the context is started once per test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.outbox.sweep-interval=200ms", "samverkan.consumer.retries=2", "samverkan.consumer.retry-interval=100ms",
        // The dashboard reads its store on every query, so a test sees an event as soon as it has been consumed.
        "samverkan.followup.dashboard.refresh=0s"})
public abstract class FollowUpIntegrationBase {
    protected static final String STAFF = TestTokens.role("crisis-staff");
    protected static final String EQUALITY = TestTokens.role("equality-lead");
    protected static final String COMMS = TestTokens.role("communications-officer");
    protected static final String OPERATOR = TestTokens.role("operator");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;
    @Autowired
    private DashboardQueries followUpKnowledge;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "followup");
    }

    /**
     * Publishes on the registry's topic, as the registry does, that the organisation was registered (1 October 2026,
     * reaching one area, language and target group) and verified, and waits until follow-up has consumed it: a
     * representative of an organisation follow-up knows acts only while it is verified. Publishes nothing if follow-up
     * already knows it verified.
     */
    protected void verifiedOrganization(String organizationId, String area, String language, String targetGroup) {
        if (!verified(organizationId)) {
            SourceEvents.organization(organizationId, 1, "OrganizationRegistered", "PENDING", SourceEvents.at("2026-10-01"),
                    List.of(area), List.of(language), List.of(targetGroup));
            SourceEvents.organization(organizationId, 2, "OrganizationVerified", "VERIFIED", SourceEvents.at("2026-10-01T12:00:00Z"),
                    List.of(area), List.of(language), List.of(targetGroup));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> verified(organizationId));
    }

    private boolean verified(String organizationId) {
        return followUpKnowledge.organizationNow(organizationId).filter(f -> "VERIFIED".equals(f.status())).isPresent();
    }

    protected TestHttp http() {
        return TestHttp.on(port);
    }

    protected static String json(Map<String, ?> body) {
        return JSON.writeValueAsString(body);
    }

    /** The fields named in a problem's errors array, in order. */
    public static List<String> errorFields(TestHttp.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    /** A published event as a consumer sees it on the real topic: key, CloudEvents type, data and the raw value. */
    public record Published(String key, String type, JsonNode data, String raw) {
    }

    /** Waits until at least {@code count} events with this key are on the topic; returns them in topic order. */
    public static List<Published> awaitPublished(String topic, String key, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> published(topic, key), events -> events.size() >= count);
    }

    public static List<Published> published(String topic, String key) {
        return TopicProbe.readAll(topic).stream().filter(r -> key.equals(r.key())).map(FollowUpIntegrationBase::published).toList();
    }

    private static Published published(ConsumerRecord<String, byte[]> r) {
        String raw = new String(r.value(), StandardCharsets.UTF_8);
        var type = r.headers().lastHeader("ce_type");
        return new Published(r.key(), type == null ? null : new String(type.value(), StandardCharsets.UTF_8), JSON.readTree(raw), raw);
    }
}
