package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One notice to Stuvsta's older people, through the real broker, store and SMTP server. Stuvsta is used by no other
 * test class, so exactly these organisations reach it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryTest extends CommunicationsIntegrationBase {
    private static final List<String> LANGUAGES = List.of("sv", "sv-x-lattlast", "fi", "ti");
    @Autowired
    OrganizationCopies organizations;
    @Autowired
    SimulatedSmsGateway sms;
    @Autowired
    AckTokens tokens;
    @Autowired
    FanOut fanOut;
    @Autowired
    org.samverkan.reference.ReferenceData reference;
    String noticeId;
    /** A second notice to the same organisations, answered from the link page's forms, so the first keeps its answers. */
    String formNoticeId;
    String link;
    MimeMessage delivered;

    @BeforeAll
    void publishToStuvsta() throws Exception {
        var older = List.of("older-people");
        RegistryRecords.organization("d-email", 2, "VERIFIED", List.of("stuvsta"), List.of("ti"), older);
        RegistryRecords.organization("d-sms", 2, "VERIFIED", List.of("snattringe", "stuvsta"), List.of("ti"), older);
        RegistryRecords.organization("d-unreachable", 2, "VERIFIED", List.of("stuvsta"), List.of(), older);
        RegistryRecords.organization("d-other-group", 2, "VERIFIED", List.of("stuvsta"), List.of("ti"), List.of("children-and-young-people"));
        RegistryRecords.organization("d-pending", 1, "PENDING", List.of("stuvsta"), List.of("ti"), older);
        RegistryRecords.organization("d-other-area", 2, "VERIFIED", List.of("skogas"), List.of("ti"), older);
        RegistryRecords.organization("d-suspended", 2, "VERIFIED", List.of("stuvsta"), List.of("ti"), older);
        RegistryRecords.organization("d-suspended", 3, "SUSPENDED", List.of("stuvsta"), List.of("ti"), older);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("d-suspended")
                .filter(o -> o.status().equals("SUSPENDED")).isPresent() && organizations.find("d-other-area").isPresent());
        inbox("d-email", "{\"email\": \"notices@d-email.example\"}");
        inbox("d-sms", "{\"sms\": \"+46701111111\"}");
        inbox("d-unreachable", "{\"sms\": \"+46709999999\"}");
        inbox("d-other-group", "{\"email\": \"notices@d-other-group.example\"}");

        noticeId = Notices.publish(http(), Notices.draft(List.of("stuvsta"), LANGUAGES), null);

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(TestSmtp.get().getReceivedMessages())
                .filter(m -> address(m).equals("notices@d-email.example")).filter(m -> body(m).contains(noticeId)).findFirst().orElse(null),
                m -> m != null);
        delivered = mail;
        Matcher m = Pattern.compile("https?://[^/\\s]+(/public/notices/[^/\\s]+/deliveries/\\S+)").matcher(body(mail));
        assertThat(m.find()).isTrue();
        link = m.group(1);
        assertThat(body(mail)).contains("Rubrik ti").contains("Rubrik sv-x-lattlast");

        formNoticeId = Notices.publish(http(), Notices.draft(List.of("stuvsta"), LANGUAGES), null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http().get("/api/notices/" + formNoticeId + "/deliveries", OFFICER)
                .body().contains(formNoticeId + ":d-sms"));
    }

    @Test
    void theDeliveredEmailIsPlainTextAndHtmlWithEachOfTheOrganisationsLanguagesAndItsPublicPageToForward() throws Exception {
        assertThat(delivered.getSubject()).as("the Swedish headline and that of the organisation's language").isEqualTo("Rubrik sv – Rubrik ti");
        assertThat(delivered.isMimeType("multipart/alternative")).as(delivered.getContentType()).isTrue();
        MimeMultipart parts = (MimeMultipart) delivered.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();

        for (String language : List.of("sv", "sv-x-lattlast", "ti")) {
            String page = "https://www.kommun.test/public/notices/" + noticeId + "/" + language;
            assertThat(text).contains(page);
            assertThat(html).contains("<a href=\"" + page + "\">");
        }
        assertThat(html).contains("<section lang=\"ti\" dir=\"ltr\"").contains(">ትግርኛ</h2>").contains(">Lättläst svenska</h2>")
                .contains("Text på ti.<br>").contains("&lt;b&gt;ej html&lt;/b&gt;").contains("<strong>Stanna inne</strong>");
        assertThat(text).as("only the organisation's languages and those everyone gets").doesNotContain("Rubrik fi")
                .contains("== ትግርኛ ==").contains(link);
    }

    @Test
    void deliveryGoesToExactlyTheVerifiedOrganisationsReachingTheAreaAndGroup() {
        var report = report(r -> r.get("byStatus").has("FAILED") && r.get("byStatus").get("DELIVERED").asInt() == 2);

        Set<String> receivers = java.util.stream.StreamSupport.stream(report.get("deliveries").spliterator(), false)
                .map(d -> d.get("organizationId").asString()).collect(Collectors.toSet());
        assertThat(receivers).containsExactlyInAnyOrder("d-email", "d-sms", "d-unreachable");
        assertThat(sms.sent()).anyMatch(s -> s.number().equals("+46701111111") && s.text().contains("/public/notices/" + noticeId));
        assertThat(Arrays.stream(TestSmtp.get().getReceivedMessages()).map(DeliveryTest::address))
                .doesNotContain("notices@d-other-group.example");
    }

    @Test
    void theOfficersAreEmailedOnceAboutTheNoticesFailedDeliveriesWhenAllHaveEnded() throws Exception {
        String link = "https://portal.kommun.test/notices/" + noticeId + "/deliveries";
        java.util.function.Supplier<List<MimeMessage>> reports = () -> Arrays.stream(TestSmtp.get().getReceivedMessages())
                .filter(m -> address(m).equals("officers@kommun.test") && body(m).contains(link)).toList();

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(reports::get, r -> !r.isEmpty()).getFirst();

        assertThat(body(mail)).contains("1 av 3 organisationer").doesNotContain("+46709999999");
        Thread.sleep(1000); // five sweeps, and the redelivered events of the same notice: still one
        assertThat(reports.get()).hasSize(1);
    }

    @Test
    void theEmailCarriesAMessageIdMadeFromItsDeliverySoARepeatedAttemptIsRecognisableAsTheSameMessage() throws Exception {
        var report = report(r -> r.get("byStatus").has("DELIVERED"));
        String delivery = java.util.stream.StreamSupport.stream(report.get("deliveries").spliterator(), false)
                .filter(d -> d.get("organizationId").asString().equals("d-email")).findFirst().orElseThrow().get("id").asString();

        List<String> ids = new java.util.ArrayList<>();
        for (MimeMessage mail : TestSmtp.get().getReceivedMessages()) {
            if (address(mail).equals("notices@d-email.example") && body(mail).contains(noticeId)) {
                ids.add(mail.getMessageID());
            }
        }

        // A dot-atom: the delivery id's ":" (notice:organisation) becomes "-".
        assertThat(ids).containsExactly("<delivery." + delivery.replace(':', '-') + "@deliveries.samverkan>");
    }

    @Test
    void anOrganisationsDeliveriesSayWhatWasDeliveredInWordsNotOnlyByMessageId() {
        report(r -> r.get("byStatus").has("DELIVERED"));

        var mine = http().get("/api/organizations/d-email/deliveries", OFFICER).json();

        var delivered = java.util.stream.StreamSupport.stream(mine.spliterator(), false)
                .filter(d -> d.get("noticeId").asString().equals(noticeId)).findFirst().orElseThrow();
        assertThat(delivered.get("headline").asString()).as("the notice's headline in its source language").isEqualTo("Rubrik sv");
        var ofNotice = report(r -> true).get("deliveries");
        assertThat(ofNotice).allSatisfy(d -> assertThat(d.get("headline").asString()).isEqualTo("Rubrik sv"));
    }

    @Test
    void aRepeatedFanOutCreatesNothingTwice() {
        report(r -> r.get("deliveries").size() == 3);

        assertThat(fanOut.deliver(DeliveryEvents.MessageKind.NOTICE, noticeId, List.of("stuvsta"), List.of("older-people"),
                LANGUAGES)).isZero();
        assertThat(http().get("/api/notices/" + noticeId + "/deliveries", OFFICER).json().get("deliveries").size()).isEqualTo(3);
    }

    @Test
    void aFailedDeliveryIsRetriedThenReportedNeverDropped() {
        var report = report(r -> r.get("byStatus").has("FAILED"));
        var failed = java.util.stream.StreamSupport.stream(report.get("deliveries").spliterator(), false)
                .filter(d -> d.get("organizationId").asString().equals("d-unreachable")).findFirst().orElseThrow();

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("lastError").asString()).contains("unreachable");
        var events = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> types(noticeId + ":d-unreachable"),
                t -> t.contains("org.samverkan.communications.DeliveryFailed"));
        assertThat(events).containsExactly("org.samverkan.communications.DeliveryFailed");
    }

    @Test
    void theSignedLinkAcknowledgesAndReportsRelaysButOnlyForItsNoticeAndOrganisation() {
        String token = link.substring(link.indexOf("token=") + 6);
        String otherNotice = "/public/notices/" + java.util.UUID.randomUUID() + "/deliveries/d-email/acknowledgement?token=" + token;
        String otherOrg = "/public/notices/" + noticeId + "/deliveries/d-sms/acknowledgement?token=" + token;
        String expired = "/public/notices/" + noticeId + "/deliveries/d-email/acknowledgement?token="
                + tokens.issue(noticeId, "d-email", Instant.now().minusSeconds(1));

        assertThat(http().post(otherNotice, null, null).status()).isEqualTo(403);
        assertThat(http().post(otherOrg, null, null).status()).isEqualTo(403);
        var refused = http().post(expired, null, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("expired");
        assertThat(http().get("/api/notices/" + noticeId + "/deliveries", OFFICER).body()).doesNotContain("acknowledgedAt\":\"");

        assertThat(http().get(link, null).body()).contains("<form method=\"post\"");
        var acknowledged = http().post(link.replace("/deliveries/d-email?", "/deliveries/d-email/acknowledgement?"), null, null);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        var relayed = http().post(link.replace("/deliveries/d-email?", "/deliveries/d-email/relays?"), null,
                "{\"people\": 120, \"language\": \"ti\", \"channel\": \"prayer-gathering\", \"area\": \"stuvsta\"}");
        assertThat(relayed.status()).as(relayed.body()).isEqualTo(200);

        var figures = report(r -> r.get("byLanguage").has("ti") && r.get("byLanguage").get("ti").get("peopleReached").asInt() == 120)
                .get("byLanguage").get("ti");
        assertThat(figures.get("acknowledged").asInt()).isGreaterThanOrEqualTo(1);
        var events = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> types(noticeId + ":d-email"), t -> t.size() >= 3);
        assertThat(events).containsExactly("org.samverkan.communications.NoticeDelivered",
                "org.samverkan.communications.NoticeAcknowledged", "org.samverkan.communications.NoticeRelayed");
    }

    @Test
    void theLinkPageIsForAPhoneWithTheNoticesHeadlineAndChoicesFromTheReferenceDataNotTypedCodes() {
        var page = http().get(smsLink(""), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<style>").contains("<h1>Rubrik sv</h1>").doesNotContain("Meddelande " + formNoticeId).doesNotContain("t.ex.")
                .doesNotContain("<input name=\"language\"");
        assertThat(options(page.body(), "language")).as("the notice's languages, by their own names").containsExactly(
                "sv=Svenska", "sv-x-lattlast=Lättläst svenska", "fi=Suomi", "ti=ትግርኛ");
        assertThat(options(page.body(), "channel")).hasSize(reference.channelKinds().size())
                .contains("prayer-gathering=Bön och samling", "whatsapp-group=WhatsApp-grupp");
        assertThat(options(page.body(), "area")).hasSize(reference.areas().size())
                .contains("sjodalen-fullersta=Sjödalen-Fullersta", "huddinge-centrum=Huddinge centrum");
    }

    @Test
    void theFormsAnswersAreAThankYouPageAndTheRelayIsCounted() {
        var acknowledged = form(smsLink("/acknowledgement"), "");
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(303);
        var relayed = form(smsLink("/relays"), "people=7&language=sv&channel=phone-chain&area=snattringe");
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(303);

        var thanks = http().get(relayed.headers().firstValue("Location").orElseThrow(), null);
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.contentType()).startsWith("text/html");
        assertThat(thanks.body()).contains("Tack! / Thank you!").contains("Vi har fått er rapport");
        assertThat(http().get(acknowledged.headers().firstValue("Location").orElseThrow(), null).body())
                .contains("Vi har fått er bekräftelse");
        var mine = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> java.util.stream.StreamSupport.stream(
                        http().get("/api/organizations/d-sms/deliveries", OFFICER).json().spliterator(), false)
                .filter(d -> d.get("noticeId").asString().equals(formNoticeId)).findFirst().orElseThrow(), d -> !d.get("relays").isEmpty());
        assertThat(mine.get("acknowledgedAt").isNull()).isFalse();
        assertThat(mine.get("relays").get(0).get("channel").asString()).isEqualTo("phone-chain");
        assertThat(mine.get("relays").get(0).get("people").asInt()).isEqualTo(7);
    }

    @Test
    void aRefusedFormIsAPageNamingTheFieldsInWordsWhileApiClientsKeepProblems() {
        var refused = form(smsLink("/relays"), "people=many&language=sv&channel=phone-chain&area=atlantis");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("<strong>Område / Area:</strong>")
                .contains("<strong>Ungefär hur många personer / About how many people:</strong>").doesNotContain("Kanal / Channel:</strong>")
                .contains("Tillbaka till formuläret");

        String forged = "/public/notices/" + formNoticeId + "/deliveries/d-sms/acknowledgement?token=" + tokens.issue(formNoticeId, "d-email");
        var forbidden = form(forged, "");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Länken kan inte användas / The link cannot be used");
        var page = http().send("GET", forged.replace("/acknowledgement", ""), null, null, java.util.Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");

        var problem = http().post(smsLink("/relays"), null,
                "{\"people\": 3, \"language\": \"sv\", \"channel\": \"phone-chain\", \"area\": \"atlantis\"}");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.isProblem()).isTrue();
        assertThat(errorFields(problem)).containsExactly("area");
        assertThat(http().post(forged, null, null).isProblem()).as("an API client's refusal").isTrue();
        var apiForm = form(smsLink("/relays"), "people=many&language=sv&channel=phone-chain&area=atlantis", "*/*");
        assertThat(apiForm.statusCode()).isEqualTo(422);
        assertThat(apiForm.headers().firstValue("Content-Type").orElse("")).as("form fields from a client not asking for HTML")
                .startsWith("application/problem+json");
        assertThat(apiForm.body()).contains("\"field\":\"people\"").contains("\"field\":\"area\"");
    }

    @Test
    void representativesAnswerFromTheirAccountOnlyForTheirOwnOrganisation() {
        report(r -> r.get("byStatus").has("DELIVERED") && r.get("byStatus").get("DELIVERED").asInt() == 2);
        String path = "/api/notices/" + noticeId + "/deliveries/d-sms/acknowledgement";

        assertThat(http().post(path, TestTokens.representative("d-email"), null).status()).isEqualTo(403);
        assertThat(http().get("/api/organizations/d-sms/deliveries", TestTokens.representative("d-email")).status()).isEqualTo(403);
        assertThat(http().get("/api/notices/" + noticeId + "/deliveries", TestTokens.representative("d-sms")).status()).isEqualTo(403);
        var ok = http().post(path, TestTokens.representative("d-sms"), null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("acknowledgedAt").isNull()).isFalse();
        var mine = http().get("/api/organizations/d-sms/deliveries", TestTokens.representative("d-sms"));
        assertThat(java.util.stream.StreamSupport.stream(mine.json().spliterator(), false).map(d -> d.get("noticeId").asString()))
                .contains(noticeId);
    }

    @Test
    void inboxesAreTheOrganisationsOwnAndStayOutOfEvents() {
        assertThat(http().send("PUT", "/api/organizations/d-email/inbox", TestTokens.representative("d-sms"),
                "{\"email\": \"x@y.example\"}", java.util.Map.of()).status()).isEqualTo(403);
        assertThat(http().send("PUT", "/api/organizations/d-email/inbox", OFFICER, "{\"email\": \"x@y.example\"}",
                java.util.Map.of()).status()).isEqualTo(403);
        assertThat(http().get("/api/organizations/d-email/inbox", TestTokens.representative("d-email")).json().get("email").asString())
                .isEqualTo("notices@d-email.example");
        assertThat(TopicProbe.readAll(DeliveryEvents.TOPIC)).noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("@"));
    }

    /** The link d-sms received by SMS for the second notice, to its page or one of its forms ({@code suffix}). */
    private String smsLink(String suffix) {
        return "/public/notices/" + formNoticeId + "/deliveries/d-sms" + suffix + "?token=" + tokens.issue(formNoticeId, "d-sms");
    }

    /** A POST as the link page's form sends it: form fields, and a browser's Accept. */
    private java.net.http.HttpResponse<String> form(String path, String fields) {
        return form(path, fields, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    private java.net.http.HttpResponse<String> form(String path, String fields, String accept) {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", accept)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(fields)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** "code=label" of a select's options, the empty prompt left out. */
    private static List<String> options(String html, String select) {
        int start = html.indexOf("<select id=\"" + select + "\"");
        assertThat(start).as("select " + select).isNotNegative();
        Matcher m = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]+)</option>").matcher(html.substring(start, html.indexOf("</select>", start)));
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + "=" + m.group(2));
        }
        return found;
    }

    private void inbox(String org, String json) {
        var response = http().send("PUT", "/api/organizations/" + org + "/inbox", TestTokens.representative(org), json, java.util.Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private tools.jackson.databind.JsonNode report(java.util.function.Predicate<tools.jackson.databind.JsonNode> ready) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> http().get("/api/notices/" + noticeId + "/deliveries", OFFICER).json(), ready::test);
    }

    private static List<String> types(String key) {
        return TopicProbe.readAll(DeliveryEvents.TOPIC).stream().filter(r -> key.equals(r.key()))
                .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).toList();
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole message: the plain text and the HTML of a multipart one. */
    private static String body(MimeMessage m) {
        try {
            if (m.getContent() instanceof MimeMultipart parts) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    all.append(parts.getBodyPart(i).getContent()).append('\n');
                }
                return all.toString();
            }
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
