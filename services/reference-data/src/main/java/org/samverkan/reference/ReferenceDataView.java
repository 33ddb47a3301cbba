package org.samverkan.reference;

import java.util.Collection;
import java.util.List;

/** {@code GET /api/reference-data}: the file as read, in the order it lists things. */
record ReferenceDataView(Municipality municipality, List<Area> areas, List<Language> languages, List<Term> targetGroups,
                         List<Term> channelKinds, List<Term> resourceTypes) {
    static ReferenceDataView of(ReferenceData d) {
        return new ReferenceDataView(d.about(), list(d.areas()), list(d.languages()), list(d.targetGroups()),
                list(d.channelKinds()), list(d.resourceTypes()));
    }

    private static <T> List<T> list(Collection<T> items) {
        return List.copyOf(items);
    }
}
