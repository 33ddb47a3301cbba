package org.samverkan.inventory.matching;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Matching", description = "Ranked, explained offers for a need")
@RestController
class MatchingController {
    private final MatchingService matching;

    MatchingController(MatchingService matching) {
        this.matching = matching;
    }

    @Operation(summary = "Offers that could meet a need, best first, each with a per-criterion explanation (crisis staff)")
    @PreAuthorize("hasRole('crisis-staff')")
    @GetMapping("/api/needs/{id}/matches")
    List<Match> matches(@PathVariable String id, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return matching.match(id, limit);
    }
}
