package org.samverkan.inventory.need;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A need as raised by staff or reported by an organisation; codes come from the reference data. */
public record NeedDetails(@NotBlank String resourceType, @NotBlank @Size(max = 2000) String description,
                          @NotNull @Positive Integer quantity, @NotBlank @Size(max = 40) String unit,
                          @NotEmpty List<String> areas, List<String> targetGroups, List<String> languages,
                          @NotNull Urgency urgency, @NotNull Instant neededBy) {
}
