package org.samverkan.communications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service as configured for production — {@code sms.gateway} left at its default, {@code smpp} — bound to a real
 * SMPP server: a published notice reaches an organisation's SMS inbox through fan-out, sweep and SMPP, the
 * operator's receipt marks it delivered and the representative's "OK" acknowledges it. Its own database and consumer
 * group, so no other test context sends these deliveries.
 */
class SmppServiceTest {
    private static TestSmsc smsc;
    private static ConfigurableApplicationContext service;
    private static TestHttp http;

    @BeforeAll
    static void start() throws Exception {
        smsc = new TestSmsc();
        var infra = TestInfrastructure.get();
        service = new SpringApplicationBuilder(CommunicationsApplication.class).run(
                "--server.port=0",
                "--spring.application.name=communications-smpp-test",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri("communications-smpp-test"),
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile(),
                "--samverkan.communications.token-secret=smpp-test-secret-of-at-least-32-bytes-length",
                "--samverkan.communications.sms.smpp.port=" + smsc.port(),
                "--samverkan.communications.delivery.sweep-interval=200ms",
                "--samverkan.outbox.sweep-interval=200ms");
        http = TestHttp.on(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        smsc.close();
    }

    @Test
    void aNoticeGoesOutBySmppItsReceiptMarksItDeliveredAndAnOkAcknowledgesIt() throws Exception {
        RegistryRecords.organization("smpp-service-org", 2, "VERIFIED", List.of("masmo"), List.of("fi"), List.of("older-people"));
        OrganizationCopies copies = service.getBean(OrganizationCopies.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> copies.find("smpp-service-org").isPresent());
        var inbox = http.send("PUT", "/api/organizations/smpp-service-org/inbox", TestTokens.representative("smpp-service-org"),
                "{\"sms\": \"+46704000001\"}", Map.of());
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);

        String noticeId = Notices.publish(http, Notices.draft(List.of("masmo"), List.of("sv", "sv-x-lattlast", "fi", "ar")), null);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !smsc.messagesTo("46704000001").isEmpty());
        assertThat(smsc.messagesTo("46704000001")).singleElement().satisfies(text ->
                assertThat(text).startsWith("Rubrik sv ").contains("/public/notices/" + noticeId + "/deliveries/smpp-service-org?token="));
        JsonNode delivered = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> delivery(noticeId),
                d -> d != null && d.get("sms").isObject() && d.get("sms").get("state").asString().equals("DELIVERED"));
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");

        smsc.reply("46704000001", "ok");

        JsonNode acknowledged = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> delivery(noticeId),
                d -> d.get("acknowledgedAt") != null && !d.get("acknowledgedAt").isNull());
        assertThat(acknowledged.toString()).doesNotContain("4670400");
    }

    private static JsonNode delivery(String noticeId) {
        JsonNode deliveries = http.get("/api/notices/" + noticeId + "/deliveries", Notices.OFFICER).json().get("deliveries");
        return deliveries == null || deliveries.isEmpty() ? null : deliveries.get(0);
    }
}
