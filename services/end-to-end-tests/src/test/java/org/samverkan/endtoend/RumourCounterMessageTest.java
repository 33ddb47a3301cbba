package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samverkan.endtoend.InProcessServices.created;
import static org.samverkan.endtoend.InProcessServices.http;
import static org.samverkan.endtoend.InProcessServices.json;
import static org.samverkan.endtoend.InProcessServices.ok;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.followup.FollowUpApplication;
import org.samverkan.platform.test.TestTokens;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Follow-up and communications as two applications, each with its own database, joined only by the real broker:
 * a rumour's counter-message request becomes a linked draft notice, and publishing that notice addresses the rumour.
 */
class RumourCounterMessageTest {
    private static final String STAFF = TestTokens.role("crisis-staff");
    private static final String OFFICER = TestTokens.role("communications-officer");
    private static final String EQUALITY_LEAD = TestTokens.role("equality-lead");
    private static ConfigurableApplicationContext communications;
    private static ConfigurableApplicationContext followUp;

    @BeforeAll
    static void start() {
        communications = InProcessServices.start(CommunicationsApplication.class, "e2e-communications",
                "--samverkan.communications.token-secret=end-to-end-secret-of-at-least-32-bytes",
                "--samverkan.communications.sms.gateway=simulator");
        followUp = InProcessServices.start(FollowUpApplication.class, "e2e-followup");
    }

    @AfterAll
    static void stop() {
        followUp.close();
        communications.close();
    }

    @Test
    void aCounterMessageRequestBecomesALinkedDraftAndItsPublicationAddressesTheRumour() {
        String rumour = reportDebunkedRumour();
        JsonNode requested = ok(http(followUp).post("/api/rumours/" + rumour + "/counter-message", OFFICER,
                json(Map.of("summary", "Vaccinet innehåller inga mikrochip", "languages", List.of("so", "ar")))));
        String noticeId = "counter-" + rumour;
        assertThat(requested.get("counterMessageNoticeId").asString()).isEqualTo(noticeId);

        JsonNode draft = await().atMost(Duration.ofSeconds(30)).until(
                () -> http(communications).get("/api/notices/" + noticeId, OFFICER), r -> r.status() == 200).json();
        assertThat(draft.get("notice").get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("notice").get("counterMessageFor").asString()).isEqualTo(rumour);
        assertThat(draft.get("notice").get("content").get("texts").get("sv").get("body").asString()).contains("mikrochip");
        assertThat(rumourStatus(rumour)).isEqualTo("DEBUNKED");

        NoticeReview.publish(http(communications), noticeId, draft);

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
        String id = created(http(followUp).post("/api/rumours", TestTokens.representative("org-e2e"), json(body))).get("id").asString();
        for (String status : List.of("VERIFYING", "DEBUNKED")) {
            ok(http(followUp).post("/api/rumours/" + id + "/status", EQUALITY_LEAD, json(Map.of("status", status))));
        }
        return id;
    }

    private static String rumourStatus(String id) {
        return http(followUp).get("/api/rumours/" + id, STAFF).json().get("status").asString();
    }
}
