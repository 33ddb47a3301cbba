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
import tools.jackson.databind.JsonNode;

/**
 * A representative follows the needs their organisation reported and sees the open needs in its reach. The
 * organisation's reach is the registry's (flemingsberg, Arabic, older people: {@code RegistryRecords.state}).
 */
class OrganizationNeedsTest extends InventoryIntegrationBase {
    // Sooner and more urgent than other tests' needs in the shared store, so this test's needs lead the first page.
    private static final Instant SOONEST = Instant.now().plus(1, ChronoUnit.HOURS);

    @Test
    void aRepresentativeSeesTheNeedsTheirOrganisationReportedWithStatusButNotAnotherOrganisations() {
        String ours = verifiedOrganization("Flemingsbergs arabiska förening");
        String theirs = verifiedOrganization("Skogås träffpunkt");
        String reported = report(ours, "phone-outreach", List.of("flemingsberg"));
        String confirmed = report(ours, "transport", List.of("flemingsberg"));
        http().post("/api/needs/" + confirmed + "/confirmation", STAFF, null);
        String other = report(theirs, "phone-outreach", List.of("skogas"));

        Response mine = http().get("/api/organizations/" + ours + "/reported-needs", TestTokens.representative(ours));
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(statusById(mine.json().get("items"))).containsEntry(reported, "REPORTED").containsEntry(confirmed, "OPEN")
                .doesNotContainKey(other);
        assertThat(mine.json().get("total").asLong()).isEqualTo(2);
        assertThat(mine.json().get("size").asInt()).isEqualTo(20);

        Response firstOnly = http().get("/api/organizations/" + ours + "/reported-needs?size=1", TestTokens.representative(ours));
        assertThat(firstOnly.json().get("items")).hasSize(1);
        assertThat(firstOnly.json().get("items").get(0).get("id").asString()).as("newest change first").isEqualTo(confirmed);
        assertThat(firstOnly.json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aRepresentativeOfAnotherOrganisationIsRefusedBothLists() {
        String ours = verifiedOrganization("Vårby seniorer");
        String theirs = verifiedOrganization("Vårby ungdom");
        report(ours, "phone-outreach", List.of("varby"));
        for (String list : List.of("reported-needs", "matching-needs")) {
            Response refused = http().get("/api/organizations/" + ours + "/" + list, TestTokens.representative(theirs));
            assertThat(refused.status()).as(list).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("phone-outreach");
            assertThat(http().get("/api/organizations/" + ours + "/" + list, STAFF).status()).as(list).isEqualTo(200);
        }
    }

    @Test
    void matchingNeedsAreOnlyOpenNeedsInTheOrganisationsAreasLanguagesAndGroups() {
        String org = verifiedOrganization("Flemingsbergs moské");
        String arabic = raise("interpretation", List.of("flemingsberg"), List.of(), List.of("ar", "so"));
        String olderPeople = raise("phone-outreach", List.of("flemingsberg", "skogas"), List.of("older-people"), List.of());
        String somaliOnly = raise("interpretation", List.of("flemingsberg"), List.of(), List.of("so"));
        String elsewhere = raise("interpretation", List.of("skogas"), List.of(), List.of("ar"));
        String children = raise("phone-outreach", List.of("flemingsberg"), List.of("families-with-children"), List.of());
        String closed = raise("interpretation", List.of("flemingsberg"), List.of(), List.of("ar"));
        http().post("/api/needs/" + closed + "/closure", STAFF, json(Map.of("reason", "covered")));
        String unconfirmed = report(org, "transport", List.of("flemingsberg"));

        Response matching = http().get("/api/organizations/" + org + "/matching-needs?size=200", TestTokens.representative(org));
        assertThat(matching.status()).as(matching.body()).isEqualTo(200);
        JsonNode items = matching.json().get("items");
        assertThat(statusById(items)).containsKeys(arabic, olderPeople)
                .doesNotContainKeys(somaliOnly, elsewhere, children, closed, unconfirmed);
        JsonNode first = items.get(0);
        assertThat(first.has("reportedBy")).as("who reported a need is not another organisation's business").isFalse();
        assertThat(first.has("closeReason")).isFalse();
        assertThat(first.get("outstanding").asInt()).isPositive();

        http().post("/api/needs/" + unconfirmed + "/confirmation", STAFF, null);
        Response afterConfirmation = http().get("/api/organizations/" + org + "/matching-needs?size=200", TestTokens.representative(org));
        assertThat(statusById(afterConfirmation.json().get("items"))).as("confirmed, it is open").containsKey(unconfirmed);
    }

    @Test
    void anOrganisationTheInventoryDoesNotKnowHasNoMatchingNeeds() {
        String unknown = java.util.UUID.randomUUID().toString();
        // Its representative is refused, as for any organisation the inventory has no verified copy of (ADR 0020).
        assertThat(http().get("/api/organizations/" + unknown + "/matching-needs", TestTokens.representative(unknown)).status())
                .isEqualTo(403);
        assertThat(http().get("/api/organizations/" + unknown + "/matching-needs", STAFF).status()).isEqualTo(404);
        Response page = http().get("/api/organizations/" + unknown + "/matching-needs?size=500", STAFF);
        assertThat(page.status()).as("the size is bounded: " + page.body()).isEqualTo(422);
        assertThat(page.body()).contains("size");
    }

    private String report(String organization, String type, List<String> areas) {
        Response created = http().post("/api/needs", TestTokens.representative(organization),
                json(needBody(type, 3, areas, List.of(), List.of(), SOONEST)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String raise(String type, List<String> areas, List<String> groups, List<String> languages) {
        Map<String, Object> body = needBody(type, 5, areas, groups, languages, SOONEST);
        body.put("urgency", "CRITICAL");
        return need(body).get("id").asString();
    }

    private static Map<String, String> statusById(JsonNode items) {
        Map<String, String> byId = new java.util.LinkedHashMap<>();
        items.forEach(n -> byId.put(n.get("id").asString(), n.get("status").asString()));
        return byId;
    }
}
