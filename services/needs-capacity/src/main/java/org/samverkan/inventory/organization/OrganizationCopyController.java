package org.samverkan.inventory.organization;

import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the inventory knows of an organisation from the registry's events. */
@RestController
@RequestMapping("/api/organizations")
class OrganizationCopyController {
    private final OrganizationCopies copies;

    OrganizationCopyController(OrganizationCopies copies) {
        this.copies = copies;
    }

    @GetMapping("/{id}")
    OrganizationStanding get(@PathVariable String id) {
        CurrentUser user = CurrentUser.get();
        if (!user.isInternal() && !user.represents(id)) {
            throw new ForbiddenException("Representatives can only read their own organisation");
        }
        OrganizationCopy copy = copies.find(id).orElseThrow(() -> new NotFoundException("The inventory knows no organisation " + id));
        return new OrganizationStanding(copy.id(), copy.name(), copy.status(), copy.capacityCounts(), copy.version());
    }

    record OrganizationStanding(String id, String name, String status, boolean capacityCounts, long registryVersion) {
    }
}
