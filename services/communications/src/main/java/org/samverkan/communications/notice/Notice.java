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

    void submit(Instant now) {
        require(status == NoticeStatus.DRAFT, "submitted for review");
        status = NoticeStatus.IN_REVIEW;
        changedAt = now;
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

    @Override
    protected String eventTopic() {
        return NoticeEvents.TOPIC;
    }

    public NoticeView view() {
        return new NoticeView(id, content, counterMessageFor, requestedLanguages(), status, author, review, requiredLanguages,
                review == null ? Map.of() : Map.copyOf(review.justifications()), replacedBy,
                cancelReason, publishedAt, changedAt, revision);
    }
}
