package org.samverkan.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

class AuditTrailTest extends RegistryIntegrationBase {
    private final String admin = TestTokens.role("registry-admin");
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditTrail trail;

    @Test
    void everyChangeLeavesAnEntryWithWhoWhenAndWhat() {
        Response created = http().post("/api/organizations", null, "{\"name\": \"Skogås kulturförening\", \"kind\": \"ASSOCIATION\"}");
        String id = created.json().get("id").asString();
        http().send("PUT", "/api/organizations/" + id + "/profile", TestTokens.representative(id),
                "{\"name\": \"Skogås kulturförening\", \"description\": \"Kultur för alla\", \"reach\": {\"areas\": [\"skogas\"]}}", Map.of());
        http().post("/api/organizations/" + id + "/verification", admin, null);
        http().post("/api/organizations/" + id + "/suspension", admin, "{\"reason\": \"Inaktiv sedan 2024\"}");
        Response reinstated = http().post("/api/organizations/" + id + "/reinstatement", admin, "{\"reason\": \"Aktiv igen\"}");
        assertThat(reinstated.json().get("status").asString()).isEqualTo("VERIFIED");

        Response audit = http().get("/api/audit?organizationId=" + id, admin);
        assertThat(audit.status()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        audit.json().forEach(entries::add);
        assertThat(entries).extracting(e -> e.get("action").asString())
                .containsExactly("REGISTERED", "PROFILE_CHANGED", "VERIFIED", "SUSPENDED", "REINSTATED");
        assertThat(entries).extracting(e -> e.get("actor").asString())
                .containsExactly("anonymous", "rep-of-" + id, "registry-admin-user", "registry-admin-user", "registry-admin-user");
        assertThat(entries).allMatch(e -> e.hasNonNull("at"));
        assertThat(entries.get(1).get("details").get("changed").toString()).isEqualTo("[\"description\",\"reach\"]");
        assertThat(entries.get(3).get("details").get("reason").asString()).isEqualTo("Inaktiv sedan 2024");
    }

    /**
     * A crash after the change was written but before its entry moved to the trail leaves the entry in the
     * organisation's document, written together with the change. The start-up sweep moves it, once.
     */
    @Test
    void anEntryLeftInItsDocumentByACrashReachesTheTrailOnRestartExactlyOnce() {
        String id = http().post("/api/organizations", null, "{\"name\": \"Masmo fritidsgård\", \"kind\": \"MUNICIPAL_UNIT\"}")
                .json().get("id").asString();
        AuditEntry leftBehind = new AuditEntry("crash-" + id, java.time.Instant.now(), "registry-admin-user", "VERIFIED", id, null, Map.of());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().push(AuditTrail.PENDING, trail.embedded(leftBehind)), "organizations");
        assertThat(actions(id)).containsExactly("REGISTERED");

        trail.sweep();
        trail.sweep();

        assertThat(actions(id)).containsExactly("REGISTERED", "VERIFIED");
        assertThat(mongo.findById(id, org.bson.Document.class, "organizations").getList(AuditTrail.PENDING, Object.class)).isEmpty();
    }

    private List<String> actions(String id) {
        List<String> actions = new ArrayList<>();
        http().get("/api/audit?organizationId=" + id, admin).json().forEach(e -> actions.add(e.get("action").asString()));
        return actions;
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() {
        for (String token : List.of(TestTokens.role("crisis-staff"), TestTokens.representative("x"), TestTokens.role("equality-lead"))) {
            assertThat(http().get("/api/audit", token).status()).isEqualTo(403);
        }
        assertThat(http().get("/api/audit", null).status()).isEqualTo(401);
    }
}
