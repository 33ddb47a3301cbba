package org.samverkan.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.followup.dashboard.DashboardQueries;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/** A report is shared with the organisations the dashboard saw contribute in its period, found through the topics. */
class ReportContributorsTest extends FollowUpIntegrationBase {
    @Autowired
    DashboardQueries dashboard;

    @Test
    void anOrganisationThatReportedAnObservationInThePeriodReceivesTheReport() {
        String org = "contributor-" + UUID.randomUUID();
        Response observed = http().post("/api/observations", TestTokens.representative(org), json(Map.of("area", "varby",
                "targetGroups", List.of("older-people"), "languages", List.of(), "category", "digital-exclusion",
                "description", "Många äldre i Vårby gård saknar smartphone och missade sms-utskicket", "severity", "MEDIUM",
                "observedOn", LocalDate.now().toString())));
        assertThat(observed.status()).as(observed.body()).isEqualTo(201);
        LocalDate from = LocalDate.now().minusDays(1);
        LocalDate to = LocalDate.now().plusDays(1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> dashboard.contributingOrganizations(from, to).contains(org));

        Response drafted = http().post("/api/reports", EQUALITY, json(Map.of("title", "Vårby, vecka 47",
                "summary", "Digitalt utanförskap bland äldre", "from", from.toString(), "to", to.toString(),
                "commentDeadline", Instant.now().plusSeconds(3600).toString())));
        String id = drafted.json().get("id").asString();
        Response shared = http().post("/api/reports/" + id + "/sharing", EQUALITY, null);

        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("sharedWith").toString()).contains(org);
        assertThat(http().get("/api/reports", TestTokens.representative(org)).json().get(0).get("id").asString()).isEqualTo(id);
    }
}
