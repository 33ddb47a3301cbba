package org.samverkan.communications.delivery;

import java.util.Map;
import java.util.Optional;

import org.samverkan.communications.notice.NoticeView;
import org.samverkan.communications.notice.PublishedNotices;
import org.samverkan.communications.situation.SituationUpdateView;
import org.samverkan.communications.situation.SituationUpdates;
import org.samverkan.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The message of one delivery: its notice or situation update, and the signed link to acknowledge and report relays. */
@Component
class DeliveryMessages {
    private final PublishedNotices notices;
    private final SituationUpdates situations;
    private final AckTokens tokens;
    private final String baseUrl;
    private final DeliveryMessage.Setting setting;

    /**
     * @param baseUrl       this service as the public reaches it: the signed link is answered here
     * @param portalBaseUrl the portal as the public reaches it: the pages an intermediary forwards to residents
     */
    DeliveryMessages(PublishedNotices notices, SituationUpdates situations, AckTokens tokens, ReferenceData reference,
                     @Value("${samverkan.communications.public-base-url:http://localhost:8083}") String baseUrl,
                     @Value("${samverkan.communications.portal-public-base-url:http://localhost:8080}") String portalBaseUrl) {
        this.notices = notices;
        this.situations = situations;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.setting = new DeliveryMessage.Setting(reference, portalBaseUrl);
    }

    /**
     * Empty if what it delivers is not (or no longer) published; throws {@link DeliveryMessage.Unrenderable} or any
     * other exception if it cannot be made. {@code sources} keeps what was looked up, for the other deliveries of a sweep.
     */
    Optional<DeliveryMessage> of(Delivery delivery, Map<String, Optional<?>> sources) {
        Optional<?> source = sources.computeIfAbsent(delivery.noticeId(), id ->
                delivery.kind() == DeliveryEvents.MessageKind.SITUATION_UPDATE ? situations.find(id) : notices.find(id));
        String link = baseUrl + "/public/notices/" + delivery.noticeId() + "/deliveries/" + delivery.organizationId()
                + "?token=" + tokens.issue(delivery.noticeId(), delivery.organizationId());
        return source.map(s -> s instanceof NoticeView n ? DeliveryMessage.of(n, delivery.languages(), link, setting)
                : DeliveryMessage.of((SituationUpdateView) s, link));
    }
}
