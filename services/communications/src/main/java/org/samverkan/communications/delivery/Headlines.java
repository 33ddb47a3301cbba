package org.samverkan.communications.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.communications.notice.PublishedNotices;
import org.samverkan.communications.situation.SituationUpdateView;
import org.samverkan.communications.situation.SituationUpdates;
import org.springframework.stereotype.Component;

/**
 * Deliveries as views that say in words what was delivered — a notice's headline in its source language, a
 * situation update's title — so the portal never shows a message id where a person expects a name. One query for
 * all the notices of a list.
 */
@Component
class Headlines {
    private final PublishedNotices notices;
    private final SituationUpdates situations;

    Headlines(PublishedNotices notices, SituationUpdates situations) {
        this.notices = notices;
        this.situations = situations;
    }

    DeliveryView view(Delivery delivery) {
        return views(List.of(delivery)).getFirst();
    }

    List<DeliveryView> views(List<Delivery> deliveries) {
        Map<String, String> headlines = new HashMap<>(notices.headlines(deliveries.stream()
                .filter(d -> d.kind() == DeliveryEvents.MessageKind.NOTICE).map(Delivery::noticeId).distinct().toList()));
        deliveries.stream().filter(d -> d.kind() == DeliveryEvents.MessageKind.SITUATION_UPDATE).map(Delivery::noticeId).distinct()
                .forEach(id -> situations.find(id).map(SituationUpdateView::report)
                        .ifPresent(report -> headlines.put(id, report.title())));
        return deliveries.stream().map(d -> d.view(headlines.get(d.noticeId()))).toList();
    }
}
