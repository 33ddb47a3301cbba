package org.samverkan.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A district of the municipality. Population and shares are sample figures for planning and demos; the
 * shipped Huddinge file labels them illustrative.
 *
 * @param languageShares share of residents (0..1) who read each language (BCP 47 tag) best
 * @param groupShares    share of residents (0..1) in each target group
 * @param names          the name per interface language, where it differs from {@code name}
 * @param outlines       the district's shape, optional: the outer ring of each of its polygons as WGS84
 *                       {@code [longitude, latitude]} positions, first = last (GeoJSON order), for maps and CAP
 */
public record Area(String code, String name, int population, Map<String, Double> languageShares,
                   Map<String, Double> groupShares, Map<String, String> names, List<List<double[]>> outlines) {
    public Area {
        languageShares = Map.copyOf(languageShares == null ? Map.of() : languageShares);
        groupShares = Map.copyOf(groupShares == null ? Map.of() : groupShares);
        names = Names.copy(names);
        outlines = outlines == null ? List.of() : outlines.stream().map(List::copyOf).toList();
    }

    public Area(String code, String name, int population, Map<String, Double> languageShares, Map<String, Double> groupShares) {
        this(code, name, population, languageShares, groupShares, Map.of(), List.of());
    }

    public String name(Locale locale) {
        return Names.in(locale, name, names);
    }
}
