package org.samverkan.platform.store;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness follows the store without a round trip of its own: DOWN as soon as the driver loses it, UP again when
 * its monitor finds it back, so traffic goes elsewhere meanwhile and returns by itself.
 */
final class StoreHealthIndicator implements HealthIndicator {
    private final StoreAvailability availability;

    StoreHealthIndicator(StoreAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        return availability.reachable() ? Health.up().build() : Health.down().build();
    }
}
