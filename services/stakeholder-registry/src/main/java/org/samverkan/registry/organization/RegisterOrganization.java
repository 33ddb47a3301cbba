package org.samverkan.registry.organization;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoContactDetails;
import org.samverkan.platform.screening.NoPersonalIdentifiers;
import org.samverkan.registry.noticeaddress.NoticeAddress;

/**
 * Self-registration of an organisation. The organisation number is optional: informal groups have none. The notice
 * address is where the organisation receives notices; it is forwarded to communications, never put in an event. The
 * applicant's e-mail (personal data, kept by the registry only) is whom verification invites as representative.
 */
public record RegisterOrganization(
        @NotBlank @Size(max = 200) @NoPersonalIdentifiers String name,
        @NotNull OrganizationKind kind,
        @Size(max = 20) @Code String organizationNumber,
        @Size(max = 2000) @NoContactDetails String description,
        @Valid Reach reach,
        @Size(max = 10) List<@NotNull @Valid ContactPoint> contactPoints,
        @Valid NoticeAddress noticeAddress,
        @Email @Size(max = 254) String applicantEmail) {

    public RegisterOrganization(String name, OrganizationKind kind, String organizationNumber) {
        this(name, kind, organizationNumber, null, null, null, null, null);
    }

    public RegisterOrganization(String name, OrganizationKind kind, String organizationNumber, String description,
                                Reach reach, List<ContactPoint> contactPoints) {
        this(name, kind, organizationNumber, description, reach, contactPoints, null, null);
    }
}
