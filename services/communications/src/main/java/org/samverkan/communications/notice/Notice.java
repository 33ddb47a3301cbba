package org.samverkan.communications.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A public notice and its release workflow. Only published state leaves the service (as events); drafts, the
 * reviewer's identity and the author stay here.
 */
@Document("notices")
public class Notice extends AggregateRoot {
    private NoticeContent content;
    private String counterMessageFor;
    /** Languages a counter-message request asked for; required in addition to the computed ones. */
    private List<String> requestedLanguages = List.of();
    private NoticeStatus status;
    private String author;
    private Review review;
    private List<String> requiredLanguages = List.of();
    private String replacedBy;
    private String cancelReason;
    private Instant publishedAt;
    private Instant changedAt;
    /** The notification id of the current submission's review request: the submit write confirms it (ReviewRequestMail). */
    private String reviewRequest;
    /** Every time a reviewer sent the notice back, with the comment the officer reads; bounded like any document. */
    static final int MAX_SENT_BACK = 50;
    private List<SentBack> sentBack = new java.util.ArrayList<>();

    Notice() {
    }

    static Notice draft(String id, NoticeContent content, String author, String counterMessageFor,
                        List<String> requestedLanguages, Instant now) {
        Notice n = new Notice();
        n.id = id;
        n.content = content;
        n.author = author;
        n.counterMessageFor = counterMessageFor;
        n.requestedLanguages = List.copyOf(requestedLanguages);
        n.status = NoticeStatus.DRAFT;
        n.changedAt = now;
        return n;
    }

    /** Editing after submission sends the notice back to draft: an approval covers exactly the text reviewed. */
    void edit(NoticeContent changed, Instant now) {
        require(status == NoticeStatus.DRAFT || status == NoticeStatus.IN_REVIEW || status == NoticeStatus.APPROVED, "edited");
        content = changed;
        status = NoticeStatus.DRAFT;
        review = null;
        changedAt = now;
    }

    void submit(Instant now, String reviewRequest) {
        requireSubmittable();
        status = NoticeStatus.IN_REVIEW;
        this.reviewRequest = reviewRequest;
        changedAt = now;
    }

    void requireSubmittable() {
        require(status == NoticeStatus.DRAFT, "submitted for review");
    }

    /** The reviewer's "not yet": back to draft, the comment kept on the notice for the officer (and for follow-up). */
    void sendBack(SentBack back) {
        require(status == NoticeStatus.IN_REVIEW, "sent back");
        if (sentBack().size() >= MAX_SENT_BACK) {
            throw new org.samverkan.platform.web.RuleViolationException("comment", "a notice can be sent back at most "
                    + MAX_SENT_BACK + " times; write a new notice");
        }
        sentBack = new java.util.ArrayList<>(sentBack());
        sentBack.add(back);
        status = NoticeStatus.DRAFT;
        review = null;
        changedAt = back.at();
    }

    void approve(Review approval) {
        require(status == NoticeStatus.IN_REVIEW, "approved");
        review = approval;
        status = NoticeStatus.APPROVED;
        changedAt = approval.reviewedAt();
    }

    /** @param required the languages required at this moment; kept, so the published record says what was asked */
    void publish(List<String> required, Instant now) {
        require(status == NoticeStatus.APPROVED, "published (it needs an equality review first)");
        requiredLanguages = List.copyOf(required);
        status = NoticeStatus.PUBLISHED;
        publishedAt = now;
        changedAt = now;
        NoticeView v = view();
        raise(content.replaces() == null ? NoticeEvents.NoticePublished.of(v) : NoticeEvents.NoticeUpdated.of(v));
    }

    void replacedBy(String newer, Instant now) {
        require(status == NoticeStatus.PUBLISHED, "updated");
        replacedBy = newer;
        status = NoticeStatus.UPDATED;
        changedAt = now;
    }

    void cancel(String reason, Instant now) {
        require(status == NoticeStatus.PUBLISHED, "cancelled");
        status = NoticeStatus.CANCELLED;
        cancelReason = reason;
        changedAt = now;
        raise(NoticeEvents.NoticeCancelled.of(view()));
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new ConflictException("Notice " + id + " is " + status + " and cannot be " + what);
        }
    }

    public NoticeContent content() {
        return content;
    }

    public NoticeStatus status() {
        return status;
    }

    public List<String> requestedLanguages() {
        return requestedLanguages == null ? List.of() : requestedLanguages;
    }

    public Review review() {
        return review;
    }

    public String reviewRequest() {
        return reviewRequest;
    }

    public List<SentBack> sentBack() {
        return sentBack == null ? List.of() : sentBack;
    }

    @Override
    protected String eventTopic() {
        return NoticeEvents.TOPIC;
    }

    public NoticeView view() {
        return new NoticeView(id, content, counterMessageFor, requestedLanguages(), status, author, review, requiredLanguages,
                review == null ? Map.of() : Map.copyOf(review.justifications()), replacedBy,
                cancelReason, publishedAt, changedAt, revision, List.copyOf(sentBack()));
    }
}
