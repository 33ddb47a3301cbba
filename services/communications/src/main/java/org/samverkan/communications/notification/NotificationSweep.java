package org.samverkan.communications.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.samverkan.communications.notification.NotificationMail.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.samverkan.platform.screening.ContactRedaction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due notifications: claims one under a lease (so one instance sends it), asks its kind's
 * {@link NotificationMail} what to do, sends, and records the outcome. A crash between the send and the record sends
 * it again after the lease (at least once; the Message-ID makes the copy collapse into the first).
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationSweep {
    private static final Logger log = LoggerFactory.getLogger(NotificationSweep.class);
    private static final int ROUND = 20;
    private final MongoTemplate mongo;
    private final NotificationSender sender;
    private final Map<String, NotificationMail> mails;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationSweep(MongoTemplate mongo, NotificationSender sender, List<NotificationMail> mails,
                      NotificationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.sender = sender;
        this.mails = mails.stream().collect(Collectors.toMap(NotificationMail::kind, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${samverkan.communications.notifications.sweep-interval:2s}")
    void sweep() {
        for (int i = 0; i < ROUND; i++) {
            Notification claimed = claim(clock.instant());
            if (claimed == null) {
                return;
            }
            handle(claimed);
        }
    }

    private Notification claim(Instant now) {
        Query due = Query.query(Criteria.where("status").is(Notification.Status.PENDING).and("dueAt").lte(now)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
        Update lease = new Update().set("leaseUntil", now.plus(properties.lease())).inc("attempts", 1);
        return mongo.findAndModify(due, lease, FindAndModifyOptions.options().returnNew(true), Notification.class);
    }

    private void handle(Notification n) {
        NotificationMail mail = mails.get(n.kind());
        try {
            Decision decision = mail == null ? new NotificationMail.Skip("no writer for kind " + n.kind()) : mail.decide(n.id(), n.subject(), n.details() == null ? Map.of() : n.details());
            switch (decision) {
                case NotificationMail.Send send when send.to().isEmpty() -> finish(n, Notification.Status.SKIPPED, "no recipient configured");
                case NotificationMail.Send send -> {
                    sender.send(n.id(), send.to(), send.subject(), send.body());
                    finish(n, Notification.Status.SENT, null);
                }
                case NotificationMail.Wait waiting -> later(n, waiting.why(), false);
                case NotificationMail.Skip skip -> finish(n, Notification.Status.SKIPPED, skip.why());
            }
        } catch (Exception e) {
            // a refusal may quote the recipient (an inbox can be a person's own address): kept and logged without it
            later(n, e.getClass().getSimpleName() + ": " + ContactRedaction.redact(e.getMessage()), true);
        }
    }

    private void finish(Notification n, Notification.Status status, String why) {
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(n.id())), new Update().set("status", status).set("lastError", why)
                .set("sentAt", status == Notification.Status.SENT ? now : null).unset("leaseUntil"), Notification.class);
        if (status != Notification.Status.SENT) {
            log.info("Notification {} {}: {}", n.id(), status, why);
        }
    }

    /** A wait does not use up attempts; a failed send does, until the last one makes it FAILED. */
    private void later(Notification n, String why, boolean failed) {
        if (failed && n.attempts() >= properties.maxAttempts()) {
            log.error("Notification {} could not be sent after {} attempts: {}", n.id(), n.attempts(), why);
            finish(n, Notification.Status.FAILED, why);
            return;
        }
        Update update = new Update().set("dueAt", clock.instant().plus(properties.retryInterval().multipliedBy(Math.max(1, n.attempts()))))
                .set("lastError", why).unset("leaseUntil");
        if (!failed) {
            update.inc("attempts", -1);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(n.id())), update, Notification.class);
    }
}
