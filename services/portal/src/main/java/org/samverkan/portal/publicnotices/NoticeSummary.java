package org.samverkan.portal.publicnotices;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the public Atom feed: a public notice, the languages it exists in and whether it is still current
 * (a cancelled one carries the reason, a replaced one the id of the notice that replaces it).
 */
public record NoticeSummary(String id, String headline, String summary, Instant published, List<String> languages,
                            State state, String reason, String successor) {

    public enum State {
        CURRENT, CANCELLED, REPLACED;

        /** The feed's status term; an entry without one (an older service) is taken as current. */
        static State of(String term) {
            return switch (term) {
                case "cancelled" -> CANCELLED;
                case "replaced" -> REPLACED;
                default -> CURRENT;
            };
        }
    }

    public boolean current() {
        return state == State.CURRENT;
    }
}
