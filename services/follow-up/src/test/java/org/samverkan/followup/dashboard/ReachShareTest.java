package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.followup.dashboard.SourceEvents.at;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.reference.Area;
import tools.jackson.databind.JsonNode;

/**
 * People reached as a share of the estimated speakers, from relay reports through the real broker and store and
 * Huddinge's reference data (Flemingsberg: 15,000 residents, 8 % Somali → about 1,200 Somali speakers). A June
 * fortnight of its own, so no other dashboard test's figures move.
 */
class ReachShareTest extends FollowUpIntegrationBase {
    static final String WINDOW = "from=2026-06-01&to=2026-06-14";
    static final String HEAT = "share-notice-heat";
    static final String FLOOD = "share-notice-flood";
    static final String CANCELLED = "share-notice-cancelled";
    private static boolean published;

    @BeforeEach
    void events() {
        MarchFixture.publishOnce(); // O1: verified, Flemingsberg + Vårby, Somali + Arabic
        if (published) {
            return;
        }
        published = true;
        List<String> flemingsbergVarby = List.of("flemingsberg", "varby");
        SourceEvents.noticePublished(HEAT, at("2026-06-02T08:00:00Z"), flemingsbergVarby, List.of("older-people"),
                List.of("sv", "so"), List.of("sv", "so"));
        SourceEvents.delivered(HEAT, MarchFixture.O1, 1, at("2026-06-02"), List.of("so"));
        // Two reports of the same notice in Somali in Flemingsberg add up: 200 + 60.
        SourceEvents.relayed(HEAT, MarchFixture.O1, 2, at("2026-06-03"), "so", "flemingsberg", 200);
        SourceEvents.relayed(HEAT, MarchFixture.O1, 3, at("2026-06-04"), "so", "flemingsberg", 60);
        // In Sorani, which the reference data gives Flemingsberg no share of: people, but no estimate.
        SourceEvents.relayed(HEAT, MarchFixture.O1, 4, at("2026-06-05"), "ckb", "flemingsberg", 15);
        // Outside the fortnight.
        SourceEvents.relayed(HEAT, MarchFixture.O1, 5, at("2026-06-20"), "so", "flemingsberg", 500);
        // Another incident's notice, relayed in Somali in Flemingsberg too: 40 more.
        SourceEvents.noticePublished(FLOOD, "flood-2026", at("2026-06-06T08:00:00Z"), flemingsbergVarby, List.of(),
                List.of("so"), List.of("so"));
        SourceEvents.relayed(FLOOD, MarchFixture.O1, 1, at("2026-06-07"), "so", "flemingsberg", 40);
        // Relayed after its cancellation: reaches no one with the notice.
        SourceEvents.noticePublished(CANCELLED, at("2026-06-08T08:00:00Z"), flemingsbergVarby, List.of(), List.of("so"),
                List.of("so"));
        SourceEvents.noticeCancelled(CANCELLED, 4, at("2026-06-08T12:00:00Z"), flemingsbergVarby, List.of());
        SourceEvents.relayed(CANCELLED, MarchFixture.O1, 1, at("2026-06-09"), "so", "flemingsberg", 999);
        ConsumerLag.awaitCaughtUp("follow-up");
    }

    @Test
    void somaliSpeakersInFlemingsbergAreEstimatedFromTheReferenceDataAndTheRelayedPeopleAreTheirShare() {
        JsonNode view = http().get("/api/dashboard/reach-share?" + WINDOW, EQUALITY).json();

        JsonNode somali = row(view, "flemingsberg", "so");
        assertThat(somali.get("estimatedSpeakers").asLong()).isEqualTo(1200);
        assertThat(somali.get("peopleReached").asLong()).as("200 + 60 + 40").isEqualTo(300);
        assertThat(somali.get("share").asDouble()).isEqualTo(0.25);
        JsonNode arabic = row(view, "flemingsberg", "ar");
        assertThat(arabic.get("estimatedSpeakers").asLong()).isEqualTo(1500);
        assertThat(arabic.get("peopleReached").asLong()).isZero();
        assertThat(arabic.get("share").asDouble()).isZero();
    }

    @Test
    void aLanguageWithReportsButNoShareInTheAreaHasPeopleButNoEstimateAndNoShare() {
        JsonNode sorani = row(http().get("/api/dashboard/reach-share?" + WINDOW, STAFF).json(), "flemingsberg", "ckb");

        assertThat(sorani.get("peopleReached").asLong()).isEqualTo(15);
        assertThat(sorani.get("estimatedSpeakers").isNull()).isTrue();
        assertThat(sorani.get("share").isNull()).isTrue();
    }

    @Test
    void onlyLanguagesTheAreaHasAShareOfOrReportsInAreListedInTheReferenceDataOrder() {
        JsonNode view = http().get("/api/dashboard/reach-share?area=flemingsberg&" + WINDOW, COMMS).json();

        assertThat(StreamSupport.stream(view.get("rows").spliterator(), false).map(r -> r.get("area").asString()))
                .containsOnly("flemingsberg");
        // Flemingsberg's shares: sv ar so ti fa tr fi en; Sorani for its report, not every language of the reference data.
        assertThat(languages(view)).containsExactlyInAnyOrder("sv", "ar", "so", "ti", "fa", "tr", "fi", "en", "ckb");
    }

    @Test
    void aReportDeliveredTwiceCountsOnce() {
        SourceRecords.sent().stream().filter(r -> r.key().startsWith(HEAT + ":")).forEach(SourceRecords::resend);
        ConsumerLag.awaitCaughtUp("follow-up");

        assertThat(row(http().get("/api/dashboard/reach-share?" + WINDOW, STAFF).json(), "flemingsberg", "so")
                .get("peopleReached").asLong()).isEqualTo(300);
    }

    @Test
    void anIncidentFilterCountsOnlyTheRelaysOfItsNotices() {
        JsonNode heat = http().get("/api/dashboard/reach-share?incident=heat-2026&language=so&" + WINDOW, STAFF).json();
        assertThat(heat.get("incident").asString()).isEqualTo("heat-2026");
        assertThat(row(heat, "flemingsberg", "so").get("peopleReached").asLong()).isEqualTo(260);
        assertThat(languages(heat)).containsOnly("so");

        JsonNode flood = http().get("/api/dashboard/reach-share?incident=flood-2026&area=flemingsberg&language=so&" + WINDOW,
                STAFF).json();
        assertThat(row(flood, "flemingsberg", "so").get("peopleReached").asLong()).isEqualTo(40);
        assertThat(row(flood, "flemingsberg", "so").get("share").asDouble()).isEqualTo(0.033);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        var badDate = http().get("/api/dashboard/reach-share?to=2026-06-31", STAFF);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.isProblem()).isTrue();
        assertThat(errorFields(badDate)).containsExactly("to");
        var unknown = http().get("/api/dashboard/reach-share?area=atlantis&language=xx", STAFF);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(errorFields(unknown)).containsExactly("area", "language");
        assertThat(errorFields(http().get("/api/dashboard/reach-share?from=2026-06-14&to=2026-06-01", STAFF)))
                .containsExactly("from");
    }

    @Test
    void onlyStaffReadIt() {
        assertThat(http().get("/api/dashboard/reach-share", OPERATOR).status()).isEqualTo(403);
        assertThat(http().get("/api/dashboard/reach-share",
                org.samverkan.platform.test.TestTokens.representative(MarchFixture.O1)).status()).isEqualTo(403);
        assertThat(http().get("/api/dashboard/reach-share", null).status()).isEqualTo(401);
    }

    @Test
    void anEstimateIsRoundedToTensAndMissingWithoutPopulationOrShareOrWhenItRoundsToNone() {
        Area area = new Area("x", "X", 4000, Map.of("so", 0.08, "fi", 0.001, "sv", 0.0), Map.of());
        assertThat(DashboardQueries.estimatedSpeakers(area, "so")).isEqualTo(320L);
        assertThat(DashboardQueries.estimatedSpeakers(new Area("y", "Y", 1234, Map.of("so", 0.1), Map.of()), "so"))
                .as("123.4 → 120").isEqualTo(120L);
        assertThat(DashboardQueries.estimatedSpeakers(area, "fi")).as("4 people rounds to none").isNull();
        assertThat(DashboardQueries.estimatedSpeakers(area, "sv")).isNull();
        assertThat(DashboardQueries.estimatedSpeakers(area, "ar")).isNull();
        assertThat(DashboardQueries.estimatedSpeakers(new Area("z", "Z", 0, Map.of("so", 0.5), Map.of()), "so")).isNull();
    }

    private static JsonNode row(JsonNode view, String area, String language) {
        return StreamSupport.stream(view.get("rows").spliterator(), false)
                .filter(r -> r.get("area").asString().equals(area) && r.get("language").asString().equals(language))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + area + " × " + language + " in " + view));
    }

    private static List<String> languages(JsonNode view) {
        return StreamSupport.stream(view.get("rows").spliterator(), false).map(r -> r.get("language").asString()).toList();
    }
}
