package org.samverkan.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Entries from before actor ids named their actor by login; once converted, erasing the person reaches them too. */
class EarlierEntriesTest extends RegistryIntegrationBase {
    private final String admin = TestTokens.role("registry-admin");
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EarlierEntries earlier;

    @Test
    void anEarlierEntryKeepsOnlyAnActorIdAndALeftOverPendingEntryReachesTheTrailOnce() {
        String login = "lisa.larsson@huddinge.se";
        String id = http().post("/api/organizations", null, "{\"name\": \"Trångsunds IF\", \"kind\": \"ASSOCIATION\"}")
                .json().get("id").asString();
        mongo.insert(new Document("_id", "earlier-" + id).append("at", new Date()).append("actor", login)
                .append("action", "VERIFIED").append("organizationId", id).append("details", new Document()), "audit");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push(EarlierEntries.PENDING,
                new Document("_id", "left-" + id).append("at", new Date()).append("actor", login).append("action", "SUSPENDED")
                        .append("organizationId", id).append("details", new Document("reason", "Vilande"))), "organizations");

        earlier.convert();
        earlier.convert();

        assertThat(mongo.find(Query.query(Criteria.where("actor").exists(true)), Document.class, "audit")).isEmpty();
        assertThat(mongo.findById(id, Document.class, "organizations")).doesNotContainKey(EarlierEntries.PENDING);
        JsonNode converted = entry("earlier-" + id);
        JsonNode moved = entry("left-" + id);
        assertThat(converted.get("actor").asString()).isEqualTo(login);
        assertThat(moved.get("actorId").asString()).isEqualTo(converted.get("actorId").asString());
        assertThat(mongo.findById(converted.get("actorId").asString(), Document.class, "actors").getString("subject")).isEqualTo(login);

        assertThat(http().send("DELETE", "/api/actors/" + converted.get("actorId").asString(), admin, null, Map.of()).status())
                .isEqualTo(204);
        assertThat(entry("earlier-" + id).get("actor").asString()).isEqualTo(AuditTrail.ERASED);
        assertThat(mongo.findById("earlier-" + id, Document.class, "audit").toJson()).doesNotContain(login);
    }

    private JsonNode entry(String entryId) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        http().get("/api/audit?limit=5000", admin).json().forEach(entries::add);
        return entries.stream().filter(e -> entryId.equals(e.get("id").asString())).findFirst().orElseThrow();
    }
}
