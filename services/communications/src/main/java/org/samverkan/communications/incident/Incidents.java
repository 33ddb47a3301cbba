package org.samverkan.communications.incident;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Opens, closes and archives incidents, and lists them with the codes notices carry that nobody opened. */
@Service
public class Incidents {
    private static final Set<IncidentStatus> DEFAULT = EnumSet.of(IncidentStatus.OPEN);
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Clock clock;

    Incidents(AggregateStore store, MongoTemplate mongo, ReferenceData reference, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.reference = reference;
        this.clock = clock;
    }

    record Page(List<IncidentView> items, int page, int size, long total) {
    }

    IncidentView open(IncidentOpening opening) {
        var unknown = reference.unknown(Kind.AREA, "areas", opening.areas());
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("The incident refers to unknown areas", unknown);
        }
        if (store.find(Incident.class, opening.code().strip()).isPresent()) {
            throw new ConflictException("Incident " + opening.code().strip() + " is already open or was opened before");
        }
        try {
            return store.save(Incident.open(opening, clock.instant())).view();
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("Incident " + opening.code() + " was opened at the same moment by someone else");
        }
    }

    IncidentView close(String code) {
        Incident incident = load(code);
        incident.close(clock.instant());
        return store.save(incident).view();
    }

    IncidentView archive(String code) {
        Incident incident = load(code);
        incident.archive(clock.instant());
        return store.save(incident).view();
    }

    IncidentView get(String code) {
        return store.find(Incident.class, code).map(Incident::view)
                .or(() -> carried().contains(code) ? java.util.Optional.of(IncidentView.unregistered(code)) : java.util.Optional.empty())
                .orElseThrow(() -> new NotFoundException("No incident " + code));
    }

    /**
     * Newest opened first, the unregistered codes after them by code. Incidents are few (tens a year), so the page is
     * cut from the whole list here rather than in the store.
     *
     * @param statuses any of these; empty means open only (closed incidents leave the default view)
     */
    Page list(Set<IncidentStatus> statuses, int page, int size) {
        Set<IncidentStatus> wanted = statuses.isEmpty() ? DEFAULT : statuses;
        Map<String, IncidentView> all = new LinkedHashMap<>();
        mongo.findAll(Incident.class).stream().map(Incident::view)
                .sorted(Comparator.comparing(IncidentView::openedAt).reversed().thenComparing(IncidentView::code))
                .forEach(v -> all.put(v.code(), v));
        carried().stream().sorted().filter(code -> !all.containsKey(code)).forEach(code -> all.put(code, IncidentView.unregistered(code)));
        List<IncidentView> matching = all.values().stream().filter(v -> wanted.contains(v.status())).toList();
        long from = Math.min((long) page * size, matching.size());
        return new Page(matching.subList((int) from, (int) Math.min(from + size, matching.size())), page, size, matching.size());
    }

    /** The incidents' names by code, for lists that show names instead of codes; unregistered codes are absent. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        mongo.findAll(Incident.class).forEach(i -> names.put(i.view().code(), i.view().name()));
        return names;
    }

    /** Codes of closed and archived incidents: their notices leave the default notice list. */
    public List<String> closed() {
        Query query = Query.query(Criteria.where("status").in(IncidentStatus.CLOSED, IncidentStatus.ARCHIVED));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, "incidents").stream().map(d -> d.getString("_id")).toList();
    }

    /** The incident codes notices and situation updates carry. */
    private Set<String> carried() {
        Set<String> codes = new java.util.TreeSet<>();
        mongo.findDistinct(new Query(), "content.incident", "notices", String.class).stream().filter(java.util.Objects::nonNull).forEach(codes::add);
        mongo.findDistinct(new Query(), "report.incident", "situation_updates", String.class).stream().filter(java.util.Objects::nonNull).forEach(codes::add);
        return codes;
    }

    private Incident load(String code) {
        return store.find(Incident.class, code).orElseThrow(() -> new NotFoundException(
                "No incident " + code + (carried().contains(code) ? " (notices carry the code; open it as an incident first)" : "")));
    }
}
