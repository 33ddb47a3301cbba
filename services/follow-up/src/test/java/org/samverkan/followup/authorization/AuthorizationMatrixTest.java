package org.samverkan.followup.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.lease.Leases;
import org.samverkan.platform.test.AuthorizationMatrix;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/** Every operation of follow-up's OpenAPI description by every caller, against authorization-matrix.txt. */
class AuthorizationMatrixTest extends FollowUpIntegrationBase {
    private static final String ORG = "matrix-org";
    @Autowired
    Leases leases;

    @Test
    void everyCallerIsAllowedExactlyWhatTheTableDeclares() {
        // Real records of one organisation the registry's topic has told of, so that ownership is decided on them
        // rather than on a 404.
        verifiedOrganization(ORG, "flemingsberg", "so", "older-people");
        String rep = TestTokens.representative(ORG);
        String observation = created(http().post("/api/observations", rep, json(observationBody())));
        String rumour = created(http().post("/api/rumours", rep, json(rumourBody())));
        String report = created(http().post("/api/reports", EQUALITY, json(Map.of("title", "Matrisrapport",
                "summary", "Sammanfattning", "from", LocalDate.now().minusDays(7).toString(), "to", LocalDate.now().toString(),
                "commentDeadline", Instant.now().plusSeconds(3600).toString()))));
        Response shared = http().post("/api/reports/" + report + "/sharing", EQUALITY, json(Map.of("alsoShareWith", List.of(ORG))));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        AuthorizationMatrix.on(port, ORG)
                .record("/api/observations/{id}", observation)
                .record("/api/rumours/{id}", rumour)
                .record("/api/reports/{id}", report)
                .body("POST /api/observations", json(observationBody()))
                .body("POST /api/rumours", json(rumourBody()))
                .assertMatches("authorization-matrix.txt");
        // The matrix started a dashboard rebuild (operator, equality lead may): let it end before the next test.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> leases.claim("dashboard-rebuild", Duration.ofSeconds(5)),
                claim -> claim != null && release(claim));
    }

    private boolean release(Leases.Claim claim) {
        leases.release(claim);
        return true;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> observationBody() {
        return Map.of("area", "flemingsberg", "targetGroups", List.of("older-people"), "languages", List.of("so"),
                "category", "isolation", "description", "Äldre har inte fått informationen", "severity", "HIGH",
                "observedOn", LocalDate.now().toString());
    }

    private static Map<String, Object> rumourBody() {
        return Map.of("text", "Ett rykte om vattnet", "language", "so", "channel", "messaging-app",
                "areas", List.of("flemingsberg"), "targetGroups", List.of("faith-community-members"), "stigmatising", false);
    }
}
