package org.samverkan.followup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * The rights-based report loop (topic {@value #TOPIC}, key = report id). Comments are an organisation's voice: they
 * name the organisation, never the person who wrote them, and free text is screened for personal identifiers.
 * Drafts are internal and raise no event.
 */
public final class ReportEvents {
    public static final String TOPIC = "samverkan.followup.report";

    private ReportEvents() {
    }

    @EventType("org.samverkan.followup.ReportShared")
    public record ReportShared(String reportId, String title, String summary, LocalDate from, LocalDate to,
                               Instant commentDeadline, ReportFigures figures, List<String> sharedWith, Instant sharedAt) {
    }

    @EventType("org.samverkan.followup.ReportCommented")
    public record ReportCommented(String reportId, String commentId, String organizationId, String text,
                                  Instant commentedAt) {
    }

    @EventType("org.samverkan.followup.ReportCommentAnswered")
    public record ReportCommentAnswered(String reportId, String commentId, String organizationId, String answer,
                                        Instant answeredAt) {
    }

    @EventType("org.samverkan.followup.ReportPublished")
    public record ReportPublished(String reportId, String title, String summary, LocalDate from, LocalDate to,
                                  ReportFigures figures, List<Comment> comments, String conclusions,
                                  List<String> sharedWith, Instant publishedAt) {
    }
}
