package org.samverkan.registry.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Self-registration of an organisation. The organisation number is optional: informal groups have none. */
public record RegisterOrganization(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganizationKind kind,
        @Size(max = 20) String organizationNumber) {
}
