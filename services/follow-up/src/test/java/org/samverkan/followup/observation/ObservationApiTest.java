package org.samverkan.followup.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/** Observations over real HTTP, stored in the real store and published on the real topic. */
class ObservationApiTest extends FollowUpIntegrationBase {

    static Map<String, Object> body(String area, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area", area);
        body.put("targetGroups", List.of("older-people"));
        body.put("languages", List.of("so", "ar"));
        body.put("category", "isolation");
        body.put("description", description);
        body.put("severity", "HIGH");
        body.put("observedOn", "2026-11-20");
        return body;
    }

    @Test
    void anAcceptedObservationIsPublishedWithExactlyItsFieldsAndNoPersonData() {
        String org = UUID.randomUUID().toString();
        String token = TestTokens.representative(org);
        Response created = http().post("/api/observations", token, json(body("flemingsberg",
                "Äldre somalisktalande i området har inte fått information om matutdelningen")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.location()).endsWith("/api/observations/" + id);
        assertThat(created.json().get("organizationId").asString()).isEqualTo(org);

        Published event = awaitPublished(ObservationEvents.TOPIC, id, 1).getFirst();
        assertThat(event.type()).isEqualTo("org.samverkan.followup.ObservationReported");
        JsonNode data = event.data();
        assertThat(data.propertyNames()).containsExactly("observationId", "area", "targetGroups", "languages", "category",
                "description", "severity", "observedOn", "organizationId", "reportedAt");
        assertThat(data.get("area").asString()).isEqualTo("flemingsberg");
        assertThat(data.get("targetGroups").toString()).isEqualTo("[\"older-people\"]");
        assertThat(data.get("languages").toString()).isEqualTo("[\"so\",\"ar\"]");
        assertThat(data.get("severity").asString()).isEqualTo("HIGH");
        assertThat(data.get("observedOn").asString()).isEqualTo("2026-11-20");
        assertThat(data.get("organizationId").asString()).isEqualTo(org);
        // Who reported it (token subject) is never part of the event.
        assertThat(event.raw()).doesNotContain("rep-of-", "subject", token.substring(0, 20));
    }

    @Test
    void staffObservationsBelongToNoOrganisation() {
        Response created = http().post("/api/observations", EQUALITY, json(body("visattra", "Otrygghet vid centrum kvällstid")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("organizationId").isNull()).isTrue();
    }

    @Test
    void personalIdentifiersInTheDescriptionAreRefusedAndNothingIsStoredOrPublished() {
        String marker = UUID.randomUUID().toString();
        Map<String, String> cases = Map.of(
                "personnummer", "Mannen (" + marker + ") med personnummer 811218-9876 har ingen mat",
                "telefonnummer", "Ring henne (" + marker + ") på 070-123 45 67",
                "e-postadress", "Kontakta " + marker + " via anna.svensson@example.se");
        cases.forEach((kind, description) -> {
            Response refused = http().post("/api/observations", STAFF, json(body("flemingsberg", description)));
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(errorFields(refused)).containsExactly("description");
            assertThat(refused.json().get("errors").get(0).get("message").asString()).contains(kind);
            assertThat(refused.body()).doesNotContain("811218", "070-123", "anna.svensson");
        });
        assertThat(http().get("/api/observations", STAFF).body()).doesNotContain(marker);
        assertThat(org.samverkan.platform.test.TopicProbe.readAll(ObservationEvents.TOPIC))
                .noneMatch(r -> new String(r.value()).contains(marker));
    }

    @Test
    void unknownCodesAndFutureDatesAreRefusedNamingEachField() {
        Map<String, Object> body = body("atlantis", "Ordinary text");
        body.put("targetGroups", List.of("older-people", "mermaids"));
        body.put("category", "weather");
        body.put("observedOn", LocalDate.now().plusDays(3).toString());
        Response refused = http().post("/api/observations", STAFF, json(body));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("area", "targetGroups[1]", "category", "observedOn");
    }

    @Test
    void missingAndMalformedFieldsAreBadRequestsNamingTheField() {
        Map<String, Object> body = body("flemingsberg", " ");
        Response blank = http().post("/api/observations", STAFF, json(body));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(errorFields(blank)).containsExactly("description");

        body = body("flemingsberg", "text");
        body.put("severity", "CATASTROPHIC");
        Response badSeverity = http().post("/api/observations", STAFF, json(body));
        assertThat(badSeverity.status()).isEqualTo(400);
        assertThat(errorFields(badSeverity)).containsExactly("severity");
    }

    @Test
    void representativesReadOnlyTheirOwnOrganisationsObservations() {
        String mine = UUID.randomUUID().toString();
        String theirs = UUID.randomUUID().toString();
        String myId = http().post("/api/observations", TestTokens.representative(mine), json(body("trangsund", "Vår iakttagelse")))
                .json().get("id").asString();
        String theirId = http().post("/api/observations", TestTokens.representative(theirs), json(body("trangsund", "Deras")))
                .json().get("id").asString();

        assertThat(http().get("/api/observations/" + theirId, TestTokens.representative(mine)).status()).isEqualTo(403);
        assertThat(http().get("/api/observations/" + myId, TestTokens.representative(mine)).status()).isEqualTo(200);
        List<String> listed = ids(http().get("/api/observations", TestTokens.representative(mine)));
        assertThat(listed).containsExactly(myId);
        assertThat(ids(http().get("/api/observations?area=trangsund", EQUALITY))).contains(myId, theirId);
    }

    @Test
    void observationsCanBeFilteredByAreaCategoryAndDate() {
        Map<String, Object> old = body("stuvsta", "Ekonomisk utsatthet");
        old.put("category", "economic-hardship");
        old.put("observedOn", "2026-03-01");
        String oldId = http().post("/api/observations", STAFF, json(old)).json().get("id").asString();
        Map<String, Object> recent = body("stuvsta", "Ekonomisk utsatthet igen");
        recent.put("category", "economic-hardship");
        recent.put("observedOn", "2026-10-01");
        String recentId = http().post("/api/observations", STAFF, json(recent)).json().get("id").asString();

        String base = "/api/observations?area=stuvsta&category=economic-hardship";
        assertThat(ids(http().get(base, STAFF))).containsExactly(oldId, recentId);
        assertThat(ids(http().get(base + "&from=2026-06-01", STAFF))).containsExactly(recentId);
        assertThat(ids(http().get(base + "&to=2026-06-01", STAFF))).containsExactly(oldId);
        assertThat(ids(http().get(base + "&from=2026-02-01&to=2026-03-01", STAFF))).containsExactly(oldId);
    }

    @Test
    void operatorsAndCommunicationsOfficersCannotUseTheObservationApi() {
        assertThat(http().get("/api/observations", OPERATOR).status()).isEqualTo(403);
        assertThat(http().post("/api/observations", OPERATOR, json(body("flemingsberg", "x"))).status()).isEqualTo(403);
        assertThat(http().post("/api/observations", COMMS, json(body("flemingsberg", "x"))).status()).isEqualTo(403);
    }

    private static List<String> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().map(o -> o.get("id").asString()).toList();
    }
}
