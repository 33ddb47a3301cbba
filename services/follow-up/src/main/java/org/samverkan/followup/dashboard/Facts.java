package org.samverkan.followup.dashboard;

import java.util.EnumMap;
import java.util.LinkedHashMap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything one generation of the dashboard holds, read at once so that one answer is computed from one reading. */
public final class Facts {
    private final Map<Kind, List<Timeline>> all;
    private final Map<String, Timeline> organizations;
    private final Map<String, Timeline> notices;

    Facts(Map<Kind, List<Timeline>> all) {
        this.all = all;
        this.organizations = index(all.get(Kind.ORGANIZATIONS));
        this.notices = index(all.get(Kind.NOTICES));
    }

    public List<Timeline> of(Kind kind) {
        return all.getOrDefault(kind, List.of());
    }

    public Timeline organization(String id) {
        return id == null ? null : organizations.get(id);
    }

    public Timeline notice(String id) {
        return id == null ? null : notices.get(id);
    }

    /** This reading with the changed timelines put in place of their older copies (and new ones added). */
    Facts with(Map<Kind, List<Timeline>> changed) {
        if (changed.values().stream().allMatch(List::isEmpty)) {
            return this;
        }
        Map<Kind, List<Timeline>> merged = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<Timeline> updates = changed.getOrDefault(kind, List.of());
            if (updates.isEmpty()) {
                merged.put(kind, of(kind));
                continue;
            }
            Map<String, Timeline> byId = new LinkedHashMap<>();
            of(kind).forEach(t -> byId.put(t.id(), t));
            updates.forEach(t -> byId.put(t.id(), t));
            merged.put(kind, List.copyOf(byId.values()));
        }
        return new Facts(merged);
    }

    public long size() {
        return all.values().stream().mapToLong(List::size).sum();
    }

    private static Map<String, Timeline> index(List<Timeline> timelines) {
        return timelines == null ? Map.of() : timelines.stream().collect(Collectors.toMap(Timeline::id, Function.identity()));
    }
}
