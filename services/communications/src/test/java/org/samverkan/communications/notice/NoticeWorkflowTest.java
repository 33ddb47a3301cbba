package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.EQUALITY_LEAD;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;

/** Flemingsberg (sample shares): ar 0.10 and so 0.08 exceed 0.05; sv and fi are legally required; plus easy-read. */
class NoticeWorkflowTest extends CommunicationsIntegrationBase {
    private static final List<String> ALL = List.of("sv", "sv-x-lattlast", "fi", "ar", "so");

    @Test
    void theEditorShowsRequiredPresentAndMissingLanguages() {
        var created = http().post("/api/notices", OFFICER, Notices.draft(List.of("flemingsberg"), List.of("sv", "ar")));

        assertThat(created.status()).isEqualTo(201);
        var languages = created.json().get("languages");
        assertThat(languages.get("present").toString()).isEqualTo("[\"ar\",\"sv\"]");
        assertThat(languages.get("missing").toString()).isEqualTo("[\"fi\",\"so\",\"sv-x-lattlast\"]");
        assertThat(created.json().get("notice").get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void publishingWithoutReviewIsRefused() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL));

        var refused = http().post("/api/notices/" + id + "/publication", OFFICER, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        http().post("/api/notices/" + id + "/submission", OFFICER, null);
        assertThat(http().post("/api/notices/" + id + "/publication", OFFICER, null).status()).isEqualTo(422);
        assertThat(http().get("/api/notices/" + id, OFFICER).json().get("notice").get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void publishingWithAMissingLanguageIsRefusedNamingItUnlessJustified() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv", "sv-x-lattlast", "fi", "ar")));
        Notices.approve(http(), id, null);

        var refused = http().post("/api/notices/" + id + "/publication", OFFICER, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("so");
        assertThat(errorFields(refused)).containsExactly("texts.so");
        assertThat(http().get("/api/notices/" + id, OFFICER).json().get("notice").get("status").asString()).isEqualTo("APPROVED");

        String justified = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv", "sv-x-lattlast", "fi", "ar")));
        Notices.approve(http(), justified, "{\"so\": \"Somali translator booked; relayed orally by partners meanwhile\"}");
        var published = http().post("/api/notices/" + justified + "/publication", OFFICER, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("notice").get("justifiedMissing").get("so").asString()).startsWith("Somali translator");
        assertThat(published.json().get("notice").get("review").get("reviewer").asString()).isEqualTo("equality-lead-user");
    }

    @Test
    void onlyEqualityLeadsReviewAndOnlyOfficersWriteNothingChangesOtherwise() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL));
        http().post("/api/notices/" + id + "/submission", OFFICER, null);

        var byOfficer = http().post("/api/notices/" + id + "/review", OFFICER, "{\"checklist\": " + Notices.CHECKLIST + "}");
        var byStaff = http().post("/api/notices", TestTokens.role("crisis-staff"), Notices.draft(List.of("flemingsberg"), ALL));
        var byRepresentative = http().post("/api/notices/" + id + "/publication", TestTokens.representative("org-x"), null);
        var byLeadPublishing = http().post("/api/notices/" + id + "/publication", EQUALITY_LEAD, null);

        assertThat(List.of(byOfficer.status(), byStaff.status(), byRepresentative.status(), byLeadPublishing.status()))
                .containsOnly(403);
        assertThat(byOfficer.isProblem()).isTrue();
        assertThat(http().get("/api/notices/" + id, OFFICER).json().get("notice").get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void unknownCodesAreRefusedWithTheirPlaceNamed() {
        var refused = http().post("/api/notices", OFFICER, Notices.draft(List.of("flemingsberg", "atlantis"), List.of("sv", "xx")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errorFields(refused)).contains("areas[1]", "texts.xx");
    }

    @Test
    void publishedUpdatedAndCancelledNoticesAreEventsWithTheirPublicState() {
        String first = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), ALL), null);
        String update = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), ALL, first), null);
        var cancelled = http().post("/api/notices/" + update + "/cancellation", OFFICER, "{\"reason\": \"Heat wave over\"}");

        assertThat(cancelled.status()).isEqualTo(200);
        // The update's own event marks the original (NoticeReplacementConsumer), moments after the publication.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http().get("/api/notices/" + first, OFFICER).json()
                .get("notice").get("status").asString(), "UPDATED"::equals);
        var events = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicProbe.readAll(NoticeEvents.TOPIC).stream()
                .filter(r -> r.key().equals(first) || r.key().equals(update)).toList(), r -> r.size() >= 3);
        assertThat(events).extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("org.samverkan.communications.NoticePublished",
                        "org.samverkan.communications.NoticeUpdated", "org.samverkan.communications.NoticeCancelled");
        String updated = events.stream().filter(r -> r.key().equals(update)).map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .filter(json -> json.contains("\"replaces\"")).findFirst().orElseThrow();
        assertThat(updated).contains("\"replaces\":\"" + first + "\"").contains("Rubrik ar").doesNotContain("communications-officer-user");
    }

    @Test
    void anUpdateOfANoticeCancelledMeanwhileIsRefusedAndStaysUnpublished() {
        String first = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), ALL), null);
        String update = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL, first));
        Notices.approve(http(), update, null);
        assertThat(http().post("/api/notices/" + first + "/cancellation", OFFICER, "{\"reason\": \"Over\"}").status()).isEqualTo(200);

        var refused = http().post("/api/notices/" + update + "/publication", OFFICER, null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(http().get("/api/notices/" + update, OFFICER).json().get("notice").get("status").asString())
                .as("nothing was written: the update is not live").isEqualTo("APPROVED");
        assertThat(http().get("/api/notices/" + first, OFFICER).json().get("notice").get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aSecondUpdateOfTheSameNoticeIsRefusedSoOnlyOneIsEverCurrent() {
        String first = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), ALL), null);
        String one = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL, first));
        String other = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL, first));
        Notices.approve(http(), one, null);
        Notices.approve(http(), other, null);

        assertThat(http().post("/api/notices/" + one + "/publication", OFFICER, null).status()).isEqualTo(200);
        var refused = http().post("/api/notices/" + other + "/publication", OFFICER, null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(http().get("/api/notices/" + other, OFFICER).json().get("notice").get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void languagesOfVerifiedOrganisationsReachingTheAreaBecomeRequired() {
        RegistryRecords.organization("org-masmo-ur", 2, "VERIFIED", List.of("masmo"), List.of("ur"), List.of("older-people"));
        RegistryRecords.organization("org-masmo-pending", 1, "PENDING", List.of("masmo"), List.of("ps"), List.of("older-people"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().post("/api/notices", OFFICER, Notices.draft(List.of("masmo"), List.of("sv"))).json()
                        .get("languages").get("required").has("ur")).isTrue());
        var check = http().post("/api/notices", OFFICER, Notices.draft(List.of("masmo"), List.of("sv"))).json().get("languages");
        assertThat(check.get("required").has("ps")).isFalse();
        assertThat(check.get("required").get("ur").toString()).contains("org-masmo-ur");
    }
}
