package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.followup.FollowUpApplication;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follow-up and communications as two applications, each with its own database, joined only by the real broker:
 * a rumour's counter-message request becomes a linked draft notice, and publishing that notice addresses the rumour.
 */
class RumourCounterMessageTest {
    private static final String STAFF = TestTokens.role("crisis-staff");
    private static final String OFFICER = TestTokens.role("communications-officer");
    private static final String EQUALITY_LEAD = TestTokens.role("equality-lead");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext communications;
    private static ConfigurableApplicationContext followUp;

    @BeforeAll
    static void start() {
        communications = start(CommunicationsApplication.class, "communications", "e2e-communications",
                "--samverkan.communications.token-secret=end-to-end-secret-of-at-least-32-bytes");
        followUp = start(FollowUpApplication.class, "follow-up", "e2e-followup");
    }

    @AfterAll
    static void stop() {
        followUp.close();
        communications.close();
    }

    @Test
    void aCounterMessageRequestBecomesALinkedDraftAndItsPublicationAddressesTheRumour() {
        String rumour = reportDebunkedRumour();
        Response requested = http(followUp).post("/api/rumours/" + rumour + "/counter-message", OFFICER,
                json(Map.of("summary", "Vaccinet innehåller inga mikrochip", "languages", List.of("so", "ar"))));
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        String noticeId = "counter-" + rumour;
        assertThat(requested.json().get("counterMessageNoticeId").asString()).isEqualTo(noticeId);

        JsonNode draft = await().atMost(Duration.ofSeconds(30)).until(
                () -> http(communications).get("/api/notices/" + noticeId, OFFICER), r -> r.status() == 200).json();
        assertThat(draft.get("notice").get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("notice").get("counterMessageFor").asString()).isEqualTo(rumour);
        assertThat(draft.get("notice").get("content").get("texts").get("sv").get("body").asString()).contains("mikrochip");
        assertThat(rumourStatus(rumour)).isEqualTo("DEBUNKED");

        publish(noticeId, missingLanguages(draft));

        await().atMost(Duration.ofSeconds(30)).until(() -> rumourStatus(rumour), "ADDRESSED"::equals);
        JsonNode addressed = http(followUp).get("/api/rumours/" + rumour, STAFF).json();
        assertThat(addressed.get("counterMessageNoticeId").asString()).isEqualTo(noticeId);
    }

    private static String reportDebunkedRumour() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "Vaccinet som delas ut i Visättra sägs innehålla mikrochip");
        body.put("language", "so");
        body.put("channel", "messaging-app");
        body.put("areas", List.of("visattra"));
        body.put("targetGroups", List.of("newly-arrived"));
        body.put("stigmatising", false);
        Response reported = http(followUp).post("/api/rumours", TestTokens.representative("org-e2e"), json(body));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").asString();
        for (String status : List.of("VERIFYING", "DEBUNKED")) {
            Response moved = http(followUp).post("/api/rumours/" + id + "/status", EQUALITY_LEAD, json(Map.of("status", status)));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        return id;
    }

    /** Submit, review (justifying the required languages the draft lacks, as an equality lead may) and publish. */
    private static void publish(String noticeId, List<String> missing) {
        assertThat(http(communications).post("/api/notices/" + noticeId + "/submission", OFFICER, null).status()).isEqualTo(200);
        Map<String, String> justifications = new LinkedHashMap<>();
        missing.forEach(language -> justifications.put(language, "Översättning beställd; föreningar för vidare muntligt"));
        Response reviewed = http(communications).post("/api/notices/" + noticeId + "/review", EQUALITY_LEAD, json(Map.of(
                "checklist", Map.of("languages", true, "easyRead", true, "accessibleFormats", true, "groupsReached", true),
                "justifications", justifications)));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        Response published = http(communications).post("/api/notices/" + noticeId + "/publication", OFFICER, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("notice").get("status").asString()).isEqualTo("PUBLISHED");
    }

    private static List<String> missingLanguages(JsonNode draft) {
        JsonNode missing = draft.get("languages").get("missing");
        List<String> languages = new ArrayList<>();
        if (missing.isArray()) {
            missing.forEach(l -> languages.add(l.asString()));
        } else {
            languages.addAll(missing.propertyNames());
        }
        return languages;
    }

    private static String rumourStatus(String id) {
        return http(followUp).get("/api/rumours/" + id, STAFF).json().get("status").asString();
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    private static TestHttp http(ConfigurableApplicationContext context) {
        return TestHttp.on(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /**
     * Both services are on this classpath, each with its own application.yml; the application's own file is named
     * explicitly so neither picks up the other's settings (name, consumer group, communications' required properties).
     */
    private static ConfigurableApplicationContext start(Class<?> application, String name, String database, String... extra) {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        List<String> args = new ArrayList<>(List.of(
                "--spring.config.location=" + ownConfig(application),
                "--spring.application.name=" + name,
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri(database),
                "--samverkan.outbox.sweep-interval=200ms",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile()));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
    }

    private static String ownConfig(Class<?> application) {
        String location = application.getProtectionDomain().getCodeSource().getLocation().toString();
        return location.endsWith(".jar") ? "jar:" + location + "!/application.yml" : location + "application.yml";
    }
}
