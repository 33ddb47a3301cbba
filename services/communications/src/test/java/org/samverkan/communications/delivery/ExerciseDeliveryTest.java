package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/** An exercise reaches organisations like a real notice, over the real SMTP server, and every message says it is one. */
class ExerciseDeliveryTest extends CommunicationsIntegrationBase {
    private static final List<String> LANGUAGES = List.of("sv", "sv-x-lattlast", "fi", "ar", "so");

    @Autowired
    SimulatedSmsGateway sms;
    @Autowired
    OrganizationCopies organizations;

    @Test
    void anExerciseSaysSoInTheEmailsSubjectAndFirstLineOfBothPartsAndBeforeTheSms() throws Exception {
        // Visättra and Somali, which its notices require anyway: no other test's required languages change.
        RegistryRecords.organization("x-drill", 2, "VERIFIED", List.of("visattra"), List.of("so"), List.of("older-people"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("x-drill").isPresent());
        assertThat(http().send("PUT", "/api/organizations/x-drill/inbox", TestTokens.representative("x-drill"),
                "{\"email\": \"notices@x-drill.example\", \"sms\": \"+46701234599\"}", java.util.Map.of()).status()).isEqualTo(200);

        String exercise = Notices.publish(http(), Notices.drill(Notices.draft(List.of("visattra"), LANGUAGES), "Exercise"), null);

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(TestSmtp.get().getReceivedMessages())
                .filter(m -> to(m).equals("notices@x-drill.example")).findFirst().orElse(null), m -> m != null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sms.sent().stream().anyMatch(s -> s.text().contains(exercise)));

        assertThat(mail.getSubject()).startsWith("[ÖVNING / EXERCISE] ");
        assertThat(mail.getSubject()).isEqualTo("[ÖVNING / EXERCISE] Rubrik sv – Rubrik so");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(((String) parts.getBodyPart(0).getContent()).strip())
                .startsWith("ÖVNING / EXERCISE – inte ett verkligt meddelande / not a real alert");
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html.substring(html.indexOf("<body")))
                .containsPattern("^<body[^>]*>\\R<p role=\"alert\"[^>]*><strong>ÖVNING / EXERCISE – inte ett verkligt meddelande");
        assertThat(sms.sent().stream().filter(s -> s.text().contains(exercise)).findFirst().orElseThrow().text())
                .startsWith("[ÖVNING / EXERCISE] ");
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
