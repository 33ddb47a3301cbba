package org.samverkan.bench;

import java.time.Instant;

import org.samverkan.platform.events.EventType;

final class BenchEvents {
    static final String REGISTERED = "org.samverkan.bench.BenchItemRegistered";

    private BenchEvents() {
    }

    /**
     * Copy of the registry's published OrganizationRegistered contract (same fields, same types once serialised),
     * used to measure the platform's typical event size without depending on the registry module.
     */
    @EventType("org.samverkan.registry.OrganizationRegistered")
    record OrganizationRegistered(String organizationId, String name, String kind, String organizationNumber,
                                  String status, Instant registeredAt) {
    }

    /**
     * The bench event: the OrganizationRegistered fields plus the phase it belongs to and the JVM nanoTime taken
     * just before AggregateStore.save (the bench runs producer and consumer in one JVM).
     */
    @EventType(REGISTERED)
    record BenchItemRegistered(String organizationId, String name, String kind, String organizationNumber,
                               String status, Instant registeredAt, long phase, long savedAtNanos) {
    }
}
