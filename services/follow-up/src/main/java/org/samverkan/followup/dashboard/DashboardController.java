package org.samverkan.followup.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.samverkan.reference.ReferenceData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Equality dashboard", description = "Area × target group × language over time, built only from events")
@RestController
@PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead')")
class DashboardController {
    private final DashboardQueries queries;
    private final ReferenceData reference;

    DashboardController(DashboardQueries queries, ReferenceData reference) {
        this.queries = queries;
        this.reference = reference;
    }

    @Operation(summary = "Area × target group (columns=targetGroup) or area × language (columns=language) for a period "
            + "(default the last 14 days): state figures at its end, activity within it, and distinct totals per area")
    @GetMapping("/api/dashboard/matrix")
    MatrixView matrix(@RequestParam(defaultValue = "targetGroup") String columns, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to) {
        Columns parsed = QueryParameters.columns(columns);
        var range = QueryParameters.days(from, to, queries.today());
        return queries.matrix(parsed, range.from(), range.to());
    }

    @Operation(summary = "People reported reached (sum of relay reports' people in the period, default the last 14 days) "
            + "per area × language beside the estimated speakers there — area population × language share from the "
            + "reference data, rounded to tens, an estimate — and their share (uncapped; null without an estimate); "
            + "optionally one area, language and/or incident")
    @GetMapping("/api/dashboard/reach-share")
    ReachShareView reachShare(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String area, @RequestParam(required = false) String language,
                              @RequestParam(required = false) String incident) {
        QueryParameters.known(reference, area, null, language);
        var range = QueryParameters.days(from, to, queries.today());
        return queries.reachShare(range.from(), range.to(), area, language, blank(incident) ? null : incident);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Operation(summary = "One slice (optionally an area, a target group and/or a language) per day (default the last 14 "
            + "days) or per month (default the last 12 months)")
    @GetMapping("/api/dashboard/trend")
    TrendView trend(@RequestParam(defaultValue = "DAYS") String period, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String area,
                    @RequestParam(required = false) String targetGroup, @RequestParam(required = false) String language) {
        TrendView.Period parsed = QueryParameters.period(period);
        QueryParameters.known(reference, area, targetGroup, language);
        var range = parsed == TrendView.Period.DAYS ? QueryParameters.days(from, to, queries.today())
                : QueryParameters.months(from, to, queries.today());
        return queries.trend(parsed, range.from(), range.to(), area, targetGroup, language);
    }
}
