package org.samverkan.communications.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Where features record the e-mails they owe; {@link NotificationSweep} sends them. */
@Service
public class Notifications {
    private final MongoTemplate mongo;
    private final Clock clock;

    Notifications(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Records a notification, due after {@code delay}.
     *
     * @return false when one with this id exists already (its cause was seen before): nothing changes
     */
    public boolean owe(String id, String kind, String subject, Duration delay) {
        return owe(id, kind, subject, Map.of(), delay);
    }

    /** As {@link #owe(String, String, String, Duration)}, with what the e-mail needs from the cause. */
    public boolean owe(String id, String kind, String subject, Map<String, String> details, Duration delay) {
        var now = clock.instant();
        try {
            mongo.insert(new Notification(id, kind, subject, Map.copyOf(details), Notification.Status.PENDING, now, now.plus(delay), null, 0, null, null));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
