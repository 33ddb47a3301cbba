package org.samverkan.inventory.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;

/** Parallel proposals through real HTTP race for one offer; the offer's versioned single-document write decides. */
class CommitmentConcurrencyTest extends InventoryIntegrationBase {

    @Test
    void eightConcurrentProposalsNeverOverCommitAnOfferOfFive() throws Exception {
        String org = verifiedOrganization("Masmo transportgrupp");
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS);
        String offer = offer(org, offerBody("transport", 5, List.of("masmo"), List.of(), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("transport", 16, List.of("masmo"), List.of(), List.of(), soon)).get("id").asString();

        List<Response> answers = race(8, () -> propose(need, offer, 2));

        List<Response> accepted = answers.stream().filter(r -> r.status() == 201).toList();
        assertThat(accepted).as("two proposals of 2 fit in 5, a third would not").hasSize(2);
        assertThat(answers.stream().filter(r -> r.status() != 201))
                .allSatisfy(r -> {
                    assertThat(r.status()).isIn(409, 422);
                    assertThat(r.isProblem()).isTrue();
                });
        var state = http().get("/api/offers/" + offer, STAFF).json();
        assertThat(state.get("committedQuantity").asInt()).isEqualTo(4);
        assertThat(state.get("remainingQuantity").asInt()).isEqualTo(1);
        assertThat(http().get("/api/commitments?needId=" + need, STAFF).json().size()).isEqualTo(2);

        // The last unit: eight more race for it, exactly one wins and the offer ends at zero, never below.
        List<Response> last = race(8, () -> propose(need, offer, 1));
        assertThat(last.stream().filter(r -> r.status() == 201)).hasSize(1);
        state = http().get("/api/offers/" + offer, STAFF).json();
        assertThat(state.get("committedQuantity").asInt()).isEqualTo(5);
        assertThat(state.get("remainingQuantity").asInt()).isZero();
    }

    private static List<Response> race(int n, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var futures = IntStream.range(0, n).mapToObj(i -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            List<Response> answers = new java.util.ArrayList<>();
            for (var f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
