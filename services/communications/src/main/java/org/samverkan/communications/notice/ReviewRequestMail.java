package org.samverkan.communications.notice;

import org.samverkan.communications.notification.NotificationMail;
import org.samverkan.communications.notification.NotificationProperties;
import org.samverkan.platform.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/**
 * "A notice waits for your review", to the equality leads' mailbox, with the link to it in the portal. Sent only
 * once the submit write has confirmed it, and not at all if the notice has left review by then.
 */
@Component
class ReviewRequestMail implements NotificationMail {
    static final String KIND = "review-requested";
    private final AggregateStore store;
    private final NotificationProperties properties;

    ReviewRequestMail(AggregateStore store, NotificationProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** One request per submission: the submission is the notice's write at {@code revision}. */
    static String id(String noticeId, long revision) {
        return KIND + ":" + noticeId + ":" + revision;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Decision decide(String id, String noticeId) {
        Notice notice = store.find(Notice.class, noticeId).orElse(null);
        if (notice == null) {
            return new Skip("the notice is gone");
        }
        if (!id.equals(notice.reviewRequest())) {
            long submittedAt = Long.parseLong(id.substring(id.lastIndexOf(':') + 1));
            return notice.getRevision() < submittedAt ? new Wait("the submission is not saved yet")
                    : new Skip("the submission was not saved");
        }
        if (notice.status() != NoticeStatus.IN_REVIEW) {
            return new Skip("the notice was reviewed already");
        }
        String link = properties.portalBaseUrl() + "/notices/" + noticeId;
        String headline = headline(notice);
        return new Send(properties.reviewTo(), "Granskning väntar: " + headline + " (review requested)", """
                Hej,

                ett meddelande väntar på jämlikhetsgranskning: "%s".
                Granska det, godkänn det eller skicka tillbaka det med en kommentar:
                %s

                A notice is waiting for your equality review: "%s".
                Review it, approve it or send it back with a comment:
                %s
                """.formatted(headline, link, headline, link));
    }

    private static String headline(Notice notice) {
        NoticeText text = notice.content().texts().get(notice.content().sourceLanguage());
        return text == null || text.headline() == null ? notice.content().incident() : text.headline();
    }
}
