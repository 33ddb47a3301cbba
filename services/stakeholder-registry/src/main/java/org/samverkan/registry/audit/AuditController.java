package org.samverkan.registry.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Who changed what and when; registry administrators only")
@PreAuthorize("hasRole('registry-admin')")
class AuditController {
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Audit entries, oldest first, for one organisation, contact person and/or actor; each actor id "
            + "resolved to the person's name while its mapping exists ('erased person' after erasure)")
    @GetMapping("/api/audit")
    List<AuditView> audit(@RequestParam(required = false) String organizationId,
                          @RequestParam(required = false) String contactPersonId,
                          @RequestParam(required = false) String actorId,
                          @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return trail.find(organizationId, contactPersonId, actorId, Math.clamp(limit, 1, 5000));
    }
}
