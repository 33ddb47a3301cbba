package org.samverkan.inventory.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;

class NeedApiTest extends InventoryIntegrationBase {
    private static final Instant SOON = Instant.now().plus(2, ChronoUnit.DAYS);

    @Test
    void anOrganisationReportsANeedThatStaffConfirmAndLaterClose() {
        String org = verifiedOrganization("Snättringe hembygdsförening");
        String rep = TestTokens.representative(org);
        Response reported = http().post("/api/needs", rep, json(needBody("phone-outreach", 30, List.of("snattringe"),
                List.of("older-people-living-alone"), List.of("sv", "fi"), SOON)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.json().get("status").asString()).isEqualTo("REPORTED");
        assertThat(reported.json().get("reportedBy").asString()).isEqualTo(org);
        String id = reported.json().get("id").asString();

        assertThat(http().post("/api/needs/" + id + "/confirmation", rep, null).status()).isEqualTo(403);
        assertThat(http().post("/api/needs/" + id + "/closure", rep, json(Map.of("reason", "x"))).status()).isEqualTo(403);
        assertThat(http().get("/api/needs/" + id, STAFF).json().get("status").asString()).isEqualTo("REPORTED");

        assertThat(http().post("/api/needs/" + id + "/confirmation", STAFF, null).json().get("status").asString()).isEqualTo("OPEN");
        Response closed = http().post("/api/needs/" + id + "/closure", STAFF, json(Map.of("reason", "covered by the home-care service")));
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(http().post("/api/needs/" + id + "/closure", STAFF, json(Map.of("reason", "again"))).status()).isEqualTo(409);
    }

    @Test
    void aNeedWithUnknownCodesOrNoUrgencyIsRefusedWithTheFieldNamed() {
        Map<String, Object> body = needBody("transport", 2, List.of("varby"), List.of("aliens"), List.of(), SOON);
        Response unknown = http().post("/api/needs", STAFF, json(body));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("targetGroups[0]");
        body.remove("urgency");
        Response missing = http().post("/api/needs", STAFF, json(body));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("urgency");
    }
}
