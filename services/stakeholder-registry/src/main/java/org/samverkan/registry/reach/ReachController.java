package org.samverkan.registry.reach;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.samverkan.registry.organization.OrganizationStatus;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reach", description = "Who can reach whom; crisis staff, communications, equality lead, administrators")
@PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead', 'registry-admin')")
class ReachController {
    private final ReachQueries queries;
    private final CoverageMatrix coverage;

    ReachController(ReachQueries queries, CoverageMatrix coverage) {
        this.queries = queries;
        this.coverage = coverage;
    }

    @Operation(summary = "Organisations by area, language, target group, channel kind and status (repeat a parameter: all must match)")
    @GetMapping("/api/reach/organizations")
    ReachQueries.Page organizations(@RequestParam(required = false) List<String> area,
                                    @RequestParam(required = false) List<String> language,
                                    @RequestParam(required = false) List<String> group,
                                    @RequestParam(required = false) List<String> channel,
                                    @RequestParam(required = false) List<OrganizationStatus> status,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                    @RequestParam(defaultValue = "name") String sort,
                                    @RequestParam(defaultValue = "ASC") Sort.Direction direction) {
        return queries.find(new ReachFilter(area, language, group, channel, status), page, size, sort, direction);
    }

    @Operation(summary = "Coverage matrix area × language or area × group: verified organisations, estimated people reached, empty cells")
    @GetMapping("/api/reach/coverage")
    CoverageMatrix.Coverage coverage(@RequestParam(defaultValue = "LANGUAGE") CoverageMatrix.Dimension by) {
        return coverage.compute(by);
    }
}
