package org.samverkan.followup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ReportView(String id, String title, String summary, LocalDate from, LocalDate to, Instant commentDeadline,
                         ReportStatus status, ReportFigures figures, List<String> sharedWith, List<Comment> comments,
                         String conclusions, Instant draftedAt, Instant sharedAt, Instant publishedAt,
                         boolean openForComments) {
}
