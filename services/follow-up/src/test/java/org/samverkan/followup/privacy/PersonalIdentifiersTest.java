package org.samverkan.followup.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samverkan.followup.privacy.PersonalIdentifiers.Kind;
import org.junit.jupiter.api.Test;

/** The detector finds obvious personal identifiers and leaves ordinary numbers in observations alone. */
class PersonalIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kvinnan med personnummer 811218-9876 bor ensam", "pnr 8112189876", "född 19811218-9876",
            "198112189876 behöver hjälp", "19121212+1212 (över hundra år)", "samordningsnummer 701063-2391",
            "ID: 811218 9876", "(811218-9876)"})
    void findsPersonalIdentityNumbersWithAValidCheckDigit(String text) {
        assertThat(PersonalIdentifiers.find(text)).contains(Kind.PERSONAL_IDENTITY_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ring 070-123 45 67", "mobil 0701234567", "tel +46 70 123 45 67", "+46701234567",
            "växeln 08-123 456 78", "(08) 123 45 67", "ring 08-530 610 00 efter 17", "0046 70 123 45 67",
            "+1 (555) 123-4567", "+44 20 7946 0958", "tel 031-12 34 56", "+46 (0)70-123 45 67", "073/123 45 67"})
    void findsPhoneNumbers(String text) {
        assertThat(PersonalIdentifiers.find(text)).contains(Kind.PHONE_NUMBER);
    }

    /** Notations people really write (and paste): abbreviations with a dot, other dashes, spaces and digits. */
    @ParameterizedTest
    @ValueSource(strings = {"tel.070-123 45 67", "mob.0701234567", "Ring 070\u2013123 45 67",
            "070\u00a0123\u00a045\u00a067", "070\u2011123 45 67", "070.123.45.67", "070 - 123 45 67",
            "\u0660\u0667\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667", "ring \uff10\uff17\uff10-123 45 67"})
    void findsPhoneNumbersInOtherNotations(String text) {
        assertThat(PersonalIdentifiers.find(text)).contains(Kind.PHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pnr 811218\u20139876", "pnr 811218 - 9876", "pnr.811218-9876"})
    void findsPersonalIdentityNumbersInOtherNotations(String text) {
        assertThat(PersonalIdentifiers.find(text)).contains(Kind.PERSONAL_IDENTITY_NUMBER);
    }

    @Test
    void findsAnEmailAddressWithAFullWidthAt() {
        assertThat(PersonalIdentifiers.find("anna.svensson\uff20example.se")).contains(Kind.EMAIL_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mejla anna.svensson@example.se", "kontakt: x_y+z@förening.huddinge.nu", "A@B.ORG"})
    void findsEmailAddresses(String text) {
        assertThat(PersonalIdentifiers.find(text)).contains(Kind.EMAIL_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"120 personer kom till mötet", "Postnummer 141 41 och 141 46 i Flemingsberg",
            "Sedan 2026-11-22 har äldre i Visättra inte fått matkassar", "mellan 2026-01-05 och 2026-02-01",
            "den 05-01-2026", "kl. 08-17 varje dag", "Öppet 08.00-17.00", "1 200 000 kr i stöd", "0-5 år och 6-12 år",
            "811218-9875 är inget giltigt nummer", "ordernummer 1234567890", "organisationsnummer 802000-1234",
            "3 av 10 hushåll, 0,5 % av befolkningen", "vecka 47, 2026", "Huddinge kommun, 141 85 Huddinge",
            "#ryktet @facebook-gruppen", "Buss 865 och 172 går inte", "version 2.0.1", "", "   ",
            "Öppet 08.00\u201317.00", "kl.08-17", "den 05 - 01 - 2026", "01.02.2026", "Postnummer 141\u00a041",
            "0 - 5 år", "ca.0,5 % av hushållen", "v.47 och v.48", "rum 0.12.3"})
    void leavesOrdinaryNumbersDatesAndPostcodesAlone(String text) {
        assertThat(PersonalIdentifiers.find(text)).isEmpty();
    }

    @Test
    void messagesNameTheKindOfIdentifierInSwedishAndEnglishWithoutEchoingIt() {
        String message = PersonalIdentifiers.find("pnr 811218-9876").orElseThrow().message();
        assertThat(message).contains("personnummer", "personal identity number").doesNotContain("811218");
        assertThat(Kind.PHONE_NUMBER.message()).contains("telefonnummer", "phone number");
        assertThat(Kind.EMAIL_ADDRESS.message()).contains("e-postadress", "e-mail address");
    }

    @Test
    void nothingToFindInNoText() {
        assertThat(PersonalIdentifiers.find(null)).isEmpty();
    }

    @Test
    void luhnAcceptsValidAndRejectsAlteredCheckDigits() {
        assertThat(PersonalIdentifiers.luhn("8112189876")).isTrue();
        assertThat(PersonalIdentifiers.luhn("8112189875")).isFalse();
    }
}
