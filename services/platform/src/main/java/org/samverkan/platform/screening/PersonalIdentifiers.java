package org.samverkan.platform.screening;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds obvious personal identifiers in free text: Swedish personal identity (and co-ordination) numbers, phone
 * numbers and e-mail addresses. Free text that goes into events stays on topics for good, so the constraints
 * {@link NoPersonalIdentifiers} and {@link NoContactDetails} refuse it before it is stored.
 * Tuned against false positives: a personal identity number must be a real date with a valid Luhn check digit (so a
 * corporate identity number, whose third digit is 2 or more, is not one), and a phone number must start with 0 or +
 * and have a phone number's length (dates, quantities, times and postcodes do not).
 * Text is normalised first, so that look-alike notations are found too: full-width and other compatibility characters
 * (NFKC), digits of any script, every kind of dash and space, and an abbreviation's dot ("tel.070…").
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
            Pattern.compile("(?<![\\d.,])((?:18|19|20)?\\d{2})(\\d{2})(\\d{2})(?: *[-+/] *| )?(\\d{4})(?![\\d])");
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    // A leading + or 0 (optionally in brackets; "0 70 …" spaces the trunk 0 off), then digits with a space, or a hyphen
    // or slash (spaced or not), between them.
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\p{L}\\d+\\-/.,])(\\+|\\(?0) ?\\d{1,4}\\)?(?:(?: *[-/] *| )?\\(?\\d\\)?){5,14}(?![\\d])");
    // 070.123.45.67: groups separated by dots only, so that opening hours (08.00-17.00) and dates are not taken for one.
    private static final Pattern DOTTED_PHONE =
            Pattern.compile("(?<![\\p{L}\\d+\\-/.,])(0)\\d{1,3}(?:\\.\\d{2,3}){2,4}(?!\\.?\\d)");
    private static final Pattern DATE_LIKE = Pattern.compile("\\(?\\d{1,2} *[-/ ] *\\d{1,2} *[-/ ] *\\d{2,4}");
    /** A letter's dot right before a number ("tel.070…", "mob.+46…") is an abbreviation, not part of the number. */
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("(\\p{L})\\.(?=[+(]?\\d)");

    private PersonalIdentifiers() {
    }

    /** The first kind of identifier found, looking for every kind. */
    public static Optional<Kind> find(String text) {
        return find(text, EnumSet.allOf(Kind.class));
    }

    /** The first of the given kinds found in the text. */
    public static Optional<Kind> find(String text, Set<Kind> kinds) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        text = normalised(text);
        if (kinds.contains(Kind.EMAIL_ADDRESS) && EMAIL.matcher(text).find()) {
            return Optional.of(Kind.EMAIL_ADDRESS);
        }
        Matcher id = IDENTITY_NUMBER.matcher(text);
        while (kinds.contains(Kind.PERSONAL_IDENTITY_NUMBER) && id.find()) {
            if (isIdentityNumber(id)) {
                return Optional.of(Kind.PERSONAL_IDENTITY_NUMBER);
            }
        }
        if (!kinds.contains(Kind.PHONE_NUMBER)) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {PHONE, DOTTED_PHONE}) {
            Matcher phone = pattern.matcher(text);
            while (phone.find()) {
                if (isPhoneNumber(phone.group(), phone.group(1))) {
                    return Optional.of(Kind.PHONE_NUMBER);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text in the notation the patterns know: NFKC (full-width @ and digits, non-breaking hyphen), every decimal
     * digit as ASCII (Arabic-Indic ٠٧٠…), every dash as '-', every space separator (non-breaking too) as ' '.
     */
    static String normalised(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder plain = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                plain.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
                plain.append('-');
            } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                plain.append(' ');
            } else {
                plain.appendCodePoint(c);
            }
        });
        return ABBREVIATION_DOT.matcher(plain).replaceAll("$1. ");
    }

    /**
     * Whether ten or twelve digits (separators allowed) are a personal identity or co-ordination number: a real month,
     * a day (plus 60 for co-ordination numbers) and a valid check digit.
     */
    public static boolean isPersonalIdentityNumber(String number) {
        if (number == null) {
            return false;
        }
        Matcher m = IDENTITY_NUMBER.matcher(normalised(number).strip());
        return m.matches() && isIdentityNumber(m);
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

    /** The Luhn (mod 10) check digit that Swedish identity numbers, and other numbers built like them, end in. */
    public static boolean luhn(String digits) {
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
