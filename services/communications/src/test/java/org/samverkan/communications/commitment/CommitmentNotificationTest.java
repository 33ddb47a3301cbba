package org.samverkan.communications.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A proposed commitment e-mails the organisation's notice address with the need, place and time, over the real broker
 * and SMTP server, in the inventory's published format; once, however often the event comes and in whatever order.
 */
class CommitmentNotificationTest extends CommunicationsIntegrationBase {
    @Autowired
    OrganizationCopies organizations;

    @Test
    void aProposedCommitmentEmailsTheOrganisationOnceWithTheNeedPlaceAndTimeEvenIfItArrivesBeforeTheNeed() throws Exception {
        // A group no test notice targets: its inbox gets only what this test causes.
        RegistryRecords.organization("c-helpers", 2, "VERIFIED", List.of("visattra"), List.of("so"), List.of("families-with-children"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("c-helpers").isPresent());
        assertThat(http().send("PUT", "/api/organizations/c-helpers/inbox", TestTokens.representative("c-helpers"),
                "{\"email\": \"notices@c-helpers.example\"}", Map.of()).status()).isEqualTo(200);
        String need = UUID.randomUUID().toString();
        String commitment = UUID.randomUUID().toString();

        proposed(commitment, need); // before the need's copy: the e-mail waits for it
        proposed(commitment, need); // redelivered
        send("samverkan.inventory.need", need, "NeedRaised", 1, """
                {"needId": "%s", "resourceType": "water", "description": "Dricksvatten till äldreboendet", "quantity": 200,
                 "unit": "litres", "deliveredQuantity": 0, "areas": ["visattra"], "targetGroups": [], "languages": [],
                 "urgency": "HIGH", "neededBy": "2026-12-03T14:00:00Z", "status": "OPEN", "reportedBy": null,
                 "closeReason": null, "changedAt": "2026-12-02T07:00:00Z"}""".formatted(need));

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("notices@c-helpers.example"),
                m -> !m.isEmpty()).getFirst();
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).contains("80 litres water");
        assertThat(body).contains("Dricksvatten till äldreboendet", "Visättra", "2026-12-03 15:00",
                "https://portal.kommun.test/organisation/commitments");
        proposed(commitment, need); // and once more after it was sent
        Thread.sleep(1500);
        assertThat(mailsTo("notices@c-helpers.example")).hasSize(1);
    }

    private static void proposed(String commitment, String need) {
        send("samverkan.inventory.commitment", commitment, "CommitmentProposed", 1, """
                {"commitmentId": "%s", "needId": "%s", "offerId": "o-1", "organizationId": "c-helpers", "resourceType": "water",
                 "quantity": 80, "unit": "litres", "deliveredQuantity": 0, "status": "PROPOSED", "declineReason": null,
                 "changedAt": "%s"}""".formatted(commitment, need, Instant.now()));
    }

    private static void send(String topic, String key, String type, long version, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.samverkan.inventory." + type,
                        "ce_source", "/samverkan/needs-capacity", "ce_time", Instant.now().toString(), "ce_subject", key,
                        "ce_aggregateversion", String.valueOf(version), "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        RegistryRecords.send(new ProducerRecord<>(topic, null, key, json.getBytes(StandardCharsets.UTF_8), headers));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestSmtp.get().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
