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

    @Operation(summary = "Audit entries, oldest first, for one organisation and/or one contact person")
    @GetMapping("/api/audit")
    List<AuditEntry> audit(@RequestParam(required = false) String organizationId,
                           @RequestParam(required = false) String contactPersonId,
                           @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return trail.find(organizationId, contactPersonId, Math.clamp(limit, 1, 5000));
    }
}
