package org.samverkan.communications.delivery;

import java.util.List;

import org.samverkan.communications.notification.NotificationMail;
import org.samverkan.communications.notification.NotificationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * "N organisations were not reached", to the communications officers' mailbox, once per notice and only when its
 * last delivery has ended, so the figure is final. Counts and a link only: error texts may quote addresses.
 */
@Component
class DeliveriesFailedMail implements NotificationMail {
    static final String KIND = "deliveries-failed";
    private final MongoTemplate mongo;
    private final NotificationProperties properties;

    DeliveriesFailedMail(MongoTemplate mongo, NotificationProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    static String id(String noticeId) {
        return KIND + ":" + noticeId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Decision decide(String id, String noticeId) {
        List<Delivery> deliveries = mongo.find(Query.query(Criteria.where("noticeId").is(noticeId)), Delivery.class);
        if (deliveries.stream().anyMatch(d -> d.status() == DeliveryStatus.PENDING)) {
            return new Wait("deliveries still in progress");
        }
        long failed = deliveries.stream().filter(d -> d.status() == DeliveryStatus.FAILED).count();
        if (failed == 0) {
            return new Skip("no delivery ended FAILED");
        }
        String link = properties.portalBaseUrl() + "/notices/" + noticeId + "/deliveries";
        return new Send(properties.officersTo(), "Utskick nådde inte fram: " + failed + " av " + deliveries.size()
                + " organisationer (deliveries failed)", """
                Hej,

                %d av %d organisationer nåddes inte av utskicket. Se vilka och varför, och nå dem på annat sätt:
                %s

                %d of %d organisations were not reached by the notice. See which and why, and reach them another way:
                %s
                """.formatted(failed, deliveries.size(), link, failed, deliveries.size(), link));
    }
}
