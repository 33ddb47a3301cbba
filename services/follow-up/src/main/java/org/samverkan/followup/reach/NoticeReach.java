package org.samverkan.followup.reach;

import java.time.Instant;
import java.util.List;

/**
 * How far one notice got: of the areas, languages and target groups it targeted, which were reached by a delivery,
 * an acknowledgement or a relay, and the counts of each kind of delivery event. A cancelled notice counts only what
 * happened before its cancellation.
 */
public record NoticeReach(String noticeId, String incident, Instant publishedAt, boolean cancelled, Share areas, Share languages,
                          Share targetGroups, long deliveries, long acknowledgements, long relays, long failures) {

    /** @param share reached / targeted, rounded to three decimals; null when the notice targeted none (meaning all) */
    public record Share(List<String> targeted, List<String> reached, Double share) {
        static Share of(List<String> targeted, List<String> reached) {
            List<String> hit = targeted.stream().filter(reached::contains).toList();
            Double share = targeted.isEmpty() ? null : Math.round(1000.0 * hit.size() / targeted.size()) / 1000.0;
            return new Share(targeted, hit, share);
        }
    }
}
