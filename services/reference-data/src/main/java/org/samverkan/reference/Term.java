package org.samverkan.reference;

import java.util.Locale;
import java.util.Map;

/** A coded term (target group, channel kind, resource type) with its name, and per interface language where it differs. */
public record Term(String code, String name, String description, Map<String, String> names) {
    public Term {
        names = Names.copy(names);
    }

    public Term(String code, String name, String description) {
        this(code, name, description, Map.of());
    }

    public String name(Locale locale) {
        return Names.in(locale, name, names);
    }
}
