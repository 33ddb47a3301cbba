package org.samverkan.communications.notice;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.samverkan.communications.languages.LanguageCheck;
import org.samverkan.communications.languages.LanguagePolicy;
import org.samverkan.communications.notification.Notifications;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The release workflow of notices: write, submit, review, publish, update, cancel. */
@Service
public class NoticeService {
    private final AggregateStore store;
    private final NoticeChecks checks;
    private final LanguagePolicy languages;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final Notifications notifications;

    NoticeService(AggregateStore store, NoticeChecks checks, LanguagePolicy languages, Clock clock, MongoTemplate mongo,
                  Notifications notifications) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.store = store;
        this.checks = checks;
        this.languages = languages;
        this.clock = clock;
    }

    public NoticeView draft(NoticeDraft draft, String author, String counterMessageFor, String id, List<String> requestedLanguages) {
        checks.require(draft);
        if (draft.replaces() != null && load(draft.replaces()).status() != NoticeStatus.PUBLISHED) {
            throw new RuleViolationException("replaces", "only a published notice can be updated");
        }
        requireChainKept(draft);
        return store.save(Notice.draft(id == null ? UUID.randomUUID().toString() : id, NoticeContent.of(draft), author,
                counterMessageFor, requestedLanguages, clock.instant())).view();
    }

    /** @param expectedVersion the version the editor saw, or null to save whatever is stored now */
    NoticeView edit(String id, NoticeDraft draft, Long expectedVersion) {
        checks.require(draft);
        Notice notice = load(id);
        if (expectedVersion != null && expectedVersion != notice.getRevision()) {
            throw new ConflictException("Notice " + id + " was changed by someone else (version " + notice.getRevision()
                    + ", your copy is version " + expectedVersion + "); reload it and apply your change again");
        }
        // Which notice a draft updates is fixed when it is made; an edit may not turn an update of a real alert into
        // an exercise (publishing it would take the real alert out of the public list).
        if (!java.util.Objects.equals(draft.replaces(), notice.content().replaces())) {
            throw new RuleViolationException("replaces", "which notice a draft updates is set when the draft is made");
        }
        requireChainKept(draft);
        notice.edit(NoticeContent.of(draft), clock.instant());
        store.save(notice);
        return notice.view();
    }

    /** An exercise never updates a real alert, nor a real alert an exercise: each chain is one or the other. */
    private void requireChainKept(NoticeDraft draft) {
        if (draft.replaces() != null && load(draft.replaces()).content().capStatus() != draft.capStatus()) {
            throw new RuleViolationException("capStatus", "an update keeps the CAP status ("
                    + load(draft.replaces()).content().capStatus() + ") of the notice it replaces");
        }
    }

    /**
     * The review request is recorded first, under an id naming the revision this submission writes; the submit write
     * confirms it. A submission whose write fails leaves a request nothing confirms, and it is never sent.
     */
    NoticeView submit(String id) {
        Notice notice = load(id);
        notice.requireSubmittable();
        String request = ReviewRequestMail.id(id, notice.getRevision() + 1);
        notifications.owe(request, ReviewRequestMail.KIND, id, java.time.Duration.ZERO);
        notice.submit(clock.instant(), request);
        store.save(notice);
        return notice.view();
    }

    NoticeView sendBack(String id, String reviewer, String comment) {
        Notice notice = load(id);
        notice.sendBack(new SentBack(reviewer, clock.instant(), comment.strip()));
        store.save(notice);
        return notice.view();
    }

    NoticeView approve(String id, String reviewer, ReviewRequest request) {
        Review.Checklist c = request.checklist();
        if (!(c.languages() && c.easyRead() && c.accessibleFormats() && c.groupsReached())) {
            throw new RuleViolationException("checklist", "every checklist item must be confirmed before approval");
        }
        Notice notice = load(id);
        notice.approve(new Review(reviewer, clock.instant(), c, request.justifications()));
        store.save(notice);
        return notice.view();
    }

    /** Refused (422, naming each language) while a required language is missing and not justified by the reviewer. */
    NoticeView publish(String id) {
        Notice notice = load(id);
        if (notice.status() == NoticeStatus.IN_REVIEW || notice.status() == NoticeStatus.DRAFT) {
            throw new RuleViolationException("review", "notice " + id + " has no equality lead's approval yet");
        }
        LanguageCheck check = check(notice);
        var justified = notice.review() == null ? java.util.Map.<String, String>of() : notice.review().justifications();
        List<String> unjustified = check.missing().stream().filter(tag -> !justified.containsKey(tag)).toList();
        if (notice.status() == NoticeStatus.APPROVED && !unjustified.isEmpty()) {
            throw new RuleViolationException("Required languages missing without a reviewer's justification: "
                    + String.join(", ", unjustified), unjustified.stream()
                    .map(tag -> new FieldProblem("texts." + tag, "required language " + tag + " is missing")).toList());
        }
        String replaces = notice.content().replaces();
        // Every precondition before the one write: the notice updated must still be current. Marking it UPDATED
        // follows from this write's NoticeUpdated event (NoticeReplacementConsumer), so no failure leaves half a publication.
        if (replaces != null && load(replaces).status() != NoticeStatus.PUBLISHED) {
            throw new ConflictException("Notice " + replaces + " is no longer published (cancelled or already updated); "
                    + "notice " + id + " cannot be published as its update");
        }
        // Until the original is marked UPDATED (from the event), a second update of it would pass the check above
        // and both would stay current: the first published update of a notice is its only one.
        if (replaces != null && mongo.exists(Query.query(Criteria.where("content.replaces").is(replaces)
                .and("status").in(NoticeStatus.PUBLISHED, NoticeStatus.UPDATED, NoticeStatus.CANCELLED).and("_id").ne(id)), Notice.class)) {
            throw new ConflictException("Notice " + replaces + " already has a published update; notice " + id
                    + " cannot be published as another one (update the newer notice instead)");
        }
        notice.publish(List.copyOf(check.required().keySet()), clock.instant());
        return store.save(notice).view();
    }

    NoticeView cancel(String id, String reason) {
        Notice notice = load(id);
        notice.cancel(reason, clock.instant());
        return store.save(notice).view();
    }

    /** A language counts as present only with a headline and a body: a key with a null or blank text is missing. */
    public LanguageCheck check(Notice notice) {
        java.util.Set<String> present = notice.content().texts().entrySet().stream()
                .filter(e -> NoticeService.written(e.getValue())).map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        return languages.check(notice.content().areas(), present, notice.requestedLanguages());
    }

    static boolean written(NoticeText text) {
        return text != null && text.headline() != null && !text.headline().isBlank() && text.body() != null && !text.body().isBlank();
    }

    public Notice load(String id) {
        return store.find(Notice.class, id).orElseThrow(() -> new NotFoundException("No notice " + id));
    }
}
