package org.samverkan.reference;

import java.util.Locale;
import java.util.Map;

/**
 * A language as a BCP 47 tag with its writing direction.
 *
 * @param legallyRequired the municipality must offer it (e.g. a national minority language in its
 *                        administrative area); required in every notice
 * @param nationalMinority one of Sweden's national minority languages
 * @param names           the name per interface language, where it differs from {@code name}
 */
public record Language(String tag, String name, Direction direction, boolean legallyRequired, boolean nationalMinority,
                       Map<String, String> names) {
    public enum Direction { LTR, RTL }

    public Language {
        names = Names.copy(names);
    }

    public Language(String tag, String name, Direction direction, boolean legallyRequired, boolean nationalMinority) {
        this(tag, name, direction, legallyRequired, nationalMinority, Map.of());
    }

    public boolean rightToLeft() {
        return direction == Direction.RTL;
    }

    public String name(Locale locale) {
        return Names.in(locale, name, names);
    }
}
