package org.samverkan.communications.languages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.samverkan.reference.Area;
import org.samverkan.reference.Language;

/**
 * Which languages a notice must be in, and why. A language is required if
 * <ul>
 *   <li>its share in ANY target area exceeds the threshold (a small area's minority must not be averaged away),</li>
 *   <li>the municipality must offer it by law,</li>
 *   <li>it is the municipality's easy-read variant (always, where the reference data names one), or</li>
 *   <li>a verified organisation that reaches a target area communicates in it (the intermediary can relay it).</li>
 * </ul>
 * Target groups do not add languages by themselves: the reference data has no language shares per group, so a
 * rule would be guesswork; groups enter through the organisations that reach them.
 */
public final class RequiredLanguages {
    private RequiredLanguages() {
    }

    /**
     * The reasons as the short English texts the API has always returned ({@code required}), one per reason and
     * one per reaching organisation.
     */
    public static Map<String, List<String>> compute(Collection<Area> targetAreas, double threshold, Collection<Language> languages,
                                                    String easyRead, Collection<OrganizationLanguages> reaching) {
        return texts(reasons(targetAreas, threshold, languages, easyRead, reaching));
    }

    /**
     * @param easyRead the reference data's easy-read tag, or null where the municipality declares none
     * @return language tag → the reasons it is required, sorted by tag; the organisations reaching a target area in a
     *     language are one reason naming them all
     */
    public static Map<String, List<RequiredReason>> reasons(Collection<Area> targetAreas, double threshold, Collection<Language> languages,
                                                            String easyRead, Collection<OrganizationLanguages> reaching) {
        Map<String, List<RequiredReason>> required = new TreeMap<>();
        for (Area area : targetAreas) {
            area.languageShares().forEach((tag, share) -> {
                if (share > threshold) {
                    add(required, tag, RequiredReason.share(tag, area.code(), share, threshold));
                }
            });
        }
        languages.stream().filter(Language::legallyRequired).forEach(l -> add(required, l.tag(), RequiredReason.of(RequiredReason.Kind.LEGALLY_REQUIRED, l.tag())));
        if (easyRead != null) {
            add(required, easyRead, RequiredReason.of(RequiredReason.Kind.EASY_READ, easyRead));
        }
        Map<String, List<RequiredReason.Organization>> byLanguage = new TreeMap<>();
        for (OrganizationLanguages org : reaching) {
            org.languages().forEach(tag -> byLanguage.computeIfAbsent(tag, t -> new ArrayList<>())
                    .add(new RequiredReason.Organization(org.organizationId(), org.name())));
        }
        byLanguage.forEach((tag, orgs) -> add(required, tag, RequiredReason.reachedBy(tag, orgs)));
        return required;
    }

    static Map<String, List<String>> texts(Map<String, List<RequiredReason>> reasons) {
        Map<String, List<String>> texts = new TreeMap<>();
        reasons.forEach((tag, list) -> texts.put(tag, new ArrayList<>(list.stream().flatMap(r -> r.texts().stream()).toList())));
        return texts;
    }

    static void add(Map<String, List<RequiredReason>> required, String tag, RequiredReason why) {
        required.computeIfAbsent(tag, t -> new ArrayList<>()).add(why);
    }

    /** A verified organisation reaching a target area (its name, for the editor), and the languages it communicates in. */
    public record OrganizationLanguages(String organizationId, String name, Collection<String> languages) {
        public OrganizationLanguages(String organizationId, Collection<String> languages) {
            this(organizationId, null, languages);
        }
    }
}
