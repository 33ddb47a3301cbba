package org.samverkan.reference;

import java.util.Locale;
import java.util.Map;

/** A name in the file's own language, with optional translations per interface language ({@code names: {en: …}}). */
final class Names {
    private Names() {
    }

    static String in(Locale locale, String name, Map<String, String> names) {
        return locale == null ? name : names.getOrDefault(locale.getLanguage(), name);
    }

    static Map<String, String> copy(Map<String, String> names) {
        return Map.copyOf(names == null ? Map.of() : names);
    }
}
