package org.samverkan.followup.report;

import java.time.LocalDate;
import java.util.Set;

/** What the report loop needs from the equality dashboard: figures to freeze and who contributed to them. */
interface DashboardSnapshot {
    ReportFigures figures(LocalDate from, LocalDate to);

    Set<String> contributors(LocalDate from, LocalDate to);

    /** Whether the registry's topic has told the dashboard of this organisation. */
    boolean knowsOrganization(String organizationId);
}
