package org.samverkan.registry.reach;

import java.util.List;

import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.registry.organization.Reach;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Who can reach whom: organisations filtered by reach and status, paged and sorted. */
@Service
class ReachQueries {
    static final List<String> SORTABLE = List.of("name", "estimatedPeople", "registeredAt");
    private final MongoTemplate mongo;
    private final ReferenceData reference;

    ReachQueries(MongoTemplate mongo, ReferenceData reference) {
        this.mongo = mongo;
        this.reference = reference;
    }

    record OrganizationReach(String id, String name, String kind, String status, Reach reach, int estimatedPeople) {
    }

    record Page(List<OrganizationReach> items, int page, int size, long total) {
    }

    Page find(ReachFilter filter, int page, int size, String sort, Sort.Direction direction) {
        var problems = filter.problems(reference);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.getFirst().message(), problems);
        }
        if (!SORTABLE.contains(sort)) {
            throw new RuleViolationException("sort", "sort by one of " + SORTABLE);
        }
        Query query = Query.query(filter.criteria());
        long total = mongo.count(query, "organizations");
        // Ties broken by id so pages never overlap or skip.
        query.with(Sort.by(direction, sort).and(Sort.by("_id"))).skip((long) page * size).limit(size);
        query.fields().include("name", "kind", "status", "reach", "estimatedPeople");
        List<OrganizationReach> items = mongo.find(query, OrganizationReach.class, "organizations");
        return new Page(items, page, size, total);
    }
}
