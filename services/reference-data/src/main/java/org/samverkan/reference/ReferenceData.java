package org.samverkan.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.samverkan.platform.web.FieldProblem;

/**
 * One municipality's reference data: the codes every service uses for areas, languages, target groups, channel
 * kinds and resource types. Unknown codes in a request are refused with the field named ({@link #unknown}).
 */
public final class ReferenceData {
    private final Municipality municipality;
    private final Map<String, Area> areas;
    private final Map<String, Language> languages;
    private final Map<String, Term> targetGroups;
    private final Map<String, Term> channelKinds;
    private final Map<String, Term> resourceTypes;

    public ReferenceData(String municipality, boolean illustrative, List<Area> areas, List<Language> languages,
                         List<Term> targetGroups, List<Term> channelKinds, List<Term> resourceTypes) {
        this(new Municipality(municipality, null, Map.of(), illustrative, null), areas, languages, targetGroups, channelKinds,
                resourceTypes);
    }

    public ReferenceData(Municipality municipality, List<Area> areas, List<Language> languages, List<Term> targetGroups,
                         List<Term> channelKinds, List<Term> resourceTypes) {
        this.municipality = municipality;
        this.areas = index(areas, Area::code);
        this.languages = index(languages, Language::tag);
        this.targetGroups = index(targetGroups, Term::code);
        this.channelKinds = index(channelKinds, Term::code);
        this.resourceTypes = index(resourceTypes, Term::code);
    }

    public enum Kind { AREA, LANGUAGE, TARGET_GROUP, CHANNEL_KIND, RESOURCE_TYPE }

    public String municipality() {
        return municipality.name();
    }

    /** The municipality's name, code, display names, and whether its figures are illustrative. */
    public Municipality about() {
        return municipality;
    }

    public Optional<String> municipalityCode() {
        return Optional.ofNullable(municipality.code());
    }

    /** True if population and shares are sample figures, not statistics. */
    public boolean illustrative() {
        return municipality.illustrative();
    }

    /** The tag of the easy-read variant of the main language, if the municipality has one (sv-x-lattlast in Sweden). */
    public Optional<String> easyRead() {
        return Optional.ofNullable(municipality.easyRead());
    }

    /** The language of the municipality's administration, which every organisation gets: the file's first language. */
    public String mainLanguage() {
        return languages.keySet().stream().findFirst().orElse("sv");
    }

    public Collection<String> areaCodes() {
        return areas.keySet();
    }

    public Optional<Term> targetGroup(String code) {
        return Optional.ofNullable(targetGroups.get(code));
    }

    public Optional<Term> channelKind(String code) {
        return Optional.ofNullable(channelKinds.get(code));
    }

    public Optional<Term> resourceType(String code) {
        return Optional.ofNullable(resourceTypes.get(code));
    }

    public Collection<Area> areas() {
        return areas.values();
    }

    public Collection<Language> languages() {
        return languages.values();
    }

    public Collection<Term> targetGroups() {
        return targetGroups.values();
    }

    public Collection<Term> channelKinds() {
        return channelKinds.values();
    }

    public Collection<Term> resourceTypes() {
        return resourceTypes.values();
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    public Optional<Language> language(String tag) {
        return Optional.ofNullable(languages.get(tag));
    }

    public boolean knows(Kind kind, String code) {
        return switch (kind) {
            case AREA -> areas.containsKey(code);
            case LANGUAGE -> languages.containsKey(code);
            case TARGET_GROUP -> targetGroups.containsKey(code);
            case CHANNEL_KIND -> channelKinds.containsKey(code);
            case RESOURCE_TYPE -> resourceTypes.containsKey(code);
        };
    }

    /**
     * The problems with a list of codes from a request, one per unknown code, naming its place:
     * {@code unknown(AREA, "reach.areas", List.of("flemingsberg", "atlantis"))} gives {@code reach.areas[1]}.
     */
    public List<FieldProblem> unknown(Kind kind, String field, Collection<String> codes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (codes == null) {
            return problems;
        }
        int i = 0;
        for (String code : codes) {
            if (code == null || !knows(kind, code)) {
                problems.add(new FieldProblem(field + "[" + i + "]", "unknown " + kind.name().toLowerCase().replace('_', ' ')
                        + " '" + code + "' in the reference data of " + municipality.name()));
            }
            i++;
        }
        return problems;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> {
            throw new IllegalStateException("Duplicate reference code " + key.apply(a));
        }, LinkedHashMap::new));
    }
}
