package org.samverkan.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This relay's rounds that a store failure broke off after they had leased documents. Their leases would otherwise
 * hold the documents until they run out (90 s by default), although the round that took them sends nothing more: a
 * store that is back within seconds would still delay the events by the whole lease. Kept only while such a lease
 * could still be in force.
 */
final class BrokenOffRounds {
    private static final int LIMIT = 1_000;
    private final Map<String, Instant> leasedUntil = new ConcurrentHashMap<>();

    void add(String round, Instant now, Instant leaseEnd) {
        if (leasedUntil.size() >= LIMIT) {
            prune(now);
        }
        if (leasedUntil.size() < LIMIT) {
            leasedUntil.put(round, leaseEnd);
        }
    }

    /** The rounds whose leases may still be in force at {@code now}; an empty list matches no lease. */
    List<String> rounds(Instant now) {
        prune(now);
        return List.copyOf(leasedUntil.keySet());
    }

    private void prune(Instant now) {
        leasedUntil.values().removeIf(until -> until.isBefore(now));
    }
}
