package org.samverkan.inventory.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.inventory.offer.Reservations;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A crash after a commitment's first write leaves only that write (and its event in the outbox); the event
 * finishes the step on the second aggregate. Each test makes only the first write, as a crash would leave it.
 */
class CommitmentStepsTest extends InventoryIntegrationBase {
    private static final Duration WAIT = Duration.ofSeconds(30);
    @Autowired
    Reservations reservations;
    @Autowired
    AggregateStore store;

    @Test
    void aReservationWhoseCommitmentWasNeverSavedBecomesThatCommitment() {
        String org = verifiedOrganization("Stuvsta scoutkår");
        String offer = offer(org, offerBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(),
                Instant.now().plus(1, ChronoUnit.DAYS))).get("id").asString();
        String commitment = UUID.randomUUID().toString();

        reservations.reserve(offer, commitment, need, 2);

        Response made = await().atMost(WAIT).until(() -> http().get("/api/commitments/" + commitment, STAFF), r -> r.status() == 200);
        assertThat(made.json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(made.json().get("needId").asString()).isEqualTo(need);
        assertThat(made.json().get("organizationId").asString()).isEqualTo(org);
        assertThat(made.json().get("quantity").asInt()).isEqualTo(2);
        assertThat(http().get("/api/commitments?needId=" + need, STAFF).json().size()).as("made once").isEqualTo(1);
        assertThat(http().post("/api/commitments/" + commitment + "/acceptance", TestTokens.representative(org), null).status())
                .isEqualTo(200);
    }

    @Test
    void aDeclineWhoseReleaseDidNotHappenIsReleasedFromItsEvent() {
        String org = verifiedOrganization("Snättringe kyrkokör");
        String offer = offer(org, offerBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(),
                Instant.now().plus(1, ChronoUnit.DAYS))).get("id").asString();
        String commitment = propose(need, offer, 3).json().get("id").asString();
        assertThat(remaining(offer)).isEqualTo(7);

        Commitment declined = store.find(Commitment.class, commitment).orElseThrow();
        declined.decline("no drivers", Instant.now());
        store.save(declined);

        await().atMost(WAIT).until(() -> remaining(offer), left -> left == 10);
    }

    @Test
    void aDeliveryTheNeedMissedReachesItFromItsEvent() {
        String org = verifiedOrganization("Glömsta båtklubb");
        String rep = TestTokens.representative(org);
        String offer = offer(org, offerBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("equipment", 10, List.of("sjodalen-fullersta"), List.of(), List.of(),
                Instant.now().plus(1, ChronoUnit.DAYS))).get("id").asString();
        String commitment = propose(need, offer, 4).json().get("id").asString();
        assertThat(http().post("/api/commitments/" + commitment + "/acceptance", rep, null).status()).isEqualTo(200);

        Commitment delivering = store.find(Commitment.class, commitment).orElseThrow();
        delivering.deliver(4, Instant.now());
        store.save(delivering);

        Response needNow = await().atMost(WAIT).until(() -> http().get("/api/needs/" + need, STAFF),
                r -> r.json().get("deliveredQuantity").asInt() == 4);
        assertThat(needNow.json().get("status").asString()).isEqualTo("PARTIALLY_MET");
    }

    private int remaining(String offer) {
        return http().get("/api/offers/" + offer, STAFF).json().get("remainingQuantity").asInt();
    }
}
