package org.samverkan.inventory.gaps;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.samverkan.reference.ReferenceData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * People may read the gaps: staff, operators and every representative (organisations should see where nothing covers
 * the need). A machine account (the registry's address forwarder) has no business here.
 */
@Tag(name = "Gaps", description = "Needed vs committed vs available by area × target group × language × resource type")
@RestController
@PreAuthorize(GapController.READERS)
class GapController {
    static final String READERS = "hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead', 'registry-admin', "
            + "'operator', 'representative')";
    private final GapAnalysis analysis;
    private final ReferenceData reference;

    GapController(GapAnalysis analysis, ReferenceData reference) {
        this.analysis = analysis;
        this.reference = reference;
    }

    @Operation(summary = "Every cell, uncovered first, then short, coverable and covered; larger gaps first within each")
    @GetMapping("/api/gaps")
    List<GapCell> gaps() {
        return analysis.cells();
    }

    @Operation(summary = "The same as CSV with an HXL hashtag row, languages as +i_xx columns, for 3W-style sharing")
    @GetMapping(value = "/api/gaps/export.csv", produces = "text/csv")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samverkan-gaps.csv\"")
                .body(HxlCsv.write(analysis.cells(), reference));
    }
}
