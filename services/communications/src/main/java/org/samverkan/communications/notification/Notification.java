package org.samverkan.communications.notification;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One e-mail the workflow owes someone, stored before it is sent. The id is chosen by what caused it (a review
 * request's submission, a notice whose deliveries failed, a commitment's proposal), so the cause happening or being
 * consumed twice stores one notification, sent once. Recipients are looked up when sending, never stored in events.
 *
 * @param kind    which {@link NotificationMail} writes it
 * @param subject the id of what it is about (a notice, a commitment)
 * @param details what the cause's event said that the e-mail needs (public facts, never addresses)
 * @param status  PENDING until SENT, or SKIPPED when it no longer applies, or FAILED after its last attempt
 * @param leaseUntil while set and in the future, one sender has claimed it
 */
@Document("notifications")
record Notification(@Id String id, String kind, String subject, Map<String, String> details, Status status, Instant createdAt, Instant dueAt,
                    Instant leaseUntil, int attempts, String lastError, Instant sentAt) {
    enum Status { PENDING, SENT, SKIPPED, FAILED }
}
