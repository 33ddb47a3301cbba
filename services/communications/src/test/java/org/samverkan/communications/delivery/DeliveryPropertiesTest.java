package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DeliveryPropertiesTest {
    @Test
    void aLeaseThatCouldEndWhileItsSendsStillRunIsRefusedAtStartUp() {
        // 50 per channel on a pool of 2 at 10 s each: the last one has been sent after 250 s, recorded after 260 s.
        assertThatThrownBy(() -> new DeliveryProperties(null, null, null, 50, Duration.ofSeconds(10), Map.of("email", 2),
                Duration.ofSeconds(259))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease must be at least PT4M20S");

        assertThat(new DeliveryProperties(null, null, null, 50, Duration.ofSeconds(10), Map.of("email", 2), Duration.ofSeconds(260))
                .lease()).isEqualTo(Duration.ofSeconds(260));
    }

    @Test
    void anUnsetLeaseIsTwiceTheLeastThatCoversARound() {
        DeliveryProperties defaults = new DeliveryProperties(null, null, null, null, null, null, null);

        assertThat(defaults.minimumLease()).isEqualTo(Duration.ofSeconds(10).multipliedBy(50 / 4 + 1 + 1));
        assertThat(defaults.lease()).isEqualTo(defaults.minimumLease().multipliedBy(2));
        assertThat(defaults.poolSize("sms")).isEqualTo(4);
    }
}
