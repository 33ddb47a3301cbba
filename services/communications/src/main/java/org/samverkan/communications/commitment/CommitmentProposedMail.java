package org.samverkan.communications.commitment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.samverkan.communications.inbox.Inbox;
import org.samverkan.communications.notification.NotificationMail;
import org.samverkan.communications.notification.NotificationProperties;
import org.samverkan.reference.ReferenceData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * "You are asked to help": the need, where and by when, to the organisation's notice address (until representatives'
 * accounts carry addresses), with the link to answer in the portal. Waits until the need's copy has arrived; skipped
 * for an organisation with no e-mail notice address.
 */
@Component
class CommitmentProposedMail implements NotificationMail {
    static final String KIND = "commitment-proposed";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
    private final MongoTemplate mongo;
    private final NotificationProperties properties;
    private final ReferenceData reference;

    CommitmentProposedMail(MongoTemplate mongo, NotificationProperties properties, ReferenceData reference) {
        this.mongo = mongo;
        this.properties = properties;
        this.reference = reference;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Decision decide(String id, String commitmentId) {
        return new Skip("no details recorded");
    }

    @Override
    public Decision decide(String id, String commitmentId, Map<String, String> c) {
        Document need = mongo.findById(c.get("needId"), Document.class, CommitmentConsumers.NEEDS);
        if (need == null) {
            return new Wait("the need has not arrived yet");
        }
        Inbox inbox = mongo.findById(c.get("organizationId"), Inbox.class);
        if (inbox == null || inbox.email() == null || inbox.email().isBlank()) {
            return new Skip("the organisation has no e-mail notice address");
        }
        String what = c.get("quantity") + " " + c.get("unit") + " " + c.get("resourceType");
        @SuppressWarnings("unchecked")
        List<String> areas = need.get("areas", List.class);
        String where = areas == null ? "" : areas.stream().map(a -> reference.area(a).map(r -> r.name()).orElse(a))
                .collect(Collectors.joining(", "));
        Object neededBy = need.get("neededBy");
        String when = neededBy instanceof java.util.Date d ? LOCAL.format(d.toInstant())
                : neededBy instanceof Instant i ? LOCAL.format(i) : "så snart som möjligt / as soon as possible";
        String link = properties.portalBaseUrl() + "/organisation/commitments";
        return new Send(List.of(inbox.email()), "Förfrågan om insats: " + what + " (request for help)", """
                Hej,

                kommunen ber er om hjälp med ett behov:
                Vad: %s
                Behov: %s
                Var: %s
                Senast: %s

                Svara (ta emot eller avböj) i portalen:
                %s

                The municipality asks for your help with a need: %s, in %s, by %s. Accept or decline in the portal:
                %s
                """.formatted(what, need.getString("description"), where, when, link, what, where, when, link));
    }
}
