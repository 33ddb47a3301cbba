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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;

/** The rights-based loop through real HTTP, store and broker: draft → share → comment → answer → publish. */
class ReportLoopTest extends FollowUpIntegrationBase {
    /** Reports are shared only with organisations the registry's topic has told the dashboard of; their representatives comment only while verified. */
    @BeforeEach
    void registered() {
        List.of("rl-org-a", "rl-org-c", "rl-org-d", "rl-p1", "rl-p2", "rl-p3", "rl-p4")
                .forEach(org -> verifiedOrganization(org, "varby", "so", "older-people"));
    }

    @Test
    void sharedOrganisationsCommentUntilTheDeadlineAndTheFinalReportCarriesCommentsAndAnswers() {
        Instant deadline = Instant.now().plusSeconds(4);
        String id = draft(deadline).json().get("id").asString();
        assertThat(http().get("/api/reports", TestTokens.representative("rl-org-a")).json().valueStream()
                .map(r -> r.get("id").asString())).as("a draft is not visible to organisations").doesNotContain(id);

        Response shared = http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-org-a\"]}");
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.json().get("status").asString()).isEqualTo("SHARED");
        assertThat(shared.json().get("sharedWith").toString()).contains("rl-org-a");

        Response comment = http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-a"),
                "{\"text\": \"Äldre i Vårby nåddes inte av sms; många har inte smartphone.\"}");
        assertThat(comment.status()).isEqualTo(200);
        String commentId = comment.json().get("comments").get(0).get("id").asString();
        assertThat(http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-b"), "{\"text\": \"x\"}").status())
                .as("an organisation the report was not shared with: it does not exist for them, as on GET").isEqualTo(404);
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
        Response reanswered = http().post("/api/reports/" + id + "/comments/" + commentId + "/answer", EQUALITY,
                "{\"text\": \"Ett annat svar i efterhand\"}");
        assertThat(reanswered.status()).as("a published report is final").isEqualTo(409);
        Response afterPublication = http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-a"),
                "{\"text\": \"Efter publiceringen\"}");
        assertThat(afterPublication.status()).isEqualTo(422);
        assertThat(errorFields(afterPublication)).containsExactly("commentDeadline");
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

    @Test
    void aTitleWithAPersonalIdentifierIsRefusedAndNothingIsStored() {
        String title = "Uppföljning \u2013 ring Anna 070-123 45 67";
        Response refused = http().post("/api/reports", EQUALITY, body(Instant.now().plusSeconds(600), "2026-11-01", "2026-11-14")
                .replace("Uppföljning november", title));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("title");
        assertThat(http().get("/api/reports", EQUALITY).body()).doesNotContain("ring Anna");
    }

    @Test
    void summaryAnswerAndConclusionsWithPersonalIdentifiersAreRefusedNamingTheField() {
        Response summary = http().post("/api/reports", EQUALITY, body(Instant.now().plusSeconds(600), "2026-11-01", "2026-11-14")
                .replace("Hur nådde krisinformationen grupperna i Flemingsberg?", "Kontakta anna.svensson@example.se"));
        assertThat(summary.status()).isEqualTo(422);
        assertThat(errorFields(summary)).containsExactly("summary");

        String id = draft(Instant.now().plusSeconds(600)).json().get("id").asString();
        http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-org-d\"]}");
        String commentId = http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-d"),
                "{\"text\": \"Äldre nås bäst via träffpunkten\"}").json().get("comments").get(0).get("id").asString();
        Response answer = http().post("/api/reports/" + id + "/comments/" + commentId + "/answer", EQUALITY,
                "{\"text\": \"Ring mig på tel.070-123 45 67\"}");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(errorFields(answer)).containsExactly("text");
        Response conclusions = http().post("/api/reports/" + id + "/publication", EQUALITY,
                "{\"conclusions\": \"Gäller personen med pnr 811218-9876\"}");
        assertThat(conclusions.status()).isEqualTo(422);
        assertThat(errorFields(conclusions)).containsExactly("conclusions");
        var stored = http().get("/api/reports/" + id, EQUALITY).json();
        var storedAnswer = stored.get("comments").get(0).get("answer");
        assertThat(storedAnswer == null || storedAnswer.isNull()).as("the refused answer was not stored").isTrue();
        assertThat(stored.get("status").asString()).isEqualTo("SHARED");
    }

    @Test
    void aReportIsSharedOnlyWithOrganisationsKnownFromTheRegistry() {
        String id = draft(Instant.now().plusSeconds(600)).json().get("id").asString();

        Response email = http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"anna@forening.se\"]}");
        Response unknown = http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-org-typo\", \"rl-org-a\"]}");

        assertThat(email.status()).isEqualTo(422);
        assertThat(errorFields(email)).containsExactly("alsoShareWith[0]");
        assertThat(email.body()).contains("e-mail").doesNotContain("anna@forening.se");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(errorFields(unknown)).containsExactly("alsoShareWith[0]");
        var stored = http().get("/api/reports/" + id, EQUALITY).json();
        assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
        assertThat(stored.get("sharedWith").size()).isZero();
        assertThat(events(id)).as("no ReportShared").isEmpty();
    }

    @Test
    void aDraftWhoseDeadlineHasPassedIsSharedWithANewDeadline() {
        Instant deadline = Instant.now().plusSeconds(2);
        String id = draft(deadline).json().get("id").asString();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(deadline.plusMillis(200)));

        Response stale = http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-org-a\"]}");
        assertThat(stale.status()).isEqualTo(422);
        assertThat(errorFields(stale)).containsExactly("commentDeadline");
        Response past = http().post("/api/reports/" + id + "/sharing", EQUALITY,
                "{\"alsoShareWith\": [\"rl-org-a\"], \"commentDeadline\": \"" + Instant.now().minusSeconds(60) + "\"}");
        assertThat(past.status()).isEqualTo(422);
        assertThat(errorFields(past)).containsExactly("commentDeadline");

        Instant later = Instant.parse("2030-01-31T16:00:00Z");
        Response shared = http().post("/api/reports/" + id + "/sharing", EQUALITY,
                "{\"alsoShareWith\": [\"rl-org-a\"], \"commentDeadline\": \"" + later + "\"}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(Instant.parse(shared.json().get("commentDeadline").asString())).isEqualTo(later);
        assertThat(shared.json().get("openForComments").asBoolean()).isTrue();
        var event = awaitPublished(ReportEvents.TOPIC, id, 1).getFirst();
        assertThat(Instant.parse(event.data().get("commentDeadline").asString())).isEqualTo(later);
    }

    @Test
    void aRepresentativeCannotTellADraftOrAnotherOrganisationsReportFromNoReport() {
        String id = draft(Instant.now().plusSeconds(600)).json().get("id").asString();
        Response onDraft = http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-a"), "{\"text\": \"x\"}");
        assertThat(onDraft.status()).isEqualTo(404);
        assertThat(onDraft.body()).doesNotContain("DRAFT");
        http().post("/api/reports/" + id + "/sharing", EQUALITY, "{\"alsoShareWith\": [\"rl-org-a\"]}");
        assertThat(http().post("/api/reports/" + id + "/comments", TestTokens.representative("rl-org-b"), "{\"text\": \"x\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void aPeriodOutsideTheYears1900To2200IsRefusedNamingTheField() {
        Response far = http().post("/api/reports", EQUALITY, body(Instant.now().plusSeconds(600), "+999999999-12-31", "+999999999-12-31"));
        Response early = http().post("/api/reports", EQUALITY, body(Instant.now().plusSeconds(600), "-999999999-01-01", "2026-11-14"));
        assertThat(far.status()).as(far.body()).isEqualTo(422);
        assertThat(errorFields(far)).containsExactly("from");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(errorFields(early)).containsExactly("from");
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
