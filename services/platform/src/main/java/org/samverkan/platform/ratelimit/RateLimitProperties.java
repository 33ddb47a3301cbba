package org.samverkan.platform.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on anonymous writes, per client address.
 *
 * @param paths          the anonymous writes, as {@code METHOD /path} (exact path), e.g. {@code POST /api/things}
 * @param requests       how many each client address may make per window
 * @param window         the window; a refused client is told to retry when its window ends
 * @param maxClients     how many client addresses are remembered at once (the table is bounded too)
 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} is believed; from any other
 *                       caller the header is ignored and the connection's address counts
 */
@ConfigurationProperties("samverkan.rate-limit")
public record RateLimitProperties(@DefaultValue List<String> paths, @DefaultValue("10") int requests,
                                  @DefaultValue("1m") Duration window, @DefaultValue("100000") int maxClients,
                                  @DefaultValue List<String> trustedProxies) {
}
