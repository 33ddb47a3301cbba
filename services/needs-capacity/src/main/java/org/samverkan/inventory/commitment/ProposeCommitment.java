package org.samverkan.inventory.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

public record ProposeCommitment(@NotBlank String needId, @NotBlank String offerId, @NotNull @Positive Integer quantity) {
}
