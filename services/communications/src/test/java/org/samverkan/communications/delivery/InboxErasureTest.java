package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.inbox.Inbox;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A GDPR erasure reaches the notice inbox: its addresses and the keyed hash of its SMS number are gone from the store. */
class InboxErasureTest extends CommunicationsIntegrationBase {
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AckTokens tokens;
    @Autowired
    OrganizationCopies organizations;

    @Test
    void aRegistryAdministratorErasesAnInboxAndNothingOfItsAddressesStays() {
        String org = "erase-" + System.nanoTime();
        register(org, "{\"email\": \"anna.privat@example.org\", \"sms\": \"+46701234599\"}");
        mongo.save(new SmsTrail.LastToNumber(tokens.pseudonym("+46701234599"), "some-delivery", Instant.now()));

        var erased = http().send("DELETE", "/api/organizations/" + org + "/inbox", TestTokens.role("registry-admin"), null, Map.of());

        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(http().get("/api/organizations/" + org + "/inbox", TestTokens.representative(org)).status()).isEqualTo(404);
        assertThat(mongo.findById(org, Inbox.class)).isNull();
        assertThat(mongo.findById(tokens.pseudonym("+46701234599"), SmsTrail.LastToNumber.class)).isNull();
        assertThat(mongo.getCollection("inboxes").find().map(Object::toString).into(new java.util.ArrayList<>()))
                .noneMatch(d -> d.contains("anna.privat@example.org") || d.contains("46701234599"));
    }

    @Test
    void aRepresentativeErasesTheirOwnInboxButNotAnothersAndOtherRolesMayNot() {
        String org = "erase-own-" + System.nanoTime();
        register(org, "{\"email\": \"inbox@example.org\"}");

        assertThat(http().send("DELETE", "/api/organizations/" + org + "/inbox", TestTokens.representative("someone-else"), null, Map.of())
                .status()).isEqualTo(403);
        assertThat(http().send("DELETE", "/api/organizations/" + org + "/inbox", TestTokens.role("communications-officer"), null, Map.of())
                .status()).isEqualTo(403);
        assertThat(http().send("DELETE", "/api/organizations/" + org + "/inbox", TestTokens.representative(org), null, Map.of())
                .status()).isEqualTo(204);
        assertThat(http().send("DELETE", "/api/organizations/" + org + "/inbox", TestTokens.representative(org), null, Map.of())
                .status()).as("already erased").isEqualTo(404);
    }

    private void register(String org, String json) {
        RegistryRecords.organization(org, 2, "VERIFIED", List.of("stuvsta"), List.of(), List.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find(org).isPresent());
        var registered = http().send("PUT", "/api/organizations/" + org + "/inbox", TestTokens.representative(org), json, Map.of());
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
    }
}
