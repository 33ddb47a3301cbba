package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.samverkan.platform.consumer.Outcome;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The dashboard's store: per aggregate one document holding its facts. Appending a fact is one single-document upsert
 * that adds it to the document's set of facts ({@code $addToSet}). A fact is determined entirely by its event (version,
 * event time, attributes), so a duplicate or replayed event adds an equal element and changes nothing; facts arriving
 * out of order are simply kept and sorted by version when read. The filter is the id alone, so the primary-key index
 * serves every write (also on the local stand-in, which uses an index only for an exact key match).
 */
@Component
class Timelines {
    static final String CHANGED_AT = "changedAt";
    private final MongoTemplate mongo;

    Timelines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Outcome append(String generation, Kind kind, String id, Fact fact) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        UpdateResult result = mongo.upsert(byId, new Update().addToSet("states", fact), kind.collection(generation));
        if (result.getModifiedCount() == 0 && result.getUpsertedId() == null) {
            return Outcome.ALREADY_SEEN; // nothing changed, so neither does changedAt
        }
        // A second write: a crash between the two leaves the fact unseen by the cache until its next full reload.
        mongo.updateFirst(byId, Update.update(CHANGED_AT, new Date()), kind.collection(generation));
        return Outcome.APPLIED;
    }

    /** Many facts at once (a rebuild): the same upserts, sent in unordered bulks per collection. */
    void appendAll(String generation, List<DashboardFacts.Keyed> facts) {
        Map<Kind, BulkOperations> bulks = new EnumMap<>(Kind.class);
        for (DashboardFacts.Keyed k : facts) {
            bulks.computeIfAbsent(k.kind(), kind -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, kind.collection(generation)))
                    .upsert(Query.query(Criteria.where("_id").is(k.id())), added(k.fact()));
        }
        bulks.values().forEach(BulkOperations::execute);
    }

    /**
     * The fact, and when the timeline last changed ({@code changedAt}, this instance's clock): the dashboard's cache
     * re-reads only the timelines changed since its last reading.
     */
    private static Update added(Fact fact) {
        return new Update().addToSet("states", fact).set(CHANGED_AT, new Date());
    }

    /** Every timeline of a generation, read as raw documents (mapping them by hand is several times faster). */
    Map<Kind, List<Timeline>> load(String generation) {
        return load(generation, new Document());
    }

    /** The timelines changed at or after {@code since} (an index on {@code changedAt} serves this on MongoDB). */
    Map<Kind, List<Timeline>> changedSince(String generation, Instant since) {
        return load(generation, new Document(CHANGED_AT, new Document("$gte", Date.from(since))));
    }

    private Map<Kind, List<Timeline>> load(String generation, Document filter) {
        Map<Kind, List<Timeline>> all = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<Timeline> timelines = new ArrayList<>();
            for (Document d : mongo.getCollection(kind.collection(generation)).find(filter)) {
                timelines.add(timeline(d));
            }
            all.put(kind, timelines);
        }
        return all;
    }

    /** One timeline as the store holds it at this moment, read by its id alone; null if the generation has none. */
    Timeline find(String generation, Kind kind, String id) {
        Document d = mongo.getCollection(kind.collection(generation)).find(new Document("_id", id)).first();
        return d == null ? null : timeline(d);
    }

    private static Timeline timeline(Document d) {
        List<Fact> facts = new ArrayList<>();
        for (Document f : d.getList("states", Document.class, List.of())) {
            facts.add(fact(f));
        }
        return new Timeline(d.getString("_id"), facts);
    }

    private static Fact fact(Document f) {
        return new Fact(((Number) f.get("v")).longValue(), instant(f, "at"), f.getString("type"), f.getString("org"),
                f.getString("status"), f.getList("areas", String.class), f.getList("groups", String.class),
                f.getList("languages", String.class), f.getInteger("quantity"), instant(f, "from"), instant(f, "until"),
                f.getString("notice"), f.getString("kind"), f.getString("language"), f.getString("area"),
                f.getBoolean("stigmatising"), f.getInteger("people"), f.getString("incident"));
    }

    private static Instant instant(Document f, String field) {
        Date date = f.getDate(field);
        return date == null ? null : date.toInstant();
    }

    void drop(String generation) {
        for (Kind kind : Kind.values()) {
            mongo.dropCollection(kind.collection(generation));
        }
    }
}
