package org.samverkan.platform.store;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the store answers, as the driver sees it: its monitor, and every failed operation, which marks the server
 * unknown before the failure reaches the caller. Logs one WARN when an outage begins (also at start-up) and one INFO
 * when it ends, however many requests fail in between — never a stack trace.
 */
public final class StoreAvailability implements ClusterListener {
    private static final Logger log = LoggerFactory.getLogger(StoreAvailability.class);
    private final AtomicBoolean reachable = new AtomicBoolean(false);
    private final AtomicBoolean outage = new AtomicBoolean(false);
    private final AtomicLong since = new AtomicLong();

    public boolean reachable() {
        return reachable.get();
    }

    @Override
    public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
        ClusterDescription now = event.getNewDescription();
        if (now.hasWritableServer()) {
            back();
            return;
        }
        reachable.set(false);
        String reason = now.getServerDescriptions().stream().map(ServerDescription::getException)
                .filter(Objects::nonNull).map(StoreAvailability::brief).findFirst().orElse(null);
        // Not yet connected at start-up is no outage; a failed attempt is.
        if (reason != null && outage.compareAndSet(false, true)) {
            since.set(System.nanoTime());
            log.warn("Store unreachable ({}); requests answer 503 and readiness is DOWN until it is back", reason);
        }
    }

    private void back() {
        reachable.set(true);
        if (outage.compareAndSet(true, false)) {
            log.info("Store reachable again after {} s", Duration.ofNanos(System.nanoTime() - since.get()).toSeconds());
        }
    }

    private static String brief(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
