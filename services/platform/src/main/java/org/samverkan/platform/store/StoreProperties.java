package org.samverkan.platform.store;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service behaves while its store is unreachable ({@code samverkan.store.*}). The driver's own defaults (30 s
 * server selection, 10 s heartbeat) made every request hang 30 s; these bound a request to about two seconds.
 *
 * @param serverSelectionTimeout how long an operation waits for a reachable store before it fails
 * @param connectTimeout         how long opening one connection may take
 * @param socketTimeout          how long one answer may take once sent (zero: no limit)
 * @param heartbeat              how often the driver looks whether the store is back
 * @param retryAfter             what a 503 tells clients to wait ({@code Retry-After})
 * @param lastRenderedPaths      public GET pages (Ant patterns) served from their last rendered bytes during an outage
 */
@ConfigurationProperties("samverkan.store")
public record StoreProperties(@DefaultValue("1s") Duration serverSelectionTimeout,
                              @DefaultValue("1s") Duration connectTimeout,
                              @DefaultValue("10s") Duration socketTimeout,
                              @DefaultValue("2s") Duration heartbeat,
                              @DefaultValue("5s") Duration retryAfter,
                              @DefaultValue List<String> lastRenderedPaths) {
}
