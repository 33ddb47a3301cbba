package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;

/**
 * Notice and situation texts are published for everyone and kept on the topics: a phone number to ring is fine, a
 * personal identity number never; a cancellation's reason is about the notice, so it names no one's contact details.
 */
class FreeTextScreeningTest extends CommunicationsIntegrationBase {
    private static final String STAFF = TestTokens.role("crisis-staff");

    @Test
    void aNoticeMaySayWhomToRingButNotCarryAPersonalIdentityNumber() {
        String ring = Notices.draft(List.of("flemingsberg"), List.of("sv")).replace("Stanna inne", "Ring 08-535 300 00 eller +46 8 535 300 00");
        Response accepted = http().post("/api/notices", Notices.OFFICER, ring);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);

        String identity = Notices.draft(List.of("flemingsberg"), List.of("sv")).replace("Rubrik sv", "Gäller 811218/9876");
        Response refused = http().post("/api/notices", Notices.OFFICER, identity);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(errorFields(refused)).containsExactly("texts[sv].headline");
        assertThat(refused.body()).doesNotContain("9876");
    }

    @Test
    void aCancellationReasonWithAPhoneNumberIsRefusedAndTheNoticeStaysPublished() {
        String id = Notices.publish(http(), Notices.draft(List.of("flemingsberg"),
                List.of("sv", "sv-x-lattlast", "fi", "ar", "so")), null);
        Response refused = http().post("/api/notices/" + id + "/cancellation", Notices.OFFICER,
                "{\"reason\": \"fel uppgift, ring Eva 0 70 123 45 67\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("reason");
        assertThat(http().get("/api/notices/" + id, Notices.OFFICER).json().get("notice").get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void aSituationUpdateWithAPersonalIdentityNumberIsRefusedNamingTheField() {
        Response refused = http().post("/api/situation-updates", STAFF, """
                {"incident": "Storm-screening", "title": "Lägesbild", "situation": "Stormen har fällt ledningar.",
                 "measuresTaken": "Evakuerade 19811218-9876", "nextSteps": "Ring 08-535 300 00 kl 18",
                 "areas": ["segeltorp"], "targetGroups": ["older-people"], "severity": "Severe"}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("measuresTaken");
        assertThat(http().get("/api/incidents/Storm-screening/situation-updates", STAFF).json()).isEmpty();
    }
}
