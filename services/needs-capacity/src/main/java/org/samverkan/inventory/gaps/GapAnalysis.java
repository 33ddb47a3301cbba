package org.samverkan.inventory.gaps;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bson.Document;
import org.samverkan.inventory.organization.OrganizationCopies;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Needed vs committed vs available by area × target group × language × resource type, computed at read time
 * from needs, commitments, offers and the organisation copies (so a suspension shows at the next read).
 * A need counts fully in every cell it spans — cells overlap and are not summed across. Available = remaining
 * quantity of active, unexpired offers of verified organisations serving the cell. One pass over each
 * collection, projected; cells are looked up in hash maps, so the cost is linear in offers + needs.
 */
@Service
class GapAnalysis {
    private static final Comparator<GapCell> ORDER = Comparator.comparing(GapCell::coverage)
            .thenComparing(Comparator.comparingInt(GapCell::gap).reversed())
            .thenComparing(GapCell::area).thenComparing(GapCell::targetGroup).thenComparing(GapCell::language)
            .thenComparing(GapCell::resourceType);
    private final MongoTemplate mongo;
    private final OrganizationCopies organizations;
    private final Clock clock;

    GapAnalysis(MongoTemplate mongo, OrganizationCopies organizations, Clock clock) {
        this.mongo = mongo;
        this.organizations = organizations;
        this.clock = clock;
    }

    List<GapCell> cells() {
        Map<String, String> verified = organizations.verifiedNames();
        Map<CellKey, Integer> available = available(verified.keySet(), clock.instant());
        Map<String, Committed> committed = committedByNeed(verified);
        Map<CellKey, Tally> tallies = new HashMap<>();
        Query needs = Query.query(Criteria.where("status").in("OPEN", "PARTIALLY_MET", "MET"));
        needs.fields().include("resourceType", "quantity", "areas", "targetGroups", "languages");
        for (Document need : mongo.find(needs, Document.class, "needs")) {
            Committed c = committed.getOrDefault(String.valueOf(need.get("_id")), Committed.NONE);
            for (CellKey key : CellKey.spanned(need.getString("resourceType"), list(need, "areas"), list(need, "targetGroups"),
                    list(need, "languages"))) {
                tallies.computeIfAbsent(key, k -> new Tally()).add(need.getInteger("quantity"), c);
            }
        }
        List<GapCell> cells = new ArrayList<>(tallies.size());
        tallies.forEach((key, t) -> {
            int free = available.getOrDefault(key, 0);
            cells.add(new GapCell(key.area(), key.group(), key.language(), key.type(), t.needed, t.committed, free,
                    Math.max(0, t.needed - t.committed), Coverage.of(t.needed, t.committed, free), List.copyOf(t.organizations)));
        });
        cells.sort(ORDER);
        return cells;
    }

    private Map<CellKey, Integer> available(java.util.Set<String> verified, Instant now) {
        Query offers = Query.query(Criteria.where("status").is("ACTIVE").and("remaining").gt(0));
        offers.fields().include("organizationId", "resourceType", "remaining", "availableUntil", "areas", "targetGroups", "languages");
        Map<CellKey, Integer> available = new HashMap<>();
        for (Document offer : mongo.find(offers, Document.class, "offers")) {
            java.util.Date until = offer.getDate("availableUntil");
            if (!verified.contains(offer.getString("organizationId")) || (until != null && !until.toInstant().isAfter(now))) {
                continue;
            }
            int remaining = offer.getInteger("remaining");
            for (CellKey key : CellKey.served(offer.getString("resourceType"), list(offer, "areas"), list(offer, "targetGroups"),
                    list(offer, "languages"))) {
                available.merge(key, remaining, Integer::sum);
            }
        }
        return available;
    }

    private Map<String, Committed> committedByNeed(Map<String, String> names) {
        Query live = Query.query(Criteria.where("status").in("PROPOSED", "ACCEPTED", "DELIVERED"));
        live.fields().include("needId", "quantity", "organizationId");
        Map<String, Committed> byNeed = new HashMap<>();
        for (Document c : mongo.find(live, Document.class, "commitments")) {
            String org = names.getOrDefault(c.getString("organizationId"), c.getString("organizationId"));
            byNeed.computeIfAbsent(c.getString("needId"), k -> new Committed()).add(c.getInteger("quantity"), org);
        }
        return byNeed;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Document d, String field) {
        Object value = d.get(field);
        return value instanceof List<?> l ? (List<String>) l : List.of();
    }

    private static final class Committed {
        static final Committed NONE = new Committed();
        int quantity;
        final TreeSet<String> organizations = new TreeSet<>();

        void add(int q, String organization) {
            quantity += q;
            organizations.add(organization);
        }
    }

    private static final class Tally {
        int needed;
        int committed;
        final TreeSet<String> organizations = new TreeSet<>();

        void add(int quantity, Committed c) {
            needed += quantity;
            committed += c.quantity;
            organizations.addAll(c.organizations);
        }
    }
}
