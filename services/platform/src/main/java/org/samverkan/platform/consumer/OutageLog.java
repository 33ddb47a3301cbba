package org.samverkan.platform.consumer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One WARN per binding and outage, not one per retry: at most one per {@link #QUIET} while failures continue. */
final class OutageLog {
    static final Duration QUIET = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(OutageLog.class);
    private final Map<String, Long> lastWarned = new ConcurrentHashMap<>();

    void waiting(String destination, Throwable failure) {
        long now = System.nanoTime();
        Long last = lastWarned.get(destination);
        if (last == null || now - last > QUIET.toNanos()) {
            lastWarned.put(destination, now);
            log.warn("Consumer of {} waits for its infrastructure and retries without dead-lettering: {}", destination, failure.toString());
        }
    }
}
