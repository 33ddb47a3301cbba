package org.samverkan.inventory.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.inventory.messaging.RegistryRecords;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/** A hand-built case: expected order and explanation values are worked out by hand from the rule in Scoring. */
class MatchingTest extends InventoryIntegrationBase {
    private static final Instant NEEDED_BY = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant EARLY = NEEDED_BY.minus(1, ChronoUnit.DAYS);

    @Test
    void offersAreRankedByTheDocumentedRuleAndRegistryVerificationAndSuspensionChangeWhichCount() {
        String a = verifiedOrganization("Flemingsbergs moské");
        String b = verifiedOrganization("Vårby tolkförening");
        String c = verifiedOrganization("Somaliska föreningen");
        String f = java.util.UUID.randomUUID().toString();
        // Verified when its representative offers (a suspended organisation's representatives are refused), then suspended.
        RegistryRecords.send(RegistryRecords.state(f, 1, "OrganizationRegistered", "Ny förening", "PENDING", null));
        RegistryRecords.send(RegistryRecords.state(f, 2, "OrganizationVerified", "Ny förening", "VERIFIED", null));
        awaitStatus(f, "VERIFIED");

        String full = offer(a, offerBody("interpretation", 10, List.of("flemingsberg", "varby"), List.of("ar", "so"),
                List.of("older-people"), EARLY)).get("id").asString();
        String half = offer(b, offerBody("interpretation", 5, List.of("flemingsberg"), List.of("ar"), List.of(), EARLY))
                .get("id").asString();
        String late = offer(c, offerBody("interpretation", 20, List.of("varby"), List.of("ar", "so"), List.of("older-people"),
                NEEDED_BY.plus(2, ChronoUnit.DAYS))).get("id").asString();
        String elsewhere = offer(a, offerBody("interpretation", 9, List.of("skogas"), List.of("ar"), List.of(), EARLY)).get("id").asString();
        String otherType = offer(a, offerBody("transport", 9, List.of("flemingsberg"), List.of("ar"), List.of(), EARLY)).get("id").asString();
        String pending = offer(f, offerBody("interpretation", 12, List.of("flemingsberg", "varby"), List.of("ar", "so"),
                List.of("older-people"), EARLY)).get("id").asString();
        RegistryRecords.send(RegistryRecords.state(f, 3, "OrganizationSuspended", "Ny förening", "SUSPENDED", "\"reason\": \"r\""));
        awaitStatus(f, "SUSPENDED");
        Set<String> mine = Set.of(full, half, late, elsewhere, otherType, pending);
        String need = need(needBody("interpretation", 10, List.of("flemingsberg", "varby"), List.of("older-people"),
                List.of("ar", "so"), NEEDED_BY)).get("id").asString();

        List<JsonNode> ranked = matches(need, mine);
        assertThat(ranked).extracting(m -> m.get("offerId").asString()).as("gated: other area, other type, unverified")
                .containsExactly(full, late, half);
        assertThat(ranked).extracting(m -> m.get("score").asDouble()).containsExactly(1.0, 0.75, 0.475);
        assertThat(ranked).extracting(m -> m.get("organizationName").asString()).as("each match names who offers")
                .containsExactly("Flemingsbergs moské", "Somaliska föreningen", "Vårby tolkförening");

        JsonNode lateWhy = ranked.get(1).get("explanation");
        // area 1/2, languages 2/2, groups 1/1, starts after needed-by, 20 remaining for 10 outstanding
        assertThat(scores(lateWhy)).containsExactly(1.0, 0.5, 1.0, 1.0, 0.0, 1.0);
        assertThat(lateWhy.get(1).get("missing").get(0).asString()).isEqualTo("flemingsberg");
        JsonNode halfWhy = ranked.get(2).get("explanation");
        // area 1/2, languages 1/2 (so missing), groups 0/1, in time, 5 remaining for 10 outstanding
        assertThat(scores(halfWhy)).containsExactly(1.0, 0.5, 0.5, 0.0, 1.0, 0.5);
        assertThat(halfWhy.get(2).get("missing").get(0).asString()).isEqualTo("so");
        assertThat(halfWhy.get(5).get("detail").asString()).isEqualTo("5 pcs remaining for 10 outstanding");

        // The registry reinstates the organisation: its offer counts and, with more remaining, ties first.
        RegistryRecords.send(RegistryRecords.state(f, 4, "OrganizationVerified", "Ny förening", "VERIFIED", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> matches(need, mine).size() == 4);
        assertThat(matches(need, mine)).extracting(m -> m.get("offerId").asString()).containsExactly(pending, full, late, half);

        // A suspension (or a merge) stops the organisation's offers counting at the next read.
        RegistryRecords.send(RegistryRecords.state(f, 5, "OrganizationSuspended", "Ny förening", "SUSPENDED", "\"reason\": \"r\""));
        RegistryRecords.send(RegistryRecords.merged(c, 3, "Somaliska föreningen", a));
        await().atMost(Duration.ofSeconds(20)).until(() -> matches(need, mine).size() == 2);
        assertThat(matches(need, mine)).extracting(m -> m.get("offerId").asString()).containsExactly(full, half);
        assertThat(http().get("/api/offers/" + pending, STAFF).json().get("counts").asBoolean()).isFalse();
    }

    @Test
    void onlyCrisisStaffMatchAndAnUnknownNeedIsA404Problem() {
        String org = verifiedOrganization("Stuvsta IF");
        Response refused = http().get("/api/needs/x/matches", TestTokens.representative(org));
        assertThat(refused.status()).isEqualTo(403);
        Response missing = http().get("/api/needs/" + java.util.UUID.randomUUID() + "/matches", STAFF);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
    }

    private List<JsonNode> matches(String need, Set<String> mine) {
        Response response = http().get("/api/needs/" + need + "/matches?limit=200", STAFF);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> ours = new ArrayList<>();
        response.json().forEach(m -> {
            if (mine.contains(m.get("offerId").asString())) {
                ours.add(m);
            }
        });
        return ours;
    }

    private static List<Double> scores(JsonNode explanation) {
        List<Double> scores = new ArrayList<>();
        explanation.forEach(c -> scores.add(c.get("score").asDouble()));
        return scores;
    }
}
