package org.samverkan.followup.observation;

import java.util.Set;

/** What an observation is about; the equality dashboard counts observations per category. */
final class ObservationCategories {
    static final Set<String> CODES = Set.of("isolation", "digital-exclusion", "insecurity-public-space", "economic-hardship",
            "access-to-services", "health", "discrimination", "other");

    private ObservationCategories() {
    }
}
