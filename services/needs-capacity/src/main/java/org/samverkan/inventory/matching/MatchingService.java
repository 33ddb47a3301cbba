package org.samverkan.inventory.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.samverkan.inventory.need.NeedService;
import org.samverkan.inventory.need.NeedView;
import org.samverkan.inventory.organization.OrganizationCopies;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Ranks offers for a need. The query carries the hard gates the store can evaluate (type, status, remaining,
 * area overlap), so only plausible candidates leave the database, projected to the fields scoring reads;
 * verification is then checked against the local organisation copies in one query.
 */
@Service
class MatchingService {
    private final MongoTemplate mongo;
    private final NeedService needs;
    private final OrganizationCopies organizations;
    private final Clock clock;

    MatchingService(MongoTemplate mongo, NeedService needs, OrganizationCopies organizations, Clock clock) {
        this.mongo = mongo;
        this.needs = needs;
        this.organizations = organizations;
        this.clock = clock;
    }

    List<Match> match(String needId, int limit) {
        NeedView need = needs.get(needId);
        Query query = Query.query(Criteria.where("resourceType").is(need.resourceType()).and("status").is("ACTIVE")
                .and("remaining").gt(0).and("areas").in(need.areas()));
        query.fields().include(Candidate.FIELDS);
        Instant now = clock.instant();
        List<Candidate> candidates = mongo.find(query, Candidate.class, "offers").stream()
                .filter(c -> c.availableUntil() == null || c.availableUntil().isAfter(now)).toList();
        Map<String, String> verified = organizations.verifiedNamesAmong(candidates.stream().map(Candidate::organizationId).collect(Collectors.toSet()));
        record Scored(Candidate offer, List<Criterion> why, double score) {
        }
        List<Scored> scored = candidates.stream().filter(c -> verified.containsKey(c.organizationId()))
                .map(c -> {
                    List<Criterion> why = Scoring.explain(need, c);
                    return new Scored(c, why, Scoring.total(why));
                })
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> -s.offer().remaining()).thenComparing(s -> s.offer().id()))
                .limit(limit).toList();
        List<Match> matches = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            Candidate c = s.offer();
            matches.add(new Match(matches.size() + 1, c.id(), c.organizationId(), verified.get(c.organizationId()), c.description(), c.remaining(), c.unit(),
                    s.score(), s.why()));
        }
        return matches;
    }
}
