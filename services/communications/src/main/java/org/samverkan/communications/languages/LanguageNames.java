package org.samverkan.communications.languages;

import java.util.Locale;
import java.util.Set;

import org.samverkan.reference.Language;
import org.samverkan.reference.ReferenceData;

/**
 * A language as its own speakers name it (العربية, Soomaali, Lättläst svenska), and which way its script runs, for
 * headings and forms read by people of that language rather than by the municipality's staff.
 *
 * <p>The name is, in order: the reference data's name for the language in itself ({@code names: {ar: "العربية"}},
 * keyed by its own tag); "Lättläst svenska" for the municipality's easy-read tag; the JDK's (CLDR) name of the
 * language in itself, where it has one; else the reference data's name. The direction is the reference data's, and
 * for a tag it does not list, that of the tag's script.
 */
public final class LanguageNames {
    /** Scripts written right to left (ISO 15924), for a tag that names its script (ku-Arab). */
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr");
    /** Languages whose usual script runs right to left, for a tag without a script subtag. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "prs", "ps", "ur", "ckb", "sd", "ug", "yi", "he", "iw",
            "dv", "syc", "syr", "arc", "ks");
    private final ReferenceData reference;

    public LanguageNames(ReferenceData reference) {
        this.reference = reference;
    }

    /** The language's name in the language itself, first letter capitalised as a heading's. */
    public String own(String tag) {
        Language language = reference.language(tag).orElse(null);
        if (language != null && language.names().containsKey(tag)) {
            return language.names().get(tag);
        }
        if (reference.easyRead().filter(tag::equals).isPresent() || "sv-x-lattlast".equals(tag)) {
            return "Lättläst svenska";
        }
        Locale locale = Locale.forLanguageTag(tag);
        String inItself = locale.getDisplayLanguage(locale);
        // Without data for a language the JDK answers in English ("Classical Syriac") or with the code itself.
        boolean known = !inItself.isBlank() && !inItself.equalsIgnoreCase(locale.getLanguage())
                && (locale.getLanguage().equals("en") || !inItself.equals(locale.getDisplayLanguage(Locale.ENGLISH)));
        if (known) {
            return inItself.substring(0, 1).toUpperCase(locale) + inItself.substring(1);
        }
        return language != null ? language.name() : tag;
    }

    public boolean rightToLeft(String tag) {
        var language = reference.language(tag);
        if (language.isPresent()) {
            return language.get().rightToLeft();
        }
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getScript().isEmpty() ? RTL_LANGUAGES.contains(locale.getLanguage()) : RTL_SCRIPTS.contains(locale.getScript());
    }

    /** {@code rtl} or {@code ltr}, for an HTML {@code dir} attribute. */
    public String direction(String tag) {
        return rightToLeft(tag) ? "rtl" : "ltr";
    }
}
