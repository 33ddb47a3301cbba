package org.samverkan.registry.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The names of the organisations audit entries mention — the entry's own and those its details refer to (merged,
 * merged into, similar to) — read at read time in one query, so administrators read names, not ids.
 */
@Component
class OrganizationNames {
    /** Detail keys whose values are organisation ids (one, or a list; a duplicate flag is "id~id"). */
    static final Set<String> ORGANIZATION_DETAILS = Set.of("mergedId", "mergedInto", "similarTo", "flag");
    private final MongoTemplate mongo;

    OrganizationNames(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Map<String, String> of(Collection<AuditEntry> entries) {
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.addAll(mentioned(e)));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id").include("name");
        return mongo.find(query, Document.class, "organizations").stream().filter(d -> d.getString("name") != null)
                .collect(Collectors.toMap(d -> String.valueOf(d.get("_id")), d -> d.getString("name")));
    }

    /** The names of one entry's organisations, from all names read. */
    static Map<String, String> forEntry(AuditEntry entry, Map<String, String> names) {
        Map<String, String> mine = new LinkedHashMap<>();
        mentioned(entry).forEach(id -> {
            if (names.containsKey(id)) {
                mine.put(id, names.get(id));
            }
        });
        return mine;
    }

    private static List<String> mentioned(AuditEntry entry) {
        List<String> ids = new java.util.ArrayList<>();
        if (entry.organizationId() != null) {
            ids.add(entry.organizationId());
        }
        if (entry.details() != null) {
            entry.details().forEach((key, value) -> {
                if (ORGANIZATION_DETAILS.contains(key)) {
                    if (value instanceof Collection<?> many) {
                        many.forEach(v -> ids.add(String.valueOf(v)));
                    } else if (value != null) {
                        ids.addAll(List.of(String.valueOf(value).split("~")));
                    }
                }
            });
        }
        return ids;
    }
}
