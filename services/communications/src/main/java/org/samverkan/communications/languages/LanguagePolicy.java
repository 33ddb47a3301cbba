package org.samverkan.communications.languages;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Applies {@link RequiredLanguages} with this municipality's reference data and the local copy of organisations. */
@Component
public class LanguagePolicy {
    private final ReferenceData reference;
    private final OrganizationCopies organizations;
    private final double threshold;

    LanguagePolicy(ReferenceData reference, OrganizationCopies organizations,
                   @Value("${samverkan.communications.language-share-threshold:0.05}") double threshold) {
        this.reference = reference;
        this.organizations = organizations;
        this.threshold = threshold;
    }

    /** @param requested languages asked for explicitly (by a counter-message request), required as well */
    public LanguageCheck check(Collection<String> areas, Collection<String> presentLanguages, Collection<String> requested) {
        var targetAreas = areas.stream().map(reference::area).flatMap(Optional::stream).toList();
        var reaching = organizations.verifiedReaching(areas).stream()
                .map(o -> new RequiredLanguages.OrganizationLanguages(o.id(), o.name(), o.languages())).toList();
        var required = RequiredLanguages.reasons(targetAreas, threshold, reference.languages(),
                reference.easyRead().orElse(null), reaching);
        requested.forEach(tag -> RequiredLanguages.add(required, tag, RequiredReason.of(RequiredReason.Kind.REQUESTED, tag)));
        return LanguageCheck.of(required, presentLanguages.stream().filter(Objects::nonNull).toList());
    }
}
