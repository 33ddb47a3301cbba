package org.samverkan.followup.rumour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.RuleViolationException;

/** The rumour's lifecycle rules on the aggregate alone (no store, no broker). */
class RumourTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private static Rumour reported() {
        return Rumour.report("r1", new RumourRequests.Report(" Ryktet ", "so", "word-of-mouth", List.of("visattra", "visattra"),
                null, true), null, NOW);
    }

    @Test
    void everyLegalPathEndsInAddressedAndNothingLeavesAddressed() {
        for (RumourStatus settled : List.of(RumourStatus.CONFIRMED, RumourStatus.DEBUNKED)) {
            Rumour rumour = reported();
            rumour.changeStatus(RumourStatus.VERIFYING, null, NOW);
            rumour.changeStatus(settled, "källkontroll", NOW);
            rumour.changeStatus(RumourStatus.ADDRESSED, null, NOW);
            assertThat(rumour.view().status()).isEqualTo(RumourStatus.ADDRESSED);
            for (RumourStatus any : RumourStatus.values()) {
                assertThatThrownBy(() -> rumour.changeStatus(any, null, NOW)).isInstanceOf(RuleViolationException.class);
            }
        }
    }

    @Test
    void skippingVerificationIsRefused() {
        Rumour rumour = reported();
        assertThatThrownBy(() -> rumour.changeStatus(RumourStatus.DEBUNKED, null, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("REPORTED cannot become DEBUNKED");
        assertThat(rumour.view().version()).isEqualTo(1);
    }

    @Test
    void aCounterMessageIsRequestedOnceAndOnlyForASettledRumour() {
        Rumour rumour = reported();
        assertThatThrownBy(() -> rumour.requestCounterMessage("s", List.of(), NOW)).isInstanceOf(RuleViolationException.class);
        rumour.changeStatus(RumourStatus.VERIFYING, null, NOW);
        rumour.changeStatus(RumourStatus.CONFIRMED, null, NOW);
        rumour.requestCounterMessage("Vad som gäller", List.of("so"), NOW);
        assertThat(rumour.view().counterMessageNoticeId()).isEqualTo("counter-r1");
        assertThatThrownBy(() -> rumour.requestCounterMessage("igen", List.of(), NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPublishedCounterMessageAddressesTheRumourOnlyOnce() {
        Rumour rumour = reported();
        assertThat(rumour.counterMessagePublished("counter-r1", NOW)).isFalse();
        rumour.changeStatus(RumourStatus.VERIFYING, null, NOW);
        rumour.changeStatus(RumourStatus.DEBUNKED, null, NOW);
        assertThat(rumour.counterMessagePublished("counter-r1", NOW)).isTrue();
        long version = rumour.view().version();
        assertThat(rumour.counterMessagePublished("counter-r1", NOW)).isFalse();
        assertThat(rumour.view().version()).isEqualTo(version);
        assertThat(rumour.view().status()).isEqualTo(RumourStatus.ADDRESSED);
    }

    @Test
    void codesAreStoredWithoutDuplicatesAndTextStripped() {
        RumourView view = reported().view();
        assertThat(view.areas()).containsExactly("visattra");
        assertThat(view.targetGroups()).isEmpty();
        assertThat(view.text()).isEqualTo("Ryktet");
    }
}
