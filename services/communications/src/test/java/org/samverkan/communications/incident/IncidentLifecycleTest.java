package org.samverkan.communications.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.notice.Notices;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;

/** Incidents opened with a name and areas, closed and archived; closing takes them and their notices out of the default lists only. */
class IncidentLifecycleTest extends CommunicationsIntegrationBase {
    private static final String STAFF = TestTokens.role("crisis-staff");

    @Test
    void anOpenedIncidentIsListedUntilClosedAndThenOnlyWhenClosedOnesAreAskedFor() {
        String code = "storm-" + UUID.randomUUID();
        var opened = open(code, "Stormen Ylva");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(codes("/api/incidents")).contains(code);

        assertThat(http().post("/api/incidents/" + code + "/closure", STAFF, null).status()).isEqualTo(200);

        assertThat(codes("/api/incidents")).doesNotContain(code);
        assertThat(codes("/api/incidents?status=CLOSED")).contains(code);
        assertThat(http().post("/api/incidents/" + code + "/archiving", STAFF, null).status()).isEqualTo(200);
        assertThat(codes("/api/incidents?status=CLOSED")).doesNotContain(code);
        assertThat(codes("/api/incidents?status=ARCHIVED&status=CLOSED")).contains(code);
        assertThat(http().get("/api/incidents/" + code, STAFF).json().get("name").asString()).isEqualTo("Stormen Ylva");
    }

    @Test
    void onlyAClosedIncidentIsArchivedAndACodeIsOpenedOnce() {
        String code = "flood-" + UUID.randomUUID();
        open(code, "Översvämning");

        assertThat(http().post("/api/incidents/" + code + "/archiving", STAFF, null).status()).isEqualTo(409);
        assertThat(open(code, "Igen").status()).isEqualTo(409);
        assertThat(http().post("/api/incidents/no-such-incident-" + UUID.randomUUID() + "/closure", STAFF, null).status()).isEqualTo(404);
    }

    @Test
    void anIncidentWithAnUnknownAreaIsRefusedNamingIt() {
        var refused = http().post("/api/incidents", STAFF, """
                {"code": "x-%s", "name": "Namn", "areas": ["flemingsberg", "atlantis"]}""".formatted(UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("areas[1]");
    }

    @Test
    void aCodeNoticesCarryIsListedUnregisteredUntilItIsOpenedAndThenNamed() {
        String code = "Värmebölja " + UUID.randomUUID();
        String notice = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv")).replace("Värmebölja 2026", code));

        assertThat(codes("/api/incidents")).contains(code);
        assertThat(http().get("/api/incidents/" + encode(code), STAFF).json().get("registered").asBoolean()).isFalse();
        assertThat(open(code, "Värmeböljan i juli").status()).isEqualTo(201);

        var row = http().get("/api/notices?incident=" + encode(code), OFFICER).json().get("items").get(0);
        assertThat(row.get("id").asString()).isEqualTo(notice);
        assertThat(row.get("incidentName").asString()).isEqualTo("Värmeböljan i juli");
    }

    @Test
    void aClosedIncidentsNoticesLeaveTheDefaultNoticeListButStay() {
        String code = "fire-" + UUID.randomUUID();
        open(code, "Skogsbrand");
        String notice = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv")).replace("Värmebölja 2026", code));
        assertThat(noticeIds("/api/notices?status=DRAFT")).contains(notice);

        http().post("/api/incidents/" + code + "/closure", STAFF, null);

        assertThat(noticeIds("/api/notices?status=DRAFT")).doesNotContain(notice);
        assertThat(noticeIds("/api/notices?status=DRAFT&closedIncidents=true")).contains(notice);
        assertThat(noticeIds("/api/notices?incident=" + code)).containsExactly(notice);
        assertThat(http().get("/api/notices/" + notice, OFFICER).status()).isEqualTo(200);
    }

    private TestHttp.Response open(String code, String name) {
        return http().post("/api/incidents", STAFF, """
                {"code": "%s", "name": "%s", "areas": ["flemingsberg", "visattra"]}""".formatted(code, name));
    }

    private List<String> codes(String path) {
        return all(path, "code");
    }

    private List<String> noticeIds(String path) {
        return all(path, "id");
    }

    /** Every page of a list, so a shared store's other records never push the one looked for off the first page. */
    private List<String> all(String path, String field) {
        List<String> values = new ArrayList<>();
        for (int page = 0; ; page++) {
            var response = http().get(path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page, OFFICER);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().get("items").forEach(i -> values.add(i.get(field).asString()));
            if ((long) (page + 1) * 200 >= response.json().get("total").asLong()) {
                return values;
            }
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
