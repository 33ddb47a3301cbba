package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One source aggregate (an organisation, offer, need, notice, delivery …) and every fact the dashboard has of it. */
public record Timeline(String id, List<Fact> states) {
    public Timeline {
        states = states == null ? List.of() : states.stream().sorted(Comparator.comparingLong(Fact::v)).toList();
    }

    /** The aggregate's state at an instant: its newest fact from before it (event time, exclusive). */
    public Optional<Fact> before(Instant end) {
        Fact found = null;
        for (Fact f : states) {
            if (f.at().isBefore(end)) {
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The newest fact, whatever its time. */
    public Optional<Fact> latest() {
        return states.isEmpty() ? Optional.empty() : Optional.of(states.getLast());
    }

    public Optional<Fact> first(String type) {
        return states.stream().filter(f -> type.equals(f.type())).findFirst();
    }

    public long count(String type) {
        return states.stream().filter(f -> type.equals(f.type())).count();
    }
}
