package org.samverkan.inventory.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.RuleViolationException;

class OfferQuantityTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private static OfferDetails details(int quantity) {
        return new OfferDetails("transport", "minibus", quantity, "seats", NOW, null, List.of("varby"), List.of(), List.of());
    }

    @Test
    void reservationsNeverTakeMoreThanRemainsAndRepeatingOneChangesNothing() {
        Offer offer = Offer.register("o", "org", details(5), NOW);
        assertThat(offer.reserve("c1", "n1", 3, NOW)).isTrue();
        assertThat(offer.reserve("c1", "n1", 3, NOW)).isFalse();
        assertThatThrownBy(() -> offer.reserve("c2", "n1", 3, NOW)).isInstanceOf(RuleViolationException.class);
        assertThat(offer.view().remainingQuantity()).isEqualTo(2);
        assertThat(offer.release("c1", NOW)).isTrue();
        assertThat(offer.release("c1", NOW)).isFalse();
        assertThat(offer.view().remainingQuantity()).isEqualTo(5);
        assertThat(offer.view().committedQuantity()).isZero();
    }

    @Test
    void theQuantityCannotBeLoweredBelowWhatIsCommitted() {
        Offer offer = Offer.register("o", "org", details(5), NOW);
        offer.reserve("c1", "n1", 4, NOW);
        assertThatThrownBy(() -> offer.update(details(3), NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already committed");
        offer.update(details(4), NOW);
        assertThat(offer.view().remainingQuantity()).isZero();
    }
}
