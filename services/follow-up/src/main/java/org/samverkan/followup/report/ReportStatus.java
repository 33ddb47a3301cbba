package org.samverkan.followup.report;

/** DRAFT (equality lead only) → SHARED (open for comments until the deadline) → PUBLISHED (final, read-only). */
public enum ReportStatus {
    DRAFT, SHARED, PUBLISHED
}
