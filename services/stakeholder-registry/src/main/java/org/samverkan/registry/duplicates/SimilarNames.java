package org.samverkan.registry.duplicates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.samverkan.registry.organization.DuplicateCheck;
import org.samverkan.registry.organization.NameNormaliser;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Flags organisations with similar names. Candidates share at least one normalised name token (the stored
 * {@code nameTokens}, a multikey index on real MongoDB); only those are scored, so a registration does not compare
 * itself with the whole registry.
 */
@Component
public class SimilarNames implements DuplicateCheck {
    private final MongoTemplate mongo;
    private final Clock clock;

    SimilarNames(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public List<String> flagSimilarNames(String organizationId, String name) {
        return flag(organizationId, name).stream().map(DuplicateFlag::similarToId).toList();
    }

    /** Flags every similar, not merged organisation other than this one; returns the flags raised. */
    List<DuplicateFlag> flag(String organizationId, String name) {
        List<String> tokens = NameNormaliser.tokens(name);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Query candidates = Query.query(Criteria.where("nameTokens").in(tokens).and("_id").ne(organizationId)
                .and("status").ne("MERGED"));
        candidates.fields().include("name");
        List<DuplicateFlag> flags = new ArrayList<>();
        for (Document other : mongo.find(candidates, Document.class, "organizations")) {
            double similarity = NameSimilarity.of(name, other.getString("name"));
            if (similarity >= NameSimilarity.THRESHOLD) {
                DuplicateFlag flag = new DuplicateFlag(DuplicateFlag.pairId(organizationId, other.getString("_id")), organizationId,
                        name, other.getString("_id"), other.getString("name"), Math.round(similarity * 100) / 100.0, clock.instant(), true);
                mongo.save(flag);
                flags.add(flag);
            }
        }
        return flags;
    }

    /** Open flags touching any of these organisations. */
    public List<DuplicateFlag> openFlags(Collection<String> organizationIds) {
        return mongo.find(Query.query(new Criteria().orOperator(Criteria.where("organizationId").in(organizationIds),
                Criteria.where("similarToId").in(organizationIds)).and("open").is(true)), DuplicateFlag.class);
    }

    public java.util.Optional<DuplicateFlag> find(String flagId) {
        return java.util.Optional.ofNullable(mongo.findById(flagId, DuplicateFlag.class));
    }

    /** Closes the flags between two organisations (dismissed, or merged). Returns false if there was none. */
    public boolean close(String flagId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(flagId)), Update.update("open", false), DuplicateFlag.class)
                .getMatchedCount() > 0;
    }

    public void closePair(String a, String b) {
        close(DuplicateFlag.pairId(a, b));
    }
}
