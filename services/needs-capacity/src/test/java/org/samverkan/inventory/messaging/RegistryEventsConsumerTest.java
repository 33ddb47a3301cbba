package org.samverkan.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samverkan.inventory.messaging.RegistryRecords.registered;
import static org.samverkan.inventory.messaging.RegistryRecords.send;
import static org.samverkan.inventory.messaging.RegistryRecords.suspended;
import static org.samverkan.inventory.messaging.RegistryRecords.verified;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RegistryEventsConsumerTest extends InventoryIntegrationBase {
    private static final String REGISTERED = "org.samverkan.registry.OrganizationRegistered";
    @Autowired
    ConsumerMetrics metrics;

    @Test
    void aVerifiedOrganisationsCapacityCountsAndASuspendedOnesStopsCounting() {
        String id = UUID.randomUUID().toString();
        send(registered(id, 1, "Masmo mosképförening"));
        JsonNode pending = awaitCopy(id, 1);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("capacityCounts").asBoolean()).isFalse();

        send(verified(id, 2));
        assertThat(awaitCopy(id, 2).get("capacityCounts").asBoolean()).isTrue();
        send(suspended(id, 3));
        JsonNode now = awaitCopy(id, 3);
        assertThat(now.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(now.get("capacityCounts").asBoolean()).isFalse();
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        String id = UUID.randomUUID().toString();
        var record = registered(id, 1, "Skogås scoutkår");
        send(record);
        awaitCopy(id, 1);
        double seenBefore = metrics.count(REGISTERED, "already_seen");
        send(record);
        await().atMost(Duration.ofSeconds(20)).until(() -> metrics.count(REGISTERED, "already_seen") > seenBefore);
        JsonNode copy = copy(id).json();
        assertThat(copy.get("registryVersion").asLong()).isEqualTo(1);
        assertThat(copy.get("name").asString()).isEqualTo("Skogås scoutkår");
    }

    @Test
    void anOlderEventArrivingAfterANewerOneIsIgnored() {
        String id = UUID.randomUUID().toString();
        send(registered(id, 1, "Trångsunds församling"));
        send(suspended(id, 3));
        awaitCopy(id, 3);
        double seenBefore = metrics.count("org.samverkan.registry.OrganizationVerified", "already_seen");
        send(verified(id, 2));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> metrics.count("org.samverkan.registry.OrganizationVerified", "already_seen") > seenBefore);
        assertThat(copy(id).json().get("status").asString()).isEqualTo("SUSPENDED");
    }

    /** Each event carries the whole public state, so a copy is complete even if an earlier event is missing. */
    @Test
    void aLaterEventAloneGivesACompleteCopy() {
        String id = UUID.randomUUID().toString();
        send(verified(id, 2));
        JsonNode copy = awaitCopy(id, 2);
        assertThat(copy.get("name").asString()).isEqualTo(RegistryRecords.NAME);
        assertThat(copy.get("status").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void aRepresentativeReadsTheirOwnOrganisationsStandingButNotAnothers() {
        String mine = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        send(registered(mine, 1, "Huddinge centrum kvinnojour"));
        send(verified(mine, 2));
        send(registered(other, 1, "Stuvsta IF"));
        awaitCopy(other, 1);
        assertThat(awaitCopy(mine, 2)).isNotNull();
        assertThat(http().get("/api/organizations/" + mine, TestTokens.representative(mine)).status()).isEqualTo(200);
        Response refused = http().get("/api/organizations/" + other, TestTokens.representative(mine));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void anUnknownOrganisationIsA404Problem() {
        Response response = http().get("/api/organizations/" + UUID.randomUUID(), TestTokens.role("crisis-staff"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    private Response copy(String id) {
        return http().get("/api/organizations/" + id, TestTokens.role("crisis-staff"));
    }

    private JsonNode awaitCopy(String id, long version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> copy(id),
                r -> r.status() == 200 && r.json().get("registryVersion").asLong() == version).json();
    }
}
