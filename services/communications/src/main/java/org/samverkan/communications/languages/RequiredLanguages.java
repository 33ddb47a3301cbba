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
     * @param easyRead the reference data's easy-read tag, or null where the municipality declares none
     * @return language tag → the reasons it is required, sorted by tag
     */
    public static Map<String, List<String>> compute(Collection<Area> targetAreas, double threshold, Collection<Language> languages,
                                                    String easyRead, Collection<OrganizationLanguages> reaching) {
        Map<String, List<String>> required = new TreeMap<>();
        for (Area area : targetAreas) {
            area.languageShares().forEach((tag, share) -> {
                if (share > threshold) {
                    reason(required, tag, "share %.2f in %s exceeds %.2f".formatted(share, area.code(), threshold));
                }
            });
        }
        languages.stream().filter(Language::legallyRequired).forEach(l -> reason(required, l.tag(), "legally required"));
        if (easyRead != null) {
            reason(required, easyRead, "the easy-read text is always required");
        }
        for (OrganizationLanguages org : reaching) {
            org.languages().forEach(tag -> reason(required, tag, "verified organisation " + org.organizationId() + " reaches the target in it"));
        }
        return required;
    }

    private static void reason(Map<String, List<String>> required, String tag, String why) {
        required.computeIfAbsent(tag, t -> new ArrayList<>()).add(why);
    }

    /** A verified organisation reaching a target area, and the languages it can communicate in. */
    public record OrganizationLanguages(String organizationId, Collection<String> languages) {
    }
}
