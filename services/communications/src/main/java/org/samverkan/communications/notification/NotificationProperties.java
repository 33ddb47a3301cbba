package org.samverkan.communications.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the workflow's e-mails go to and how they are sent ({@code samverkan.communications.notifications.*}). Until
 * staff accounts carry addresses, review requests and failure reports go to configured shared mailboxes.
 *
 * @param reviewTo      the equality leads' mailbox(es): review requests
 * @param officersTo    the communications officers' mailbox(es): deliveries that ended FAILED
 * @param portalBaseUrl the portal as staff open it, for links to a notice
 * @param maxAttempts   attempts before a notification is FAILED (logged, by id only)
 * @param retryInterval pause before the next attempt (and before looking again at one that waits), times attempts
 * @param lease         how long a claimed notification is one sender's; a crash resends it after that (at least once)
 */
@ConfigurationProperties("samverkan.communications.notifications")
public record NotificationProperties(List<String> reviewTo, List<String> officersTo, String portalBaseUrl,
                                     Integer maxAttempts, Duration retryInterval, Duration lease) {
    public NotificationProperties {
        reviewTo = reviewTo == null ? List.of() : List.copyOf(reviewTo);
        officersTo = officersTo == null ? List.of() : List.copyOf(officersTo);
        portalBaseUrl = portalBaseUrl == null ? "" : portalBaseUrl.replaceAll("/+$", "");
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryInterval = retryInterval == null ? Duration.ofSeconds(30) : retryInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
    }
}
