package org.samverkan.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryIntegrationBase;
import tools.jackson.databind.JsonNode;

/** The audit trail as administrators read it, built from the registry's own events on the real broker and store. */
class AuditTrailTest extends RegistryIntegrationBase {
    private final String admin = TestTokens.role("registry-admin");

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

        List<JsonNode> entries = awaitEntries("/api/audit?organizationId=" + id, 5);
        assertThat(entries).extracting(e -> e.get("action").asString())
                .containsExactly("REGISTERED", "PROFILE_CHANGED", "VERIFIED", "SUSPENDED", "REINSTATED");
        assertThat(entries).extracting(e -> e.get("actor").asString())
                .containsExactly("anonymous", "rep-of-" + id, "registry-admin-user", "registry-admin-user", "registry-admin-user");
        assertThat(entries).allMatch(e -> e.hasNonNull("at"));
        assertThat(entries).as("each entry names its organisation").allMatch(e -> "Skogås kulturförening".equals(e.get("organizations").get(id).asString()));
        assertThat(entries.get(1).get("details").get("changed").toString()).isEqualTo("[\"description\",\"reach\"]");
        assertThat(entries.get(3).get("details").get("reason").asString()).isEqualTo("Inaktiv sedan 2024");
        assertThat(entries.get(4).get("details").get("reason").asString()).isEqualTo("Aktiv igen");
        assertThat(entries.get(2).get("actorId").asString()).as("the same person, the same opaque id")
                .isEqualTo(entries.get(3).get("actorId").asString()).isNotEqualTo("registry-admin-user");
    }

    @Test
    void onlyAdministratorsReadTheAuditTrailAndTheActors() {
        for (String token : List.of(TestTokens.role("crisis-staff"), TestTokens.representative("x"), TestTokens.role("equality-lead"))) {
            assertThat(http().get("/api/audit", token).status()).isEqualTo(403);
            assertThat(http().get("/api/actors?subject=registry-admin-user", token).status()).isEqualTo(403);
            assertThat(http().send("DELETE", "/api/actors/x", token, null, Map.of()).status()).isEqualTo(403);
        }
        assertThat(http().get("/api/audit", null).status()).isEqualTo(401);
        assertThat(http().get("/api/actors/x", null).status()).isEqualTo(401);
    }

    private List<JsonNode> awaitEntries(String path, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<JsonNode> entries = new ArrayList<>();
            http().get(path, admin).json().forEach(entries::add);
            return entries;
        }, e -> e.size() >= count);
    }
}
