package org.samverkan.platform.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samverkan.platform.screening.PersonalIdentifiers.Kind;
import org.junit.jupiter.api.Test;

/** The detector finds obvious personal identifiers and leaves ordinary numbers in free text alone. */
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

    /** Every common spelling: with and without century, hyphen, plus (over 100), slash, space or nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"811218/9876", "pnr 811218 / 9876", "19811218/9876", "811218-9876", "811218+9876",
            "19811218-9876", "198112189876", "8112189876", "201212121212", "20121212-1212", "121212-1212",
            "samordningsnr 701063-2391", "19701063-2391", "197010632391", "7010632391", "pnr:811218-9876.",
            "Född 811218-9876, bor i Flemingsberg"})
    void findsPersonalIdentityAndCoordinationNumbersInEveryCommonSpelling(String text) {
        assertThat(PersonalIdentifiers.find(text)).contains(Kind.PERSONAL_IDENTITY_NUMBER);
        assertThat(PersonalIdentifiers.find(text, EnumSet.of(Kind.PERSONAL_IDENTITY_NUMBER))).contains(Kind.PERSONAL_IDENTITY_NUMBER);
    }

    /** A wrong check digit, a month 13, a day 32 or 92: not a number anyone has. */
    @ParameterizedTest
    @ValueSource(strings = {"811218-9875", "811318-9876", "811232-9874", "811292-9870", "811200-9870", "19811218/9875"})
    void leavesNumbersThatCannotBeIdentityNumbersAlone(String text) {
        assertThat(PersonalIdentifiers.find(text, EnumSet.of(Kind.PERSONAL_IDENTITY_NUMBER))).isEmpty();
    }

    /** Corporate identity numbers have a third digit of 2 or more, which no month has. */
    @ParameterizedTest
    @ValueSource(strings = {"802456-1234", "802456-1238", "5560360793", "556036-0793", "212000-0142", "16802456-1238"})
    void corporateIdentityNumbersAreNotPersonalOnes(String text) {
        assertThat(PersonalIdentifiers.find(text, EnumSet.of(Kind.PERSONAL_IDENTITY_NUMBER))).isEmpty();
        assertThat(PersonalIdentifiers.isPersonalIdentityNumber(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"811218-9876", "8112189876", "19811218-9876", "198112189876", "811218/9876", "701063-2391",
            " 811218 9876 "})
    void aWholeValueIsRecognisedAsAPersonalIdentityNumber(String value) {
        assertThat(PersonalIdentifiers.isPersonalIdentityNumber(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 70 123 45 67", "070-1234567", "+46 70 123 45 67", "08-535 300 00", "ring 0 70 123 45 67 i kväll",
            "+46 8 535 300 00", "08-5353 0000", "0046 8 535 300 00", "070 12 34 567", "tel: 070 123 4567"})
    void findsPhoneNumbersAsPeopleWriteThem(String text) {
        assertThat(PersonalIdentifiers.find(text)).contains(Kind.PHONE_NUMBER);
    }

    /** A published text may name a phone number or an address: only personal identity numbers are looked for. */
    @ParameterizedTest
    @ValueSource(strings = {"ring 08-535 300 00", "ring 0 70 123 45 67", "mejla info@huddinge.se", "+46 8 535 300 00"})
    void contactDetailsPassWhenOnlyIdentityNumbersAreLookedFor(String text) {
        assertThat(PersonalIdentifiers.find(text, EnumSet.of(Kind.PERSONAL_IDENTITY_NUMBER))).isEmpty();
        assertThat(PersonalIdentifiers.find(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Öppet 08:30\u201317:00", "kl. 08:30-17:00", "2026-12-02", "den 2026-12-02 kl 10", "20261202",
            "2026-12-02\u20132026-12-24", "1 250 kr per hushåll", "12 500,00 kr", "SEK 1 000 000", "45 000 portioner",
            "vecka 49", "3-5 dagar", "200-300 personer", "1999-2026", "Kvarngatan 12, 141 47 Huddinge", "02.12.2026",
            "12/02/2026", "2/12 kl. 13.00", "802456-1234 är föreningens organisationsnummer", "tel. saknas", "0 personer",
            "år 2026, 15 000 invånare", "ärende 2026/1234", "Dnr KS-2026/123.456", "10 % av 1 200"})
    void leavesDatesTimesAmountsAndCorporateNumbersAlone(String text) {
        assertThat(PersonalIdentifiers.find(text)).isEmpty();
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
