package org.samverkan.reference;

import java.util.Locale;
import java.util.Map;

/**
 * Whose reference data it is.
 *
 * @param code         the official code (Sweden: SCB's four-digit kommunkod, e.g. 0126), or null
 * @param names        the display name per interface language ("Huddinge kommun", "Huddinge Municipality")
 * @param illustrative population and shares are sample figures, not statistics
 * @param easyRead     the tag of the easy-read variant of the main language (e.g. sv-x-lattlast), or null
 */
public record Municipality(String name, String code, Map<String, String> names, boolean illustrative, String easyRead) {
    public Municipality {
        code = code == null || code.isBlank() ? null : code.strip();
        names = Names.copy(names);
        easyRead = easyRead == null || easyRead.isBlank() ? null : easyRead.strip();
    }

    public String displayName(Locale locale) {
        return Names.in(locale, name, names);
    }
}
