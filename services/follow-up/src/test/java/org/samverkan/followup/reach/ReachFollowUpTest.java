package org.samverkan.followup.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.followup.dashboard.SourceEvents.at;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.followup.dashboard.ConsumerLag;
import org.samverkan.followup.dashboard.MarchFixture;
import org.samverkan.followup.dashboard.SourceEvents;
import tools.jackson.databind.JsonNode;

/** Reach per notice from communications' delivery, acknowledgement and relay events, through the real broker. */
class ReachFollowUpTest extends FollowUpIntegrationBase {
    static final String PARTIAL = "reach-notice-partial";
    static final String CANCELLED = "reach-notice-cancelled";

    private static boolean published;

    @BeforeEach
    void events() {
        MarchFixture.publishOnce();
        if (published) {
            return;
        }
        published = true;
        // Targets three areas, three groups, Swedish and Tigrinya; only O1 (Flemingsberg + Vårby, older people + newly
        // arrived, Somali + Arabic) gets it, in Swedish.
        SourceEvents.noticePublished(PARTIAL, at("2026-04-01T08:00:00Z"), List.of("flemingsberg", "skogas", "varby"),
                List.of("older-people", "newly-arrived", "women"), List.of("sv", "ti"), List.of("sv", "ti"));
        SourceEvents.delivered(PARTIAL, MarchFixture.O1, 1, at("2026-04-01"), List.of("sv"));
        SourceEvents.failed(PARTIAL, MarchFixture.O2, 1, at("2026-04-01"));
        // Delivered to O1 in Somali, cancelled at noon, relayed by O1 in Arabic in the afternoon anyway.
        SourceEvents.noticePublished(CANCELLED, at("2026-04-02T08:00:00Z"), List.of("flemingsberg", "varby"),
                List.of("older-people"), List.of("so", "ar"), List.of("so", "ar"));
        SourceEvents.delivered(CANCELLED, MarchFixture.O1, 1, at("2026-04-02T09:00:00Z"), List.of("so"));
        SourceEvents.noticeCancelled(CANCELLED, 4, at("2026-04-02T12:00:00Z"), List.of("flemingsberg", "varby"), List.of("older-people"));
        SourceEvents.relayed(CANCELLED, MarchFixture.O1, 2, at("2026-04-02T15:00:00Z"), "ar", "varby", 30);
        ConsumerLag.awaitCaughtUp("follow-up");
    }

    @Test
    void aNoticeDeliveredAcknowledgedAndRelayedReachedAllItTargeted() {
        JsonNode reach = http().get("/api/reach/notices/" + MarchFixture.NOTICE, EQUALITY).json();
        assertThat(reach.get("incident").asString()).isEqualTo("heat-2026");
        assertThat(reach.get("publishedAt").asString()).isEqualTo("2026-03-06T08:00:00Z");
        assertThat(codes(reach.get("areas").get("reached"))).containsExactly("flemingsberg", "varby");
        assertThat(reach.get("areas").get("share").asDouble()).isEqualTo(1.0);
        // Delivered in Swedish and Somali to O1, which works in Somali and Arabic (not Swedish), and relayed in Arabic:
        // the dashboard's rule, so both count the same languages.
        assertThat(codes(reach.get("languages").get("targeted"))).containsExactly("sv", "so", "ar");
        assertThat(codes(reach.get("languages").get("reached"))).containsExactly("so", "ar");
        assertThat(reach.get("languages").get("share").asDouble()).isEqualTo(0.667);
        assertThat(reach.get("cancelled").asBoolean()).isFalse();
        assertThat(codes(reach.get("targetGroups").get("reached"))).containsExactly("older-people");
        assertThat(List.of(reach.get("deliveries").asLong(), reach.get("acknowledgements").asLong(), reach.get("relays").asLong(),
                reach.get("failures").asLong())).containsExactly(1L, 1L, 1L, 1L);
    }

    @Test
    void aPartlyDeliveredNoticeShowsTheShareOfWhatItTargetedThatWasReached() {
        JsonNode reach = http().get("/api/reach/notices/" + PARTIAL, STAFF).json();
        // O1 reaches Flemingsberg and Vårby, not Skogås: 2 of 3.
        assertThat(codes(reach.get("areas").get("reached"))).containsExactly("flemingsberg", "varby");
        assertThat(reach.get("areas").get("share").asDouble()).isEqualTo(0.667);
        // Sent in Swedish only, to an organisation that does not work in Swedish: no targeted language was reached.
        assertThat(codes(reach.get("languages").get("reached"))).isEmpty();
        assertThat(reach.get("languages").get("share").asDouble()).isEqualTo(0.0);
        assertThat(codes(reach.get("targetGroups").get("reached"))).containsExactly("older-people", "newly-arrived");
        assertThat(reach.get("deliveries").asLong()).isEqualTo(1);
        assertThat(reach.get("failures").asLong()).isEqualTo(1);
    }

    @Test
    void aCancelledNoticeCountsOnlyWhatHappenedBeforeItsCancellation() {
        JsonNode reach = http().get("/api/reach/notices/" + CANCELLED, STAFF).json();
        assertThat(reach.get("cancelled").asBoolean()).isTrue();
        assertThat(codes(reach.get("languages").get("reached"))).containsExactly("so");
        assertThat(List.of(reach.get("deliveries").asLong(), reach.get("relays").asLong())).containsExactly(1L, 0L);
    }

    @Test
    void reachAndDashboardCountTheSameLanguagesForANotice() {
        JsonNode reach = http().get("/api/reach/notices/" + MarchFixture.NOTICE, STAFF).json();
        JsonNode matrix = http().get("/api/dashboard/matrix?columns=language&from=" + MarchFixture.FROM + "&to=" + MarchFixture.TO,
                STAFF).json();
        List<String> reachedOnTheDashboard = StreamSupport.stream(matrix.get("cells").spliterator(), false)
                .filter(c -> c.get("noticesReached").asLong() > 0).map(c -> c.get("column").asString()).distinct().toList();
        assertThat(codes(reach.get("languages").get("reached"))).containsExactlyInAnyOrderElementsOf(reachedOnTheDashboard);
    }

    @Test
    void theListHoldsEveryPublishedNoticeNewestFirst() {
        JsonNode all = http().get("/api/reach/notices", COMMS).json();
        List<String> ids = StreamSupport.stream(all.spliterator(), false).map(n -> n.get("noticeId").asString()).toList();
        assertThat(ids).containsSubsequence(PARTIAL, MarchFixture.NOTICE);
    }

    @Test
    void anUnknownNoticeIsNotFoundAndRepresentativesCannotRead() {
        assertThat(http().get("/api/reach/notices/no-such-notice", STAFF).status()).isEqualTo(404);
        assertThat(http().get("/api/reach/notices", org.samverkan.platform.test.TestTokens.representative(MarchFixture.O1)).status())
                .isEqualTo(403);
    }

    private static List<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
