package org.samverkan.registry.representatives;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.registry.organization.Access;
import org.samverkan.registry.organization.OrganizationService;
import org.samverkan.registry.organization.OrganizationStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Representatives", description = "Who signs in for an organisation. Personal data: registry and identity provider only")
class RepresentativeController {
    private final Representatives representatives;
    private final OrganizationService organizations;

    RepresentativeController(Representatives representatives, OrganizationService organizations) {
        this.representatives = representatives;
        this.organizations = organizations;
    }

    @Operation(summary = "Invite a representative of a verified organisation: its representatives or an administrator. "
            + "Creates or finds the account, adds the organisation to its org_ids, sends the set-password e-mail; "
            + "repeating it sends the e-mail again. 503 while the identity provider is unavailable (safe to repeat).")
    @PostMapping("/api/organizations/{id}/representatives")
    ResponseEntity<Representative.View> invite(@PathVariable String id, @Valid @RequestBody Invitation invitation) {
        Access.requireOwnOrAdmin(id);
        if (organizations.get(id).status() != OrganizationStatus.VERIFIED) {
            throw new ConflictException("Organisation " + id + " is not verified; representatives are invited once it is");
        }
        Representative invited = representatives.invite(id, invitation.email(), true);
        return ResponseEntity.created(URI.create("/api/organizations/" + id + "/representatives/" + invited.id()))
                .body(invited.view());
    }

    @Operation(summary = "The organisation's representatives: its representatives or an administrator")
    @GetMapping("/api/organizations/{id}/representatives")
    List<Representative.View> list(@PathVariable String id) {
        Access.requireOwnOrAdmin(id);
        return representatives.of(id).stream().map(Representative::view).toList();
    }

    @Operation(summary = "Remove a representative: the organisation leaves the account's org_ids and its sessions end")
    @DeleteMapping("/api/organizations/{id}/representatives/{representativeId}")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String representativeId) {
        Access.requireOwnOrAdmin(id);
        representatives.remove(representatives.of(id, representativeId), "REPRESENTATIVE_REMOVED");
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "GDPR access request: what the registry holds about one representative (administrators; audited)")
    @PreAuthorize("hasRole('registry-admin')")
    @GetMapping("/api/representatives/{representativeId}/export")
    ResponseEntity<Representative> export(@PathVariable String representativeId) {
        return attachment("representative-" + representativeId + ".json", representatives.export(representativeId));
    }

    @Operation(summary = "GDPR erasure: the record is deleted, and the account too when it represents nothing else")
    @PreAuthorize("hasRole('registry-admin')")
    @DeleteMapping("/api/representatives/{representativeId}")
    ResponseEntity<Void> erase(@PathVariable String representativeId) {
        representatives.erase(representativeId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "GDPR access request: the applicant's e-mail while not yet invited (administrators)")
    @PreAuthorize("hasRole('registry-admin')")
    @GetMapping("/api/organizations/{id}/applicant/export")
    ResponseEntity<Map<String, String>> exportApplicant(@PathVariable String id) {
        String email = organizations.applicant(id).orElseThrow(() -> new NotFoundException("Organisation " + id
                + " holds no applicant's e-mail (none given, already invited, or erased)"));
        return attachment("applicant-" + id + ".json", Map.of("organizationId", id, "applicantEmail", email));
    }

    @Operation(summary = "GDPR erasure of the applicant's e-mail before the invitation (administrators)")
    @PreAuthorize("hasRole('registry-admin')")
    @DeleteMapping("/api/organizations/{id}/applicant")
    ResponseEntity<Void> eraseApplicant(@PathVariable String id) {
        organizations.forgetApplicant(id, "APPLICANT_ERASED");
        return ResponseEntity.noContent().build();
    }

    record Invitation(@NotBlank @Email @Size(max = 254) String email) {
    }

    private static <T> ResponseEntity<T> attachment(String file, T body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(body);
    }
}
