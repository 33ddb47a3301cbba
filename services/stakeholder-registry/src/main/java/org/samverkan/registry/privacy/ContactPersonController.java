package org.samverkan.registry.privacy;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.registry.organization.Access;
import org.samverkan.registry.organization.OrganizationService;
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
@Tag(name = "Contact persons (GDPR)", description = "Personal data: never in events, audit entries or logs")
class ContactPersonController {
    private final ContactPersons contactPersons;
    private final OrganizationService organizations;

    ContactPersonController(ContactPersons contactPersons, OrganizationService organizations) {
        this.contactPersons = contactPersons;
        this.organizations = organizations;
    }

    @Operation(summary = "Add a contact person with consent: the organisation's representative or an administrator")
    @PostMapping("/api/organizations/{id}/contact-persons")
    ResponseEntity<ContactPerson> add(@PathVariable String id, @Valid @RequestBody NewContactPerson person) {
        Access.requireOwnOrAdmin(id);
        organizations.get(id);
        ContactPerson added = contactPersons.add(id, person);
        return ResponseEntity.created(URI.create("/api/organizations/" + id + "/contact-persons/" + added.id())).body(added);
    }

    @Operation(summary = "The organisation's contact persons who still consent")
    @GetMapping("/api/organizations/{id}/contact-persons")
    List<ContactPerson> list(@PathVariable String id) {
        Access.requireOwnOrAdmin(id);
        return contactPersons.active(id);
    }

    @Operation(summary = "Record that the person withdrew consent; they leave every list and bulk export")
    @PostMapping("/api/organizations/{id}/contact-persons/{personId}/consent-withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String id, @PathVariable String personId) {
        Access.requireOwnOrAdmin(id);
        contactPersons.withdrawConsent(id, personId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Bulk export of every consenting contact person (administrators)")
    @PreAuthorize("hasRole('registry-admin')")
    @GetMapping("/api/contact-persons/export")
    ResponseEntity<List<ContactPerson>> exportAll() {
        return attachment("contact-persons.json", contactPersons.active(null));
    }

    @Operation(summary = "GDPR access request: everything held about one person, as JSON (administrators; audited)")
    @PreAuthorize("hasRole('registry-admin')")
    @GetMapping("/api/contact-persons/{personId}/export")
    ResponseEntity<ContactPerson> export(@PathVariable String personId) {
        return attachment("contact-person-" + personId + ".json", contactPersons.export(personId));
    }

    @Operation(summary = "GDPR erasure: hard delete; the audit entry keeps only the id")
    @PreAuthorize("hasRole('registry-admin')")
    @DeleteMapping("/api/contact-persons/{personId}")
    ResponseEntity<Void> erase(@PathVariable String personId) {
        contactPersons.erase(personId);
        return ResponseEntity.noContent().build();
    }

    private static <T> ResponseEntity<T> attachment(String file, T body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(body);
    }
}
