package org.samverkan.platform.store;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a service's indexes at start without letting a slow or absent store stop the service: the first attempt
 * runs at once; if the store does not answer, the service starts anyway (readiness DOWN, 503 answers meanwhile) and
 * the attempt is repeated in the background, with growing pauses, until it succeeds. Index creation is idempotent,
 * and queries are correct without the indexes, only slower. (The crash test found a service that exited when its
 * index creation on the ready event timed out after a restart.)
 */
public final class IndexesWhenReachable {
    private static final Logger log = LoggerFactory.getLogger(IndexesWhenReachable.class);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private IndexesWhenReachable() {
    }

    /** Runs {@code indexes} now, and again in the background until it succeeds if it fails. */
    public static void create(String owner, Runnable indexes) {
        create(owner, indexes, Duration.ofSeconds(2));
    }

    static Thread create(String owner, Runnable indexes, Duration firstPause) {
        try {
            indexes.run();
            return null;
        } catch (RuntimeException e) {
            log.warn("Indexes of {} not created ({}); the service starts without them and retries in the background",
                    owner, e.getMessage());
        }
        return Thread.ofVirtual().name("indexes-" + owner).start(() -> retry(owner, indexes, firstPause));
    }

    private static void retry(String owner, Runnable indexes, Duration firstPause) {
        Duration pause = firstPause;
        for (int attempt = 2; ; attempt++) {
            try {
                Thread.sleep(pause);
                indexes.run();
                log.info("Indexes of {} created at attempt {}", owner, attempt);
                return;
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException stillFailing) {
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}
