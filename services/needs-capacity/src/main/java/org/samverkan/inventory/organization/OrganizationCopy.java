package org.samverkan.inventory.organization;

import org.springframework.data.annotation.Id;

/** @param capacityCounts only a verified organisation's offers count in matching and gap analysis */
public record OrganizationCopy(@Id String id, String name, String status, long version) {
    public boolean capacityCounts() {
        return "VERIFIED".equals(status);
    }
}
