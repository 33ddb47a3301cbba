package org.samverkan.registry.privacy;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.NeverInEvents;

/** A contact person as given by the organisation; consent (purpose, optionally when) is required. */
@NeverInEvents("contact persons are kept in their own collection, which erasure deletes, never in an event")
public record NewContactPerson(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String role,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "^\\+?[0-9 ()-]{5,20}$", message = "a phone number: digits, spaces, +()-") String phone,
        @Size(max = 35) String preferredLanguage,
        @NotNull @Valid GivenConsent consent) {

    public record GivenConsent(@NotBlank @Size(max = 500) String purpose, @PastOrPresent Instant givenAt) {
    }
}
