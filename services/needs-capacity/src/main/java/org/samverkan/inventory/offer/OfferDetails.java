package org.samverkan.inventory.offer;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a representative offers (register or update). Codes come from the reference data.
 *
 * @param availableUntil open-ended when absent
 */
public record OfferDetails(@NotBlank String resourceType, @NotBlank @Size(max = 2000) String description,
                           @NotNull @Positive Integer quantity, @NotBlank @Size(max = 40) String unit,
                           @NotNull Instant availableFrom, Instant availableUntil,
                           @NotEmpty List<String> areas, List<String> languages, List<String> targetGroups) {
}
