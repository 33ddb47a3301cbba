package org.samverkan.communications.translation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.samverkan.communications.delivery.AckTokens;
import org.samverkan.communications.inbox.Inbox;
import org.samverkan.communications.languages.LanguageNames;
import org.samverkan.communications.notice.Notice;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notification.NotificationMail;
import org.samverkan.communications.notification.Notifications;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.samverkan.platform.events.MalformedEventException;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * "Can you translate this notice?": one e-mail per organisation asked, to its notice address, with its signed link
 * to the translator's page. Owed from the request's own event ({@code translationMails-in-0}), so a request saved
 * is always mailed, once per organisation however often the event comes (the notification id names both).
 */
@Component
class TranslationRequestMail implements NotificationMail {
    static final String KIND = "translation-requested";
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final AckTokens tokens;
    private final ReferenceData reference;
    private final String baseUrl;

    TranslationRequestMail(AggregateStore store, MongoTemplate mongo, AckTokens tokens, ReferenceData reference,
                     @Value("${samverkan.communications.public-base-url:http://localhost:8083}") String baseUrl) {
        this.store = store;
        this.mongo = mongo;
        this.tokens = tokens;
        this.reference = reference;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The link's subject: what it lets its holder do, distinct from any delivery's notice id. */
    static String subject(String requestId) {
        return "translation-request:" + requestId;
    }

    static String path(String requestId, String organizationId) {
        return "/public/translation-requests/" + UriUtils.encodePathSegment(requestId, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(organizationId, StandardCharsets.UTF_8);
    }

    @EventTypes("org.samverkan.communications.TranslationRequested")
    record Requested(String requestId, List<String> organizationIds) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Consumer {
        @Bean
        TypedEventConsumer translationMails(EventConsumers consumers, Notifications notifications) {
            return consumers.of(EventRouter.<Outcome>create().on(Requested.class, event -> {
                var r = event.data();
                if (r.requestId() == null || r.organizationIds() == null) {
                    throw new MalformedEventException("TranslationRequested " + event.id() + " lacks its request or organisations");
                }
                boolean owed = false;
                for (String org : r.organizationIds()) {
                    owed |= notifications.owe(KIND + ":" + r.requestId() + ":" + org, KIND, r.requestId(),
                            Map.of("organizationId", org), Duration.ZERO);
                }
                return Outcome.appliedIf(owed);
            }).ignoring("org.samverkan.communications.TranslationSubmitted"));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Decision decide(String id, String requestId) {
        return new Skip("no organisation recorded");
    }

    @Override
    public Decision decide(String id, String requestId, Map<String, String> details) {
        TranslationRequest request = store.find(TranslationRequest.class, requestId).orElse(null);
        String org = details.get("organizationId");
        if (request == null || org == null || !request.organizations().containsKey(org)) {
            return new Skip("the request is gone");
        }
        if (request.organizations().get(org).status() == TranslationRequest.Status.SUBMITTED) {
            return new Skip("the organisation has answered already");
        }
        Inbox inbox = mongo.findById(org, Inbox.class);
        if (inbox == null || inbox.email() == null || inbox.email().isBlank()) {
            return new Skip("the organisation has no e-mail notice address");
        }
        Notice notice = store.find(Notice.class, request.noticeId()).orElse(null);
        if (notice == null) {
            return new Skip("the notice is gone");
        }
        NoticeText source = notice.content().texts().get(notice.content().sourceLanguage());
        String headline = source == null || source.headline() == null ? notice.content().incident() : source.headline();
        String language = reference.language(request.language()).map(l -> l.name()).orElse(request.language());
        String inItself = new LanguageNames(reference).own(request.language());
        String link = baseUrl + path(requestId, org) + "?token=" + UriUtils.encodeQueryParam(
                tokens.issue(subject(requestId), org), StandardCharsets.UTF_8);
        return new Send(List.of(inbox.email()), "Kan ni översätta? " + language + ": " + headline + " (translation request)", """
                Hej,

                kommunen behöver meddelandet "%s" på %s (%s) och ber er förening om hjälp.
                Öppna länken, läs texten och skriv översättningen. Ingen inloggning behövs; länken gäller bara er förening
                och bara den här förfrågan. Kommunen granskar texten innan den används.
                %s

                The municipality needs the notice "%s" in %s and asks your organisation for help. Open the link, read the
                text and write the translation; no login is needed. The municipality reviews it before it is used.
                %s
                """.formatted(headline, language, inItself, link, headline, language, link));
    }
}
