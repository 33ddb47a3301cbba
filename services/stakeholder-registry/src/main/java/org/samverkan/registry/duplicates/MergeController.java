package org.samverkan.registry.duplicates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.registry.audit.AuditTrail;
import org.samverkan.registry.organization.OrganizationService;
import org.samverkan.registry.organization.OrganizationView;
import org.samverkan.registry.privacy.ContactPersons;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.samverkan.platform.screening.Code;

/** Administrators resolve duplicates: merge two records into one, or dismiss a flag. */
@RestController
@PreAuthorize("hasRole('registry-admin')")
@Tag(name = "Duplicates", description = "Merge duplicates or dismiss similar-name flags; registry administrators only")
class MergeController {
    private final OrganizationService organizations;
    private final ContactPersons contactPersons;
    private final SimilarNames similarNames;
    private final AuditTrail audit;

    MergeController(OrganizationService organizations, ContactPersons contactPersons, SimilarNames similarNames, AuditTrail audit) {
        this.organizations = organizations;
        this.contactPersons = contactPersons;
        this.similarNames = similarNames;
        this.audit = audit;
    }

    record Merge(@NotBlank @Code String mergedId) {
    }

    @Operation(summary = "Merge mergedId into this organisation: union of reach and contact points, contact persons move over, "
            + "the other record becomes MERGED (OrganizationMerged) and this one publishes OrganizationProfileChanged")
    @PostMapping("/api/organizations/{id}/merge")
    OrganizationView merge(@PathVariable String id, @Valid @RequestBody Merge merge) {
        OrganizationView survivor = organizations.merge(id, merge.mergedId());
        contactPersons.move(merge.mergedId(), id);
        similarNames.closePair(id, merge.mergedId());
        return survivor;
    }

    @Operation(summary = "Dismiss a similar-name flag: the two are different organisations")
    @PostMapping("/api/duplicate-flags/{flagId}/dismissal")
    ResponseEntity<Void> dismiss(@PathVariable String flagId) {
        DuplicateFlag flag = similarNames.find(flagId).orElseThrow(() -> new NotFoundException("No duplicate flag " + flagId));
        // The entry first, under an id of this flagging, so a retry after a failure writes it once and then closes.
        audit.appendOnce(audit.entry("dismissed:" + flagId + "@" + flag.flaggedAt(), "DUPLICATE_FLAG_DISMISSED",
                flagId.substring(0, flagId.indexOf('~')), null, java.util.Map.of("flag", flagId)));
        similarNames.close(flagId);
        return ResponseEntity.noContent().build();
    }
}
