package org.samverkan.followup.report;

import java.time.LocalDate;
import java.util.Set;

import org.samverkan.followup.dashboard.DashboardQueries;
import org.springframework.stereotype.Component;

/** Freezes the dashboard's per-area totals for a report's period; contributors are who the dashboard saw act in it. */
@Component
class DashboardFigures implements DashboardSnapshot {
    private final DashboardQueries dashboard;

    DashboardFigures(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public ReportFigures figures(LocalDate from, LocalDate to) {
        return new ReportFigures(dashboard.areaTotals(from, to).stream().map(t -> new ReportFigures.AreaFigures(t.area(),
                t.metrics().organizationsReaching(), t.metrics().capacityAvailable(), t.metrics().needsOpen(),
                t.metrics().needsMet(), t.metrics().noticesReached(), t.metrics().observations(), t.metrics().rumours())).toList());
    }

    @Override
    public Set<String> contributors(LocalDate from, LocalDate to) {
        return dashboard.contributingOrganizations(from, to);
    }

    @Override
    public boolean knowsOrganization(String organizationId) {
        return dashboard.knowsOrganization(organizationId);
    }
}
