package org.samverkan.inventory.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class NeedProgressTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void statusFollowsDeliveredQuantity() {
        assertThat(NeedProgress.status(10, 0)).isEqualTo(NeedStatus.OPEN);
        assertThat(NeedProgress.status(10, 4)).isEqualTo(NeedStatus.PARTIALLY_MET);
        assertThat(NeedProgress.status(10, 10)).isEqualTo(NeedStatus.MET);
        assertThat(NeedProgress.status(10, 12)).isEqualTo(NeedStatus.MET);
    }

    @Test
    void recordingTheSameOrAnOlderDeliveryTotalChangesNothing() {
        Need need = Need.create("n", new NeedDetails("transport", "d", 10, "trips", List.of("varby"), null, null,
                Urgency.LOW, NOW), null, NOW);
        assertThat(need.recordDelivery("c1", 4, NOW)).isTrue();
        assertThat(need.recordDelivery("c1", 4, NOW)).isFalse();
        assertThat(need.recordDelivery("c1", 3, NOW)).isFalse();
        assertThat(need.recordDelivery("c2", 6, NOW)).isTrue();
        assertThat(need.view().deliveredQuantity()).isEqualTo(10);
        assertThat(need.view().status()).isEqualTo(NeedStatus.MET);
        assertThat(need.view().outstanding()).isZero();
    }

    @Test
    void aReportedNeedStaysReportedUntilConfirmed() {
        Need need = Need.create("n", new NeedDetails("transport", "d", 2, "trips", List.of("varby"), null, null,
                Urgency.LOW, NOW), "org-1", NOW);
        assertThat(need.view().status()).isEqualTo(NeedStatus.REPORTED);
        need.confirm(NOW);
        assertThat(need.view().status()).isEqualTo(NeedStatus.OPEN);
    }
}
