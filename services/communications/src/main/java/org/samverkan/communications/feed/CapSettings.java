package org.samverkan.communications.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a CAP alert says about its sender and where it points.
 *
 * @param sender     CAP {@code <sender>}: the municipality's address, unique among alerting authorities
 * @param senderName CAP {@code <senderName>}; blank gives the municipality's name from the reference data
 * @param webBaseUrl where residents read the notice (the portal's public pages), for {@code <web>}
 * @param validity   how long after it is sent an alert stays in force ({@code <expires>}); a longer-lasting situation
 *                   is kept current by publishing an update
 */
@ConfigurationProperties("samverkan.communications.cap")
record CapSettings(String sender, String senderName, String webBaseUrl, Duration validity) {
    CapSettings {
        sender = sender == null || sender.isBlank() ? "samverkan@localhost" : sender;
        webBaseUrl = webBaseUrl == null ? "" : webBaseUrl.replaceAll("/+$", "");
        validity = validity == null ? Duration.ofHours(48) : validity;
    }
}
