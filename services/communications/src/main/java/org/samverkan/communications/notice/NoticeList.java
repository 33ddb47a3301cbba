package org.samverkan.communications.notice;

import java.util.List;
import java.util.Map;

import org.samverkan.communications.incident.Incidents;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The notices overview: notices filtered and paged, most recently changed first. */
@Service
class NoticeList {
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Incidents incidents;

    NoticeList(MongoTemplate mongo, ReferenceData reference, Incidents incidents) {
        this.mongo = mongo;
        this.reference = reference;
        this.incidents = incidents;
    }

    record Page(List<NoticeSummary> items, int page, int size, long total) {
    }

    Page find(NoticeFilter filter, int page, int size) {
        var problems = filter.problems(reference);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.getFirst().message(), problems);
        }
        Query query = Query.query(filter.criteria(incidents.closed()));
        long total = mongo.count(query, Notice.class);
        // Ties broken by id so pages never overlap or skip.
        query.with(Sort.by(Sort.Direction.DESC, "changedAt").and(Sort.by("_id"))).skip((long) page * size).limit(size);
        Map<String, String> names = incidents.names();
        List<NoticeSummary> items = mongo.find(query, Notice.class).stream().map(Notice::view)
                .map(v -> NoticeSummary.of(v, names.get(v.content().incident()))).toList();
        return new Page(items, page, size, total);
    }
}
