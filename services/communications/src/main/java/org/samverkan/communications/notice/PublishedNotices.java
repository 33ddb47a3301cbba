package org.samverkan.communications.notice;

import java.util.List;
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

    public Optional<NoticeView> find(String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id).and("status").in(PUBLIC)),
                Notice.class)).map(Notice::view);
    }

    /** The public list: actual alerts only, so an exercise or test is never shown as current. */
    public List<NoticeView> latest(int limit) {
        Query query = Query.query(Criteria.where("status").in(PUBLIC).and("content.capStatus").nin(DRILLS)).with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit);
        return mongo.find(query, Notice.class).stream().map(Notice::view).toList();
    }
}
