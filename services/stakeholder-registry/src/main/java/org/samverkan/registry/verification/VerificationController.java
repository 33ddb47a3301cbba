package org.samverkan.registry.verification;

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

/** Registry administrators verify pending organisations and suspend misbehaving ones, with a reason. */
@RestController
@RequestMapping("/api/organizations/{id}")
@PreAuthorize("hasRole('registry-admin')")
class VerificationController {
    private final OrganizationService organizations;

    VerificationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @PostMapping("/verification")
    OrganizationView verify(@PathVariable String id) {
        return organizations.verify(id);
    }

    @PostMapping("/suspension")
    OrganizationView suspend(@PathVariable String id, @Valid @RequestBody Suspension suspension) {
        return organizations.suspend(id, suspension.reason());
    }

    record Suspension(@NotBlank @Size(max = 1000) String reason) {
    }
}
