package org.samverkan.communications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The one place of notice addresses: who may write it (representatives, registry administrators, and the registry's
 * forwarder only where none is set yet), and the editor naming, before publishing, receiving organisations it cannot
 * reach for want of an address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxTest extends CommunicationsIntegrationBase {
    private static final String ADMIN = TestTokens.role("registry-admin");
    private static final String FORWARDER = TestTokens.token("service-account-samverkan-machine",
            List.of("notice-address-forwarder"), null);
    @Autowired
    OrganizationCopies organizations;

    @BeforeAll
    void organisations() {
        var older = List.of("older-people");
        RegistryRecords.organization("i-addressed", 2, "VERIFIED", List.of("huddinge-centrum"), List.of(), older);
        RegistryRecords.organization("i-unaddressed", 2, "VERIFIED", List.of("huddinge-centrum"), List.of(), older);
        RegistryRecords.organization("i-pending", 1, "PENDING", List.of("huddinge-centrum"), List.of(), older);
        RegistryRecords.organization("i-forwarded", 2, "VERIFIED", List.of("huddinge-centrum"), List.of(), older);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("i-addressed").isPresent()
                && organizations.find("i-unaddressed").isPresent() && organizations.find("i-pending").isPresent()
                && organizations.find("i-forwarded").isPresent());
        assertThat(put("i-addressed", ADMIN, "{\"sms\": \"+46701230001\"}").status()).isEqualTo(200);
    }

    @Test
    void theEditorNamesTheReceivingOrganisationsWithoutAnAddressBeforePublishing() {
        TestHttp.Response draft = http().post("/api/notices", OFFICER, Notices.draft(List.of("huddinge-centrum"), List.of("sv")));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        JsonNode recipients = draft.json().get("recipients");
        List<String> unreachable = StreamSupport.stream(recipients.get("cannotBeReached").spliterator(), false)
                .map(u -> u.get("organizationId").asString() + ":" + u.get("reason").asString()).toList();
        assertThat(unreachable).contains("i-unaddressed:no-address")
                .noneMatch(u -> u.startsWith("i-addressed:") || u.startsWith("i-pending:"));
        assertThat(recipients.get("organizations").asInt()).isGreaterThanOrEqualTo(2);

        String id = draft.json().get("notice").get("id").asString();
        assertThat(put("i-unaddressed", TestTokens.representative("i-unaddressed"), "{\"email\": \"info@i-unaddressed.example\"}")
                .status()).isEqualTo(200);
        JsonNode again = http().get("/api/notices/" + id, OFFICER).json().get("recipients");
        assertThat(again.get("cannotBeReached").toString()).doesNotContain("i-unaddressed");
    }

    @Test
    void aRegistryAdministratorReadsAndChangesAnAddressButOtherStaffMayNot() {
        assertThat(put("i-admin", ADMIN, "{\"email\": \"kansli@i-admin.example\"}").status()).isEqualTo(200);
        assertThat(http().get("/api/organizations/i-admin/inbox", ADMIN).json().get("email").asString())
                .isEqualTo("kansli@i-admin.example");
        assertThat(put("i-admin", OFFICER, "{\"email\": \"x@y.example\"}").status()).isEqualTo(403);
        assertThat(http().get("/api/organizations/i-admin/inbox", OFFICER).status()).isEqualTo(403);
    }

    @Test
    void theForwarderSetsAnAddressOnlyWhereNoneIsSetSoARepeatedForwardUndoesNoChange() {
        assertThat(put("i-forwarded", FORWARDER, "{\"email\": \"forst@i-forwarded.example\"}").status()).isEqualTo(200);
        assertThat(put("i-forwarded", TestTokens.representative("i-forwarded"), "{\"sms\": \"+46701230002\"}").status()).isEqualTo(200);
        TestHttp.Response repeated = put("i-forwarded", FORWARDER, "{\"email\": \"forst@i-forwarded.example\"}");
        assertThat(repeated.status()).isEqualTo(200);
        JsonNode inbox = http().get("/api/organizations/i-forwarded/inbox", ADMIN).json();
        assertThat(inbox.get("sms").asString()).isEqualTo("+46701230002");
        assertThat(inbox.toString()).doesNotContain("forst@i-forwarded.example");
    }

    @Test
    void aNumberThatIsNotE164IsRefusedNamingTheField() {
        TestHttp.Response refused = put("i-bad", ADMIN, "{\"sms\": \"070-123 45 67\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("sms");
    }

    private TestHttp.Response put(String org, String token, String json) {
        return http().send("PUT", "/api/organizations/" + org + "/inbox", token, json, Map.of());
    }
}
