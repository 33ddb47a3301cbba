package org.samverkan.registry.organization;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.security.HttpAuthorizationCustomizer;
import org.samverkan.platform.web.ForbiddenException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organizations")
@Tag(name = "Organisations", description = "Registration and profile (name, description, reach, contact points)")
class OrganizationController {
    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** Anyone may register an organisation; it stays pending until an administrator verifies it. */
    @Bean
    static HttpAuthorizationCustomizer selfRegistrationIsOpen() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/organizations").permitAll();
    }

    // Open: the description says so (security: []) and the authorisation matrix checks it agrees with the table.
    @SecurityRequirements
    @Operation(summary = "Self-register an organisation (anonymous); it starts PENDING. An administrator then links the "
            + "representative's account to the returned id (org_id claim).")
    @PostMapping
    ResponseEntity<OrganizationView> register(@Valid @RequestBody RegisterOrganization command) {
        OrganizationView created = organizations.register(command).organization();
        return ResponseEntity.created(URI.create("/api/organizations/" + created.id())).body(created);
    }

    @Operation(summary = "Read one organisation: staff any, a representative only their own")
    @GetMapping("/{id}")
    OrganizationView get(@PathVariable String id) {
        CurrentUser user = CurrentUser.get();
        if (!user.isInternal() && !user.represents(id)) {
            throw new ForbiddenException("Representatives can only read their own organisation");
        }
        return organizations.get(id);
    }

    @Operation(summary = "Replace the profile: the organisation's own representative or a registry administrator")
    @PutMapping("/{id}/profile")
    OrganizationView changeProfile(@PathVariable String id, @Valid @RequestBody ChangeProfile change) {
        Access.requireOwnOrAdmin(id);
        return organizations.changeProfile(id, change);
    }
}
