package org.samverkan.registry.organization;

import org.samverkan.platform.screening.PersonalIdentifiers;

import java.util.Optional;

/**
 * A Swedish organisation number (organisationsnummer, org-id scheme {@code SE-ON}): ten digits, written
 * NNNNNN-NNNN, whose last digit is a Luhn check digit. Informal groups have none.
 */
public final class OrganizationNumber {
    private OrganizationNumber() {
    }

    /** The canonical NNNNNN-NNNN form, or empty if the text is not a valid organisation number. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace("-", "").replace(" ", "");
        if (digits.startsWith("16") && digits.length() == 12) {
            digits = digits.substring(2);
        }
        if (!digits.matches("\\d{10}") || !PersonalIdentifiers.luhn(digits) || digits.charAt(2) < '2') {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    /**
     * Whether the text is a personal identity (or co-ordination) number given as an organisation number: a sole
     * trader's number is the person's own, and it would travel in every registry event. Its month makes the third
     * digit 0 or 1, which no organisation number has (theirs is 2 or more).
     */
    public static boolean isPersonal(String text) {
        return PersonalIdentifiers.isPersonalIdentityNumber(text);
    }
}
