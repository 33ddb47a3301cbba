package org.samverkan.inventory.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.inventory.offer.Reservations;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The states a crash between two single-document writes can leave, and the repair that finishes the work. */
class CommitmentRepairTest extends InventoryIntegrationBase {
    @Autowired
    Reservations reservations;
    @Autowired
    MongoTemplate mongo;

    @Test
    void repairReleasesOrphanedAndDeclinedReservationsAndRecordsMissedDeliveriesOnce() {
        String org = verifiedOrganization("Sjödalens samfällighet");
        String rep = TestTokens.representative(org);
        String offer = offer(org, offerBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(),
                Instant.now().plus(1, ChronoUnit.DAYS))).get("id").asString();
        // Crash after the reservation, before the commitment was saved:
        reservations.reserve(offer, UUID.randomUUID().toString(), 2);
        // Crash after a decline, before the release:
        String declined = propose(need, offer, 3).json().get("id").asString();
        http().post("/api/commitments/" + declined + "/decline", rep, null);
        reservations.reserve(offer, declined, 3);
        // Crash after a delivery, before the need was updated (the need's delivery is rolled back by hand):
        String delivered = propose(need, offer, 4).json().get("id").asString();
        http().post("/api/commitments/" + delivered + "/acceptance", rep, null);
        http().post("/api/commitments/" + delivered + "/deliveries", rep, json(Map.of("quantity", 4)));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(need)),
                new Update().set("deliveries", Map.of()).set("delivered", 0).set("status", "OPEN"), "needs");
        assertThat(offerState(offer).get("remainingQuantity").asInt()).isEqualTo(10 - 2 - 3 - 4);

        assertThat(http().post("/api/commitments/repair", rep, null).status()).isEqualTo(403);
        Response repaired = http().post("/api/commitments/repair", TestTokens.role("operator"), null);
        assertThat(repaired.status()).as(repaired.body()).isEqualTo(200);
        assertThat(repaired.json().get("orphanedReservationsReleased").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(repaired.json().get("declinedReservationsReleased").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(offerState(offer).get("remainingQuantity").asInt()).as("only the live commitment holds quantity").isEqualTo(6);
        JsonNode needNow = http().get("/api/needs/" + need, STAFF).json();
        assertThat(needNow.get("deliveredQuantity").asInt()).isEqualTo(4);
        assertThat(needNow.get("status").asString()).isEqualTo("PARTIALLY_MET");

        http().post("/api/commitments/repair", STAFF, null);
        assertThat(offerState(offer).get("remainingQuantity").asInt()).as("repeating the repair changes nothing").isEqualTo(6);
        assertThat(http().get("/api/needs/" + need, STAFF).json().get("deliveredQuantity").asInt()).isEqualTo(4);
    }

    private JsonNode offerState(String offer) {
        return http().get("/api/offers/" + offer, STAFF).json();
    }
}
