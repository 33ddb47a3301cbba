package org.samverkan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxPropertiesTest {
    private static OutboxProperties configured(Duration lease, Duration sendTimeout) {
        return new OutboxProperties(null, null, lease, null, sendTimeout, null, null, null);
    }

    @Test
    void theSendTimeoutCoversWhatTheProducerMayStillTakeAndTheLeaseTwiceThat() {
        OutboxProperties bounded = configured(Duration.ofSeconds(60), Duration.ofSeconds(15))
                .boundedBy(Duration.ofSeconds(60), Duration.ofSeconds(120)); // Kafka's own defaults
        assertThat(bounded.sendTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(bounded.lease()).isEqualTo(Duration.ofSeconds(360));
    }

    @Test
    void settingsAlreadyAboveTheProducersBoundStay() {
        OutboxProperties bounded = configured(Duration.ofMinutes(5), Duration.ofSeconds(40))
                .boundedBy(Duration.ofSeconds(10), Duration.ofSeconds(20));
        assertThat(bounded.sendTimeout()).isEqualTo(Duration.ofSeconds(40));
        assertThat(bounded.lease()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theDefaultsMatchThePlatformsProducerSettings() {
        OutboxProperties defaults = configured(null, null);
        assertThat(defaults.sendTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.lease()).isEqualTo(Duration.ofSeconds(90));
        assertThat(defaults.quarantineAfter()).isEqualTo(3);
        assertThat(defaults.boundedBy(Duration.ofSeconds(10), Duration.ofSeconds(20))).isEqualTo(defaults);
    }

    @Test
    void aLeaseShorterThanTwoSendsIsRefused() {
        assertThatThrownBy(() -> configured(Duration.ofSeconds(20), Duration.ofSeconds(15)))
                .hasMessageContaining("samverkan.outbox.lease");
    }
}
