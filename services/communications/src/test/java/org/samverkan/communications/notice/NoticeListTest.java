package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.EQUALITY_LEAD;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;

/** The notices overview: each filter narrows, pages neither overlap nor skip, bad filters are refused naming them. */
class NoticeListTest extends CommunicationsIntegrationBase {
    private final String incident = "list-" + UUID.randomUUID();

    @Test
    void filtersByStatusIncidentAreaAndLanguage() {
        String arabic = create(List.of("flemingsberg"), List.of("sv", "ar"));
        String stuvsta = create(List.of("stuvsta"), List.of("sv"));
        String inReview = create(List.of("flemingsberg", "stuvsta"), List.of("sv", "ar"));
        assertThat(http().post("/api/notices/" + inReview + "/submission", OFFICER, null).status()).isEqualTo(200);

        assertThat(ids("")).containsExactlyInAnyOrder(arabic, stuvsta, inReview);
        assertThat(ids("&area=stuvsta")).containsExactlyInAnyOrder(stuvsta, inReview);
        assertThat(ids("&area=stuvsta&area=flemingsberg")).containsExactly(inReview);
        assertThat(ids("&language=ar")).containsExactlyInAnyOrder(arabic, inReview);
        assertThat(ids("&status=IN_REVIEW")).containsExactly(inReview);
        assertThat(ids("&status=DRAFT&status=IN_REVIEW")).hasSize(3);
        assertThat(ids("&status=PUBLISHED")).isEmpty();
    }

    @Test
    void theReviewQueueIsWhatIsInReviewForTheEqualityLead() {
        String waiting = create(List.of("flemingsberg"), List.of("sv"));
        create(List.of("flemingsberg"), List.of("sv"));
        http().post("/api/notices/" + waiting + "/submission", OFFICER, null);

        var queue = http().get("/api/notices?status=IN_REVIEW&incident=" + incident, EQUALITY_LEAD);
        assertThat(queue.status()).isEqualTo(200);
        var row = queue.json().get("items").get(0);
        assertThat(row.get("id").asString()).isEqualTo(waiting);
        assertThat(row.get("headline").asString()).isEqualTo("Rubrik sv");
        assertThat(row.get("incidentName").asString()).as("unregistered incident: its code").isEqualTo(incident);
        assertThat(queue.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void pagesNeitherOverlapNorSkipAndNewestChangedComesFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(List.of("flemingsberg"), List.of("sv")));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var response = http().get("/api/notices?incident=" + incident + "&size=2&page=" + page, OFFICER);
            assertThat(response.json().get("total").asLong()).isEqualTo(5);
            assertThat(response.json().get("size").asInt()).isEqualTo(2);
            response.json().get("items").forEach(n -> seen.add(n.get("id").asString()));
        }
        assertThat(seen).hasSize(5).containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen.getFirst()).isEqualTo(created.getLast());
    }

    @Test
    void unknownCodesAndOutOfBoundPagesAreRefusedNamingTheParameter() {
        var area = http().get("/api/notices?area=flemingsberg&area=atlantis", OFFICER);
        assertThat(area.status()).isEqualTo(422);
        assertThat(errorFields(area)).containsExactly("area[1]");
        var language = http().get("/api/notices?language=xx-nope", OFFICER);
        assertThat(errorFields(language)).containsExactly("language[0]");
        var size = http().get("/api/notices?size=201", OFFICER);
        assertThat(size.status()).as("a size over the bound").isEqualTo(422);
        assertThat(errorFields(size)).contains("size");
        assertThat(http().get("/api/notices?status=SENT", OFFICER).status()).isEqualTo(400);
    }

    @Test
    void onlyStaffSeeTheList() {
        assertThat(http().get("/api/notices", TestTokens.role("representative")).status()).isEqualTo(403);
        assertThat(http().get("/api/notices", null).status()).isEqualTo(401);
    }

    private String create(List<String> areas, List<String> languages) {
        return Notices.create(http(), Notices.draft(areas, languages).replace("Värmebölja 2026", incident));
    }

    private List<String> ids(String filter) {
        TestHttp.Response response = http().get("/api/notices?size=200&incident=" + incident + filter, OFFICER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }
}
