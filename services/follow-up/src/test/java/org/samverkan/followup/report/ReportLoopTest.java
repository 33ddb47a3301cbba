package org.samverkan.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationTest;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;

/** The rights-based loop through real HTTP, store and broker: draft → share → comment → answer → publish. */
class ReportLoopTest extends FollowUpIntegrationTest {

    @Test
    void sharedOrganisationsCommentUntilTheDeadlineAndTheFinalReportCarriesCommentsAndAnswers() {
        Instant deadline = Instant.now().plusSeconds(4);
        String id = draft(deadline).json().get("id").asString();
        assertThat(http().get("/api/reports", TestTokens.representative("rl-org-a")).json().size())
                .as("a draft is not visible to organisations").isZero();

        Response shared = http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-org-a\"]}");
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.json().get("status").asString()).isEqualTo("SHARED");
        assertThat(shared.json().get("sharedWith").toString()).contains("rl-org-a");

        Response comment = http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-a"),
                "{\"text\": \"Äldre i Vårby nåddes inte av sms; många har inte smartphone.\"}");
        assertThat(comment.status()).isEqualTo(200);
        String commentId = comment.json().get("comments").get(0).get("id").asString();
        assertThat(http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-b"), "{\"text\": \"x\"}").status())
                .as("an organisation the report was not shared with").isEqualTo(403);
        assertThat(http().post("/api/reports/" + id + "/comments/" + commentId + "/answer", EQUALITY,
                "{\"text\": \"Vi lägger till brevutskick i Vårby.\"}").status()).isEqualTo(200);
        Response early = http().post("/api/reports/" + id + "/publication", EQUALITY, "{\"conclusions\": \"Klart\"}");
        assertThat(early.status()).as("publishing would cut the comment period short").isEqualTo(422);
        assertThat(errorFields(early)).containsExactly("commentDeadline");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(deadline.plusMillis(200)));
        Response late = http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-a"),
                "{\"text\": \"En sen synpunkt\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(errorFields(late)).containsExactly("commentDeadline");

        Response published = http().post("/api/reports/" + id + "/publication", EQUALITY,
                "{\"conclusions\": \"Kanaler utan smartphone prioriteras.\"}");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("comments").size()).as("the late comment was not stored").isEqualTo(1);
        var seenByOrganisation = http().get("/api/reports/" + id, TestTokens.representative("rl-org-a")).json();
        assertThat(seenByOrganisation.get("conclusions").asString()).isEqualTo("Kanaler utan smartphone prioriteras.");
        assertThat(seenByOrganisation.get("comments").get(0).get("answer").get("text").asString())
                .isEqualTo("Vi lägger till brevutskick i Vårby.");
        assertThat(http().get("/api/reports/" + id, TestTokens.representative("rl-org-b")).status()).isEqualTo(404);

        List<String> types = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> eventTypes(id), t -> t.size() == 4);
        assertThat(types).containsExactly("org.samverkan.followup.ReportShared", "org.samverkan.followup.ReportCommented",
                "org.samverkan.followup.ReportCommentAnswered", "org.samverkan.followup.ReportPublished");
        String payloads = String.join("\n", events(id).stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList());
        assertThat(payloads).contains("rl-org-a").doesNotContain("test-user").doesNotContain("\"subject\"");
    }

    @Test
    void aCommentWithAPersonalIdentifierIsRefusedNamingTheField() {
        String id = draft(Instant.now().plusSeconds(600)).json().get("id").asString();
        http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-org-c\"]}");

        Response refused = http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-c"),
                "{\"text\": \"Ring Anna på 070-123 45 67 så berättar hon.\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("text");
        assertThat(http().get("/api/reports/" + id, EQUALITY).json().get("comments").size()).isZero();
    }

    @Test
    void commentsSentAtTheSameTimeAreAllKept() throws Exception {
        String id = draft(Instant.now().plusSeconds(600)).json().get("id").asString();
        http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-p1\", \"rl-p2\", \"rl-p3\", \"rl-p4\"]}");
        List<Callable<Integer>> comments = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String org = "rl-p" + i;
            comments.add(() -> http().post("/api/reports/" + id + "/comments", TestTokens.representative(org),
                    "{\"text\": \"Synpunkt från " + org + "\"}").status());
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> status : pool.invokeAll(comments)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
        assertThat(http().get("/api/reports/" + id, EQUALITY).json().get("comments").size()).isEqualTo(4);
    }

    @Test
    void aDraftNeedsAFutureDeadlineAndAPeriodThatEndsAfterItStarts() {
        Response pastDeadline = http().post("/api/reports", EQUALITY, body(Instant.now().minusSeconds(60), "2026-11-01", "2026-11-14"));
        Response backwards = http().post("/api/reports", EQUALITY, body(Instant.now().plusSeconds(600), "2026-11-14", "2026-11-01"));
        Response noTitle = http().post("/api/reports", EQUALITY, body(Instant.now().plusSeconds(600), "2026-11-01", "2026-11-14")
                .replace("\"Uppföljning november\"", "\"\""));
        Response byStaff = http().post("/api/reports", TestTokens.role("crisis-staff"), body(Instant.now().plusSeconds(600), "2026-11-01", "2026-11-14"));

        assertThat(errorFields(pastDeadline)).containsExactly("commentDeadline");
        assertThat(errorFields(backwards)).containsExactly("to");
        assertThat(noTitle.status()).isBetween(400, 422);
        assertThat(errorFields(noTitle)).containsExactly("title");
        assertThat(byStaff.status()).isEqualTo(403);
    }

    private Response draft(Instant deadline) {
        Response drafted = http().post("/api/reports", EQUALITY, body(deadline, "2026-11-01", "2026-11-14"));
        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.json().get("figures").get("areas").isArray()).isTrue();
        return drafted;
    }

    private static String body(Instant deadline, String from, String to) {
        return """
                {"title": "Uppföljning november", "summary": "Hur nådde krisinformationen grupperna i Flemingsberg?",
                 "from": "%s", "to": "%s", "commentDeadline": "%s"}""".formatted(from, to, deadline);
    }

    private static List<ConsumerRecord<String, byte[]>> events(String id) {
        return TopicProbe.readAll(ReportEvents.TOPIC).stream().filter(r -> id.equals(r.key())).toList();
    }

    private static List<String> eventTypes(String id) {
        return events(id).stream().map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).toList();
    }
}
