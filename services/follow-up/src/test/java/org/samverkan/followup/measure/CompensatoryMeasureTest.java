package org.samverkan.followup.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/** Compensatory measures are recorded, changed and published with their full state; bad input is refused by field. */
class CompensatoryMeasureTest extends FollowUpIntegrationBase {

    static Map<String, Object> body(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pausedService", "Dagverksamhet för äldre");
        body.put("reduction", "PAUSED");
        body.put("areas", List.of("varby", "skogas"));
        body.put("targetGroups", List.of("older-people-living-alone"));
        body.put("compensatingAction", "Telefonkontakt två gånger i veckan och matleverans via föreningar");
        body.put("responsibleUnit", "Socialtjänsten, äldreomsorg");
        body.put("status", status);
        body.put("startsOn", "2026-11-23");
        body.put("endsOn", null);
        return body;
    }

    @Test
    void aMeasureIsRecordedAndChangedAndEachStateIsPublished() {
        Response recorded = http().post("/api/measures", STAFF, json(body("PLANNED")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String id = recorded.json().get("id").asString();

        Map<String, Object> active = body("ACTIVE");
        active.put("reduction", "REDUCED");
        active.put("endsOn", "2027-01-31");
        Response changed = http().send("PUT", "/api/measures/" + id, EQUALITY, json(active), Map.of());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(http().get("/api/measures/" + id, STAFF).json().get("version").asLong()).isEqualTo(2);
        assertThat(http().get("/api/measures?status=ACTIVE", STAFF).json().valueStream().map(m -> m.get("id").asString()))
                .contains(id);

        List<Published> events = awaitPublished(MeasureEvents.TOPIC, id, 2);
        assertThat(events).extracting(Published::type).containsExactly(
                "org.samverkan.followup.CompensatoryMeasureRecorded", "org.samverkan.followup.CompensatoryMeasureChanged");
        assertThat(events.get(0).data().propertyNames()).containsExactly("measureId", "pausedService", "reduction", "areas",
                "targetGroups", "compensatingAction", "responsibleUnit", "status", "startsOn", "endsOn", "recordedAt");
        JsonNode change = events.get(1).data();
        assertThat(change.propertyNames()).containsExactly("measureId", "pausedService", "reduction", "areas",
                "targetGroups", "compensatingAction", "responsibleUnit", "status", "startsOn", "endsOn", "changedAt");
        assertThat(change.get("reduction").asString()).isEqualTo("REDUCED");
        assertThat(change.get("endsOn").asString()).isEqualTo("2027-01-31");
        assertThat(change.get("responsibleUnit").asString()).isEqualTo("Socialtjänsten, äldreomsorg");
    }

    @Test
    void anEndedMeasureIsNotChangedAnyMore() {
        Map<String, Object> ended = body("ENDED");
        ended.put("endsOn", "2026-12-01");
        String id = http().post("/api/measures", STAFF, json(ended)).json().get("id").asString();
        Response refused = http().send("PUT", "/api/measures/" + id, STAFF, json(body("ACTIVE")), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(http().get("/api/measures/" + id, STAFF).json().get("status").asString()).isEqualTo("ENDED");
    }

    @Test
    void aMeasuresStatusOnlyMovesForward() {
        String active = http().post("/api/measures", STAFF, json(body("ACTIVE"))).json().get("id").asString();
        Response backwards = http().send("PUT", "/api/measures/" + active, STAFF, json(body("PLANNED")), Map.of());
        assertThat(backwards.status()).as(backwards.body()).isEqualTo(422);
        assertThat(errorFields(backwards)).containsExactly("status");
        assertThat(http().get("/api/measures/" + active, STAFF).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(http().get("/api/measures/" + active, STAFF).json().get("version").asLong()).isEqualTo(1);

        String planned = http().post("/api/measures", STAFF, json(body("PLANNED"))).json().get("id").asString();
        Map<String, Object> ended = body("ENDED");
        ended.put("endsOn", "2026-12-01");
        Response cancelled = http().send("PUT", "/api/measures/" + planned, STAFF, json(ended), Map.of());
        assertThat(cancelled.status()).as("a planned measure may end without having started").isEqualTo(200);
        assertThat(http().send("PUT", "/api/measures/" + active, STAFF, json(body("ACTIVE")), Map.of()).status())
                .as("changing other details keeps the status").isEqualTo(200);
    }

    @Test
    void badMeasuresAreRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> body = body("ACTIVE");
        body.put("areas", List.of("varby", "atlantis"));
        body.put("targetGroups", List.of("dragons"));
        body.put("endsOn", "2026-11-01");
        Response refused = http().post("/api/measures", STAFF, json(body));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("areas[1]", "targetGroups[0]", "endsOn");
        // Screening runs on the request before the service's own checks, so a phone number is refused on its own.
        Map<String, Object> screened = body("ACTIVE");
        screened.put("responsibleUnit", "Handläggare nås på 08-535 300 00");
        Response withPhone = http().post("/api/measures", STAFF, json(screened));
        assertThat(withPhone.status()).as(withPhone.body()).isEqualTo(422);
        assertThat(errorFields(withPhone)).containsExactly("responsibleUnit");

        Map<String, Object> incomplete = body("ACTIVE");
        incomplete.put("compensatingAction", "");
        incomplete.put("reduction", "HALVED");
        Response bad = http().post("/api/measures", STAFF, json(incomplete));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactly("reduction");

        incomplete.put("reduction", "PAUSED");
        Response blank = http().post("/api/measures", STAFF, json(incomplete));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(errorFields(blank)).containsExactly("compensatingAction");

        Map<String, Object> endless = body("ENDED");
        assertThat(errorFields(http().post("/api/measures", STAFF, json(endless)))).containsExactly("endsOn");
        assertThat(http().send("PUT", "/api/measures/" + UUID.randomUUID(), STAFF, json(body("ACTIVE")), Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void onlyCrisisStaffAndTheEqualityLeadManageMeasures() {
        assertThat(http().post("/api/measures", TestTokens.representative(UUID.randomUUID().toString()), json(body("PLANNED")))
                .status()).isEqualTo(403);
        assertThat(http().get("/api/measures", COMMS).status()).isEqualTo(403);
        assertThat(http().get("/api/measures", OPERATOR).status()).isEqualTo(403);
        assertThat(http().get("/api/measures", EQUALITY).status()).isEqualTo(200);
    }
}
