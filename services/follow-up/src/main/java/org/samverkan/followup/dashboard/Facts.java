package org.samverkan.followup.dashboard;

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

    public long size() {
        return all.values().stream().mapToLong(List::size).sum();
    }

    private static Map<String, Timeline> index(List<Timeline> timelines) {
        return timelines == null ? Map.of() : timelines.stream().collect(Collectors.toMap(Timeline::id, Function.identity()));
    }
}
