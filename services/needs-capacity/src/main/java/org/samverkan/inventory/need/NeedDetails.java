package org.samverkan.inventory.need;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoContactDetails;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/** A need as raised by staff or reported by an organisation; codes come from the reference data. */
public record NeedDetails(@NotBlank @Code String resourceType, @NotBlank @Size(max = 2000) @NoContactDetails String description,
                          @NotNull @Positive Integer quantity, @NotBlank @Size(max = 40) @NoPersonalIdentifiers String unit,
                          @NotEmpty @Code List<String> areas, @Code List<String> targetGroups, @Code List<String> languages,
                          @NotNull Urgency urgency, @NotNull Instant neededBy) {
}
