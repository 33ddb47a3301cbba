package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.springframework.beans.factory.annotation.Autowired;

/** A counter-message request from follow-up (issue 6's contract) becomes one linked draft per rumour. */
class CounterMessageTest extends CommunicationsIntegrationBase {
    private static final String TYPE = "org.samverkan.followup.CounterMessageRequested";
    @Autowired
    ConsumerMetrics metrics;

    @Test
    void aRequestCreatesOneLinkedDraftHoweverOftenItArrives() {
        String rumour = "rumour-" + java.util.UUID.randomUUID();
        String json = """
                {"rumourId": "%s", "summary": "Claims that the outbreak started in a named faith community are false",
                 "areas": ["visattra", "atlantis"], "targetGroups": ["faith-community-members"], "languages": ["so", "ti"],
                 "requestedAt": "2026-11-22T08:00:00Z", "futureField": true}""".formatted(rumour);
        double seenBefore = metrics.count(TYPE, "already_seen");

        FollowUpRecords.counterMessageRequested(rumour, json);
        FollowUpRecords.counterMessageRequested(rumour, json);

        var draft = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> http().get("/api/notices/counter-" + rumour, OFFICER), r -> r.status() == 200).json();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> metrics.count(TYPE, "already_seen") > seenBefore);
        var notice = draft.get("notice");
        assertThat(notice.get("status").asString()).isEqualTo("DRAFT");
        assertThat(notice.get("counterMessageFor").asString()).isEqualTo(rumour);
        assertThat(notice.get("content").get("areas").toString()).isEqualTo("[\"visattra\"]");
        assertThat(notice.get("content").get("texts").get("sv").get("body").asString()).contains("named faith community");
        assertThat(draft.get("languages").get("required").get("ti").toString()).contains("requested for the counter-message");
        assertThat(draft.get("languages").get("missing").toString()).contains("so", "ti");
        assertThat(notice.get("version").asLong()).isEqualTo(1);
    }
}
