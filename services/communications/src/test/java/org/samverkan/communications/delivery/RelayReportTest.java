package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.RuleViolationException;

/** Relay reports: a report sent again counts once, a delivery holds a bounded number, and totals do not overflow. */
class RelayReportTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Delivery delivery() {
        return Delivery.pending(DeliveryEvents.MessageKind.NOTICE, "n-1", "org-1", List.of("so"), NOW);
    }

    @Test
    void theSameReportSentAgainIsARetryAndAddsNothing() {
        Delivery d = delivery();
        assertThat(d.relayed(new Relay(120, "so", "prayer-gathering", "masmo", null), NOW)).isTrue();
        assertThat(d.relayed(new Relay(120, "so", "prayer-gathering", "masmo", null), NOW)).isFalse();
        assertThat(d.relayed(new Relay(80, "so", "prayer-gathering", "masmo", null), NOW)).isTrue();
        assertThat(d.view().relays()).hasSize(2);
    }

    @Test
    void aClientsReportIdMakesTheRetryOfAnyReportSafe() {
        Delivery d = delivery();
        assertThat(d.relayed(new Relay(5, "so", "sms", "masmo", null, "r-1"), NOW)).isTrue();
        assertThat(d.relayed(new Relay(7, "ar", "sms", "masmo", null, "r-1"), NOW)).isFalse();
        assertThat(d.view().relays()).singleElement().extracting(Relay::people).isEqualTo(5);
    }

    @Test
    void aDeliveryHoldsAtMostAHundredReports() {
        Delivery d = delivery();
        for (int i = 1; i <= Delivery.MAX_RELAYS; i++) {
            d.relayed(new Relay(i, "so", "sms", "masmo", null), NOW);
        }
        assertThatThrownBy(() -> d.relayed(new Relay(1_000, "so", "sms", "masmo", null), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.fields()).extracting(f -> f.field()).containsExactly("relays"));
    }

    @Test
    void peopleReachedAreSummedBeyondTheRangeOfAnInt() {
        Delivery d = delivery();
        for (int i = 0; i < 100; i++) {
            d.relayed(new Relay(1_000_000, "so", "sms", "area-" + i, null), NOW);
        }
        List<DeliveryView> views = java.util.Collections.nCopies(30, d.view());
        assertThat(DeliveryReport.of("n-1", views).byLanguage().get("so").peopleReached()).isEqualTo(3_000_000_000L);
    }
}
