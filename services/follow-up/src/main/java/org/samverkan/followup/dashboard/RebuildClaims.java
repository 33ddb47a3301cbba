package org.samverkan.followup.dashboard;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.samverkan.platform.lease.Leases;
import org.samverkan.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One dashboard rebuild at a time across instances, claimed with a platform lease that the rebuild renews every third
 * of its length while it runs: a live rebuild of any length keeps its claim, and a crashed one's claim runs out by
 * itself instead of blocking every later rebuild until someone clears it by hand.
 */
@Component
class RebuildClaims {
    static final String LEASE = "dashboard-rebuild";
    private static final Logger log = LoggerFactory.getLogger(RebuildClaims.class);
    private final Leases leases;
    private final Duration length;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "dashboard-rebuild-lease");
        thread.setDaemon(true);
        return thread;
    });

    RebuildClaims(Leases leases, @Value("${samverkan.dashboard.rebuild-lease:60s}") Duration length) {
        this.leases = leases;
        this.length = length;
    }

    /** @param lost run if the claim is lost to another owner (this one looked dead to it) */
    Held claim(Runnable lost) {
        Leases.Claim claim = leases.claim(LEASE, length);
        if (claim == null) {
            throw new ConflictException("A dashboard rebuild is already running");
        }
        long every = Math.max(1, length.toMillis() / 3);
        Held held = new Held(claim);
        held.renewal = renewer.scheduleAtFixedRate(() -> held.renew(lost), every, every, TimeUnit.MILLISECONDS);
        return held;
    }

    @PreDestroy
    void close() {
        renewer.shutdownNow();
    }

    final class Held implements AutoCloseable {
        private final Leases.Claim claim;
        private volatile ScheduledFuture<?> renewal;

        private Held(Leases.Claim claim) {
            this.claim = claim;
        }

        private void renew(Runnable lost) {
            try {
                if (!leases.renew(claim, length)) {
                    log.warn("The dashboard rebuild lost its claim to another instance; it stops");
                    renewal.cancel(false);
                    lost.run();
                }
            } catch (RuntimeException e) {
                // The store is away: keep trying; the lease still runs for a while.
                log.warn("Could not renew the dashboard rebuild's claim: {}", e.toString());
            }
        }

        @Override
        public void close() {
            if (renewal != null) {
                renewal.cancel(false);
            }
            // A rebuild stopped by an interrupt still gives its claim back: the store call must not see the interrupt.
            boolean interrupted = Thread.interrupted();
            try {
                leases.release(claim);
            } catch (RuntimeException e) {
                log.warn("Could not give the dashboard rebuild's claim back; it runs out by itself: {}", e.toString());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
