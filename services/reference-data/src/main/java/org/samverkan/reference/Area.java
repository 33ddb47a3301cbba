package org.samverkan.reference;

import java.util.Locale;
import java.util.Map;

/**
 * A district of the municipality. Population and shares are sample figures for planning and demos; the
 * shipped Huddinge file labels them illustrative.
 *
 * @param languageShares share of residents (0..1) who read each language (BCP 47 tag) best
 * @param groupShares    share of residents (0..1) in each target group
 * @param names          the name per interface language, where it differs from {@code name}
 */
public record Area(String code, String name, int population, Map<String, Double> languageShares,
                   Map<String, Double> groupShares, Map<String, String> names) {
    public Area {
        languageShares = Map.copyOf(languageShares == null ? Map.of() : languageShares);
        groupShares = Map.copyOf(groupShares == null ? Map.of() : groupShares);
        names = Names.copy(names);
    }

    public Area(String code, String name, int population, Map<String, Double> languageShares, Map<String, Double> groupShares) {
        this(code, name, population, languageShares, groupShares, Map.of());
    }

    public String name(Locale locale) {
        return Names.in(locale, name, names);
    }
}
