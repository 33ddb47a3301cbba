package org.samverkan.followup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A report drafted by an equality lead from the dashboard, shared with the organisations that contributed, commented
 * on by them until the deadline, answered, and published back to them. Comments and answers live in the report's own
 * document, so each step is one single-document write.
 */
@Document("reports")
public class Report extends AggregateRoot {
    private String title;
    private String summary;
    private LocalDate from;
    private LocalDate to;
    private Instant commentDeadline;
    private ReportStatus status;
    private ReportFigures figures;
    private List<String> sharedWith = new ArrayList<>();
    private List<Comment> comments = new ArrayList<>();
    private String conclusions;
    private Instant draftedAt;
    private Instant sharedAt;
    private Instant publishedAt;

    Report() {
    }

    static Report draft(String id, ReportRequests.Draft d, ReportFigures figures, Instant now) {
        Report r = new Report();
        r.id = id;
        r.title = d.title().strip();
        r.summary = d.summary().strip();
        r.from = d.from();
        r.to = d.to();
        r.commentDeadline = d.commentDeadline();
        r.figures = figures;
        r.status = ReportStatus.DRAFT;
        r.draftedAt = now;
        return r;
    }

    /** @param deadline a new comment deadline replacing the draft's, or null to keep it */
    void share(Collection<String> organizations, Instant deadline, Instant now) {
        requireStatus(ReportStatus.DRAFT, "Only a draft can be shared");
        if (deadline != null) {
            if (!deadline.isAfter(now)) {
                throw new RuleViolationException("commentDeadline", "The comment deadline must be in the future");
            }
            commentDeadline = deadline;
        }
        if (!commentDeadline.isAfter(now)) {
            throw new RuleViolationException("commentDeadline", "The comment deadline has passed; set a later one when sharing");
        }
        if (organizations.isEmpty()) {
            throw new RuleViolationException("alsoShareWith", "No organisation contributed in this period; name at least one to share with");
        }
        sharedWith = List.copyOf(new TreeSet<>(organizations));
        status = ReportStatus.SHARED;
        sharedAt = now;
        raise(new ReportEvents.ReportShared(id, title, summary, from, to, commentDeadline, figures, sharedWith, now));
    }

    Comment comment(String commentId, String organizationId, String text, Instant now) {
        // A draft or a report shared with others does not exist for this organisation (as on GET): 404, not 403/409.
        if (!visibleTo(organizationId)) {
            throw new NotFoundException("No report " + id);
        }
        if (!now.isBefore(commentDeadline)) {
            throw new RuleViolationException("commentDeadline", "The deadline for comments (" + commentDeadline + ") has passed");
        }
        requireStatus(ReportStatus.SHARED, "Comments are taken only while the report is shared");
        Comment c = new Comment(commentId, organizationId, text.strip(), now, null);
        comments.add(c);
        raise(new ReportEvents.ReportCommented(id, commentId, organizationId, c.text(), now));
        return c;
    }

    void answer(String commentId, String text, Instant now) {
        // Once published, the report (answers included) is final: ReportPublished has carried it to the organisations.
        requireStatus(ReportStatus.SHARED, "Comments are answered only while the report is shared");
        int i = indexOf(commentId);
        Comment answered = comments.get(i).answered(text.strip(), now);
        comments.set(i, answered);
        raise(new ReportEvents.ReportCommentAnswered(id, commentId, answered.organizationId(), answered.answer().text(), now));
    }

    void publish(String finalConclusions, Instant now) {
        requireStatus(ReportStatus.SHARED, "Only a shared report can be published");
        if (openForComments(now)) {
            throw new RuleViolationException("commentDeadline", "Organisations may comment until " + commentDeadline + "; publish after it");
        }
        conclusions = finalConclusions.strip();
        status = ReportStatus.PUBLISHED;
        publishedAt = now;
        raise(new ReportEvents.ReportPublished(id, title, summary, from, to, figures, List.copyOf(comments), conclusions,
                sharedWith, now));
    }

    boolean openForComments(Instant now) {
        return status == ReportStatus.SHARED && now.isBefore(commentDeadline);
    }

    boolean visibleTo(String organizationId) {
        return status != ReportStatus.DRAFT && sharedWith.contains(organizationId);
    }

    private int indexOf(String commentId) {
        for (int i = 0; i < comments.size(); i++) {
            if (comments.get(i).id().equals(commentId)) {
                return i;
            }
        }
        throw new NotFoundException("No comment " + commentId + " on report " + id);
    }

    private void requireStatus(ReportStatus required, String message) {
        if (status != required) {
            throw new ConflictException(message + " (the report is " + status + ")");
        }
    }

    @Override
    protected String eventTopic() {
        return ReportEvents.TOPIC;
    }

    ReportView view(Instant now) {
        return new ReportView(id, title, summary, from, to, commentDeadline, status, figures, sharedWith,
                List.copyOf(comments), conclusions, draftedAt, sharedAt, publishedAt, openForComments(now));
    }
}
