package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.EQUALITY_LEAD;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Review requests by e-mail over the real SMTP server, and the reviewer's send-back with a comment. */
class ReviewNotificationTest extends CommunicationsIntegrationBase {
    private static final List<String> ALL = List.of("sv", "sv-x-lattlast", "fi", "ar", "so");
    private static final String LEADS = "equality-leads@kommun.test";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Notifications notifications;

    @Test
    void submittingForReviewEmailsTheEqualityLeadsOnceWithTheLinkToTheNotice() throws Exception {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL));

        assertThat(http().post("/api/notices/" + id + "/submission", OFFICER, null).status()).isEqualTo(200);

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> requestsFor(id), m -> !m.isEmpty()).getFirst();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(LEADS);
        assertThat(mail.getSubject()).contains("Rubrik sv");
        assertThat((String) mail.getContent()).contains("https://portal.kommun.test/notices/" + id);
        assertThat(mail.getMessageID()).contains(id);
        Thread.sleep(1000); // five sweeps: none may send it again
        assertThat(requestsFor(id)).hasSize(1);
    }

    @Test
    void aReviewerSendsTheNoticeBackWithACommentTheOfficerSeesAndItCanBeSubmittedAgain() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL));
        http().post("/api/notices/" + id + "/submission", OFFICER, null);

        var sentBack = http().post("/api/notices/" + id + "/send-back", EQUALITY_LEAD,
                "{\"comment\": \"Lättläst text saknar vad man ska göra\"}");

        assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(200);
        var notice = http().get("/api/notices/" + id, OFFICER).json().get("notice");
        assertThat(notice.get("status").asString()).isEqualTo("DRAFT");
        assertThat(notice.get("sentBack").get(0).get("comment").asString()).isEqualTo("Lättläst text saknar vad man ska göra");
        assertThat(notice.get("sentBack").get(0).get("reviewer").asString()).isEqualTo("equality-lead-user");
        assertThat(http().post("/api/notices/" + id + "/review", EQUALITY_LEAD, "{\"checklist\": " + Notices.CHECKLIST + "}")
                .status()).as("a draft cannot be approved").isEqualTo(409);

        assertThat(http().post("/api/notices/" + id + "/submission", OFFICER, null).status()).isEqualTo(200);
        var again = http().get("/api/notices/" + id, OFFICER).json().get("notice");
        assertThat(again.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(again.get("sentBack").size()).as("the comment stays on the notice's history").isEqualTo(1);
    }

    @Test
    void sendingBackNeedsACommentAndAnEqualityLead() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL));
        http().post("/api/notices/" + id + "/submission", OFFICER, null);

        var blank = http().post("/api/notices/" + id + "/send-back", EQUALITY_LEAD, "{\"comment\": \" \"}");
        var byOfficer = http().post("/api/notices/" + id + "/send-back", OFFICER, "{\"comment\": \"Ändra\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.isProblem()).isTrue();
        assertThat(errorFields(blank)).containsExactly("comment");
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(http().get("/api/notices/" + id, OFFICER).json().get("notice").get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aRequestWhoseSubmissionWasNeverSavedIsNeverSent() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL));
        long revision = http().get("/api/notices/" + id, OFFICER).json().get("notice").get("version").asLong();
        // A submission recorded its request, then lost the notice's write to an edit at the same revision.
        String request = ReviewRequestMail.id(id, revision + 1);
        assertThat(notifications.owe(request, ReviewRequestMail.KIND, id, Duration.ZERO)).isTrue();
        assertThat(notifications.owe(request, ReviewRequestMail.KIND, id, Duration.ZERO)).as("recorded once").isFalse();
        assertThat(http().send("PUT", "/api/notices/" + id, OFFICER, Notices.draft(List.of("flemingsberg"), ALL), java.util.Map.of()).status()).isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("notifications")
                .find(new Document("_id", request)).first().getString("status"), "SKIPPED"::equals);
        assertThat(requestsFor(id)).isEmpty();
    }

    private static List<MimeMessage> requestsFor(String noticeId) {
        return Arrays.stream(TestSmtp.get().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(LEADS) && ((String) m.getContent()).contains("/notices/" + noticeId);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
