package org.samverkan.registry.organization;

import java.net.URI;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organizations")
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

    @PostMapping
    ResponseEntity<OrganizationView> register(@Valid @RequestBody RegisterOrganization command) {
        OrganizationView created = organizations.register(command);
        return ResponseEntity.created(URI.create("/api/organizations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    OrganizationView get(@PathVariable String id) {
        CurrentUser user = CurrentUser.get();
        if (!user.isStaff() && !user.represents(id)) {
            throw new ForbiddenException("Representatives can only read their own organisation");
        }
        return organizations.get(id);
    }
}
