package org.samverkan.registry.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.samverkan.registry.organization.OrganizationService;
import org.samverkan.registry.organization.OrganizationView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.samverkan.platform.screening.NoContactDetails;

/** Registry administrators verify pending organisations, suspend misbehaving ones and reinstate them, with a reason. */
@RestController
@RequestMapping("/api/organizations/{id}")
@PreAuthorize("hasRole('registry-admin')")
@Tag(name = "Verification", description = "Registry administrators only")
class VerificationController {
    private final OrganizationService organizations;

    VerificationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Operation(summary = "PENDING or SUSPENDED → VERIFIED")
    @PostMapping("/verification")
    OrganizationView verify(@PathVariable String id) {
        return organizations.verify(id);
    }

    @Operation(summary = "→ SUSPENDED with a reason about the organisation (published)")
    @PostMapping("/suspension")
    OrganizationView suspend(@PathVariable String id, @Valid @RequestBody Reason suspension) {
        return organizations.suspend(id, suspension.reason());
    }

    @Operation(summary = "SUSPENDED → VERIFIED; the reason goes to the audit trail, the event is OrganizationVerified")
    @PostMapping("/reinstatement")
    OrganizationView reinstate(@PathVariable String id, @Valid @RequestBody Reason reinstatement) {
        return organizations.reinstate(id, reinstatement.reason());
    }

    record Reason(@NotBlank @Size(max = 1000) @NoContactDetails String reason) {
    }
}
