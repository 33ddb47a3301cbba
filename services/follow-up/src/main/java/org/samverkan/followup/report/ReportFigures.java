package org.samverkan.followup.report;

import java.util.List;

/**
 * The dashboard figures a report is drafted from, frozen at drafting so that everyone comments on the same numbers.
 * Per area: organisations reaching it, capacity available and needs at the end of the period; notices reached,
 * observations and rumours within it.
 */
public record ReportFigures(List<AreaFigures> areas) {
    public record AreaFigures(String area, long organizationsReaching, long capacityAvailable, long needsOpen,
                              long needsMet, long noticesReached, long observations, long rumours) {
    }
}
