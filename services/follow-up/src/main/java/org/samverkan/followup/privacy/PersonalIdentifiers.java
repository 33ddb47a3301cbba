package org.samverkan.followup.privacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds obvious personal identifiers in free text: Swedish personal identity (and co-ordination) numbers, phone
 * numbers and e-mail addresses. Follow-up describes groups and places, never individuals, so such text is refused.
 * Tuned against false positives: a personal identity number must be a real date with a valid Luhn check digit, and a
 * phone number must start with 0 or + and have a phone number's length (dates, quantities and postcodes do not).
 */
public final class PersonalIdentifiers {
    /** What was found; the messages name the kind of identifier, never the identifier itself. */
    public enum Kind {
        PERSONAL_IDENTITY_NUMBER("ett personnummer eller samordningsnummer", "a Swedish personal identity number"),
        PHONE_NUMBER("ett telefonnummer", "a phone number"),
        EMAIL_ADDRESS("en e-postadress", "an e-mail address");

        private final String swedish;
        private final String english;

        Kind(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        public String message() {
            return "Texten verkar innehålla " + swedish + ". Beskriv grupper och platser, aldrig enskilda personer. / "
                    + "The text appears to contain " + english + "; describe groups and places, never individuals.";
        }
    }

    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<![\\d.,])((?:18|19|20)?\\d{2})(\\d{2})(\\d{2})[-+ ]?(\\d{4})(?![\\d])");
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    // A leading + or 0 (optionally in brackets), then digits with at most one space, hyphen or slash between them.
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\p{L}\\d+\\-/.,])(\\+|\\(?0)\\d{1,4}\\)?(?:[ \\-/]?\\(?\\d\\)?){5,14}(?![\\d])");
    private static final Pattern DATE_LIKE = Pattern.compile("\\(?\\d{1,2}[-/ ]\\d{1,2}[-/ ]\\d{2,4}");

    private PersonalIdentifiers() {
    }

    public static Optional<Kind> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of(Kind.EMAIL_ADDRESS);
        }
        Matcher id = IDENTITY_NUMBER.matcher(text);
        while (id.find()) {
            if (isIdentityNumber(id)) {
                return Optional.of(Kind.PERSONAL_IDENTITY_NUMBER);
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            if (isPhoneNumber(phone.group(), phone.group(1))) {
                return Optional.of(Kind.PHONE_NUMBER);
            }
        }
        return Optional.empty();
    }

    private static boolean isIdentityNumber(Matcher m) {
        String year = m.group(1);
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        // Co-ordination numbers add 60 to the day.
        boolean realDay = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
        String tenDigits = year.substring(year.length() - 2) + m.group(2) + m.group(3) + m.group(4);
        return month >= 1 && month <= 12 && realDay && luhn(tenDigits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static boolean isPhoneNumber(String candidate, String prefix) {
        String digits = candidate.replaceAll("\\D", "");
        if ("+".equals(prefix)) {
            return digits.length() >= 8 && digits.length() <= 15;
        }
        if (digits.startsWith("00")) {
            return digits.length() >= 10 && digits.length() <= 15;
        }
        // Swedish numbers with a trunk 0: area code + subscriber number, 8 to 10 digits; a date written 05-01-2026 is not one.
        return digits.length() >= 8 && digits.length() <= 10 && !DATE_LIKE.matcher(candidate).matches();
    }
}
