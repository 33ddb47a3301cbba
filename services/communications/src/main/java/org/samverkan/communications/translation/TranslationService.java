package org.samverkan.communications.translation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.samverkan.communications.notice.Notice;
import org.samverkan.communications.notice.NoticeService;
import org.samverkan.communications.notice.NoticeStatus;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.OrganizationCopy;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Asking organisations for a notice's missing language, and taking in what their volunteers send. Each is one write
 * of the request (its event through the outbox); the e-mails follow from the request's event (TranslationRequestMail).
 */
@Service
class TranslationService {
    static final Duration DEFAULT_WITHIN = Duration.ofHours(24);
    /** A translation is asked while the notice's text can still change; an update of a published one is a new draft. */
    private static final Set<NoticeStatus> EDITABLE = EnumSet.of(NoticeStatus.DRAFT, NoticeStatus.IN_REVIEW, NoticeStatus.APPROVED);
    private final AggregateStore store;
    private final NoticeService notices;
    private final OrganizationCopies organizations;
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Validator validator;
    private final Clock clock;

    TranslationService(AggregateStore store, NoticeService notices, OrganizationCopies organizations, MongoTemplate mongo,
                       ReferenceData reference, Validator validator, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.organizations = organizations;
        this.mongo = mongo;
        this.reference = reference;
        this.validator = validator;
        this.clock = clock;
    }

    TranslationRequestView request(String noticeId, TranslationAsk ask, String officer) {
        Notice notice = notices.load(noticeId);
        if (!EDITABLE.contains(notice.status())) {
            throw new ConflictException("Notice " + noticeId + " is " + notice.status()
                    + "; its texts no longer change (write an update to add a language)");
        }
        if (!reference.knows(ReferenceData.Kind.LANGUAGE, ask.language())) {
            throw new RuleViolationException("language", "not a language of the reference data: " + ask.language());
        }
        NoticeText present = notice.content().texts().get(ask.language());
        if (present != null && present.headline() != null && !present.headline().isBlank() && present.body() != null
                && !present.body().isBlank()) {
            throw new RuleViolationException("language", "the notice has a text in " + ask.language() + " already");
        }
        var now = clock.instant();
        if (ask.neededBy() != null && !ask.neededBy().isAfter(now)) {
            throw new RuleViolationException("neededBy", "must be in the future");
        }
        Map<String, String> asked = ask.organizationIds().isEmpty() ? interpreters(ask.language()) : named(ask.organizationIds());
        TranslationRequest request = TranslationRequest.ask(requestId(noticeId, notice.getRevision(), ask.language(), asked.keySet()),
                noticeId, ask.language(), notice.content().areas(), asked,
                ask.neededBy() == null ? now.plus(DEFAULT_WITHIN) : ask.neededBy(), officer, now);
        try {
            return store.save(request).view();
        } catch (ConflictException askedAlready) {
            throw new ConflictException("A translation into " + ask.language() + " of this version of the notice has been asked"
                    + " of these organisations already; its answers are listed at GET /api/notices/" + noticeId
                    + "/translation-requests");
        }
    }

    /**
     * The same ask twice (a double click, a retried request) is the same request: its id is made from the notice's
     * version, the language and the organisations asked, so the second one is refused instead of e-mailing everyone
     * twice and raising a second need in the inventory. After an edit of the notice, or of other organisations, it
     * is a new request.
     */
    static String requestId(String noticeId, long noticeRevision, String language, Collection<String> organisations) {
        String key = noticeId + "\n" + noticeRevision + "\n" + language + "\n" + String.join(",", new java.util.TreeSet<>(organisations));
        return UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Every verified organisation with an active offer of interpretation in the language, by name. */
    private Map<String, String> interpreters(String language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : OfferCopies.interpretersOf(mongo, language)) {
            organizations.find(id).filter(o -> "VERIFIED".equals(o.status())).ifPresent(o -> names.put(id, o.name()));
        }
        if (names.isEmpty()) {
            throw new RuleViolationException("language", "no verified organisation offers interpretation in " + language
                    + "; name the organisations to ask (organizationIds)");
        }
        return names;
    }

    private Map<String, String> named(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        int i = 0;
        for (String id : ids) {
            OrganizationCopy org = organizations.find(id).orElse(null);
            if (org == null || !"VERIFIED".equals(org.status())) {
                problems.add(new FieldProblem("organizationIds[" + i + "]", "not a verified organisation: " + id));
            } else {
                names.put(id, org.name());
            }
            i++;
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("Only verified organisations can be asked to translate", problems);
        }
        return names;
    }

    List<TranslationRequestView> of(String noticeId) {
        notices.load(noticeId);
        return mongo.find(Query.query(Criteria.where("noticeId").is(noticeId)).with(Sort.by("requestedAt", "_id")).limit(200),
                TranslationRequest.class).stream().map(TranslationRequest::view).toList();
    }

    /**
     * A volunteer's translation, checked as any notice text is (lengths, no personal identifiers), kept as the
     * organisation's proposal. Retries a lost race with another organisation's submission to the same request.
     */
    TranslationRequestView submit(String requestId, String organizationId, NoticeText text) {
        Set<ConstraintViolation<NoticeText>> violations = validator.validate(text);
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The translation is incomplete", violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList());
        }
        NoticeText clean = new NoticeText(text.headline().strip(), text.body().strip(),
                text.instruction() == null || text.instruction().isBlank() ? null : text.instruction().strip());
        for (int attempt = 0; ; attempt++) {
            TranslationRequest request = load(requestId);
            request.submit(organizationId, clean, clock.instant());
            try {
                return store.save(request).view();
            } catch (ConflictException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }

    TranslationRequest load(String requestId) {
        return store.find(TranslationRequest.class, requestId)
                .orElseThrow(() -> new NotFoundException("No translation request " + requestId));
    }
}
