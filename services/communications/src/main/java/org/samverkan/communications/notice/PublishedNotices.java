package org.samverkan.communications.notice;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Notices the public may see: published, and those later updated or cancelled (feeds must say so). */
@Component
public class PublishedNotices {
    private static final List<NoticeStatus> PUBLIC = List.of(NoticeStatus.PUBLISHED, NoticeStatus.UPDATED, NoticeStatus.CANCELLED);
    private static final List<String> DRILLS = List.of(Cap.Status.Exercise.name(), Cap.Status.Test.name());
    private final MongoTemplate mongo;

    PublishedNotices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // By _id alone, the status checked here: the embedded store answers from an index only when a query's keys are
    // exactly the index's, so {_id, status} would read the whole collection.
    public Optional<NoticeView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Notice.class)).filter(PublishedNotices::isPublic).map(Notice::view);
    }

    /** Each public notice's headline in its source language, by id; ids of notices not public are left out. */
    public Map<String, String> headlines(Collection<String> ids) {
        Map<String, String> headlines = new HashMap<>();
        if (ids.isEmpty()) {
            return headlines;
        }
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Notice.class).stream().filter(PublishedNotices::isPublic)
                .forEach(n -> Optional.ofNullable(n.content().texts().get(n.content().sourceLanguage()))
                        .ifPresent(text -> headlines.put(n.getId(), text.headline())));
        return headlines;
    }

    private static boolean isPublic(Notice notice) {
        return PUBLIC.contains(notice.status());
    }

    /** The public list: actual alerts only, so an exercise or test is never shown as current. */
    public List<NoticeView> latest(int limit) {
        Query query = Query.query(Criteria.where("status").in(PUBLIC).and("content.capStatus").nin(DRILLS)).with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit);
        return mongo.find(query, Notice.class).stream().map(Notice::view).toList();
    }
}
