package org.samverkan.communications.translation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.communications.notice.NoticeText;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.ForbiddenException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The officer's request that organisations translate a notice into one language, and what each of them sent. A
 * translation is kept here as a proposal beside the notice, never written into it: the officer decides whether it
 * becomes the notice's text, so neither a reviewed text nor a published notice is changed by a volunteer.
 */
@Document("translation_requests")
public class TranslationRequest extends AggregateRoot {
    private String noticeId;
    private String language;
    private List<String> areas;
    private Instant neededBy;
    private String requestedBy;
    private Instant requestedAt;
    /** By organisation id, in the order asked. */
    private Map<String, Asked> organizations = new LinkedHashMap<>();

    TranslationRequest() {
    }

    /** @param organizationName as the proposal names its sender, from communications' copy of the registry */
    public record Asked(String organizationName, Status status, Instant submittedAt, NoticeText proposal) {
    }

    public enum Status { REQUESTED, SUBMITTED }

    static TranslationRequest ask(String id, String noticeId, String language, List<String> areas, Map<String, String> names,
                                  Instant neededBy, String requestedBy, Instant now) {
        TranslationRequest r = new TranslationRequest();
        r.id = id;
        r.noticeId = noticeId;
        r.language = language;
        r.areas = List.copyOf(areas);
        r.neededBy = neededBy;
        r.requestedBy = requestedBy;
        r.requestedAt = now;
        names.forEach((org, name) -> r.organizations.put(org, new Asked(name, Status.REQUESTED, null, null)));
        r.raise(new TranslationEvents.TranslationRequested(id, noticeId, language, List.copyOf(names.keySet()), r.areas,
                neededBy, now));
        return r;
    }

    /**
     * One translation per organisation: a second one is refused (409) rather than replacing the first, since the
     * officer may be reviewing it already; a correction is a message to the officer, not a silent change.
     */
    void submit(String organizationId, NoticeText text, Instant now) {
        Asked asked = organizations.get(organizationId);
        if (asked == null) {
            throw new ForbiddenException("Organisation " + organizationId + " was not asked for this translation");
        }
        if (asked.status() == Status.SUBMITTED) {
            throw new ConflictException("Your organisation has already sent a translation for this request; "
                    + "it is waiting for the municipality's review");
        }
        organizations.put(organizationId, new Asked(asked.organizationName(), Status.SUBMITTED, now, text));
        raise(new TranslationEvents.TranslationSubmitted(id, noticeId, language, organizationId, length(text), now));
    }

    private static int length(NoticeText t) {
        return t.headline().length() + t.body().length() + (t.instruction() == null ? 0 : t.instruction().length());
    }

    public String noticeId() {
        return noticeId;
    }

    public String language() {
        return language;
    }

    public Map<String, Asked> organizations() {
        return organizations == null ? Map.of() : Map.copyOf(organizations);
    }

    @Override
    protected String eventTopic() {
        return TranslationEvents.TOPIC;
    }

    TranslationRequestView view() {
        return new TranslationRequestView(id, noticeId, language, neededBy, requestedAt,
                organizations.entrySet().stream().map(e -> TranslationRequestView.Answer.of(e.getKey(), e.getValue())).toList(),
                version);
    }
}
