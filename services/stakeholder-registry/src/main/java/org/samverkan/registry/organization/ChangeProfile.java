package org.samverkan.registry.organization;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.NoContactDetails;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/** The whole editable profile, replaced at once (PUT): name, description, reach and functional contact points. */
public record ChangeProfile(
        @NotBlank @Size(max = 200) @NoPersonalIdentifiers String name,
        @Size(max = 2000) @NoContactDetails String description,
        @NotNull @Valid Reach reach,
        @Size(max = 10) List<@NotNull @Valid ContactPoint> contactPoints) {
}
