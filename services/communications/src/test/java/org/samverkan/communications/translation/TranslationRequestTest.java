package org.samverkan.communications.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A missing language asked of the organisations offering interpretation in it, over the real broker, store and SMTP
 * server: the request's event, one e-mail per organisation with its signed link, the translator's page, the
 * translation kept as the organisation's proposal beside the notice's texts, and its event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationRequestTest extends CommunicationsIntegrationBase {
    private static final String OFFICER = Notices.OFFICER;
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @Autowired
    OrganizationCopies organizations;
    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    void interpreters() {
        // Tigrinya: offered by a verified organisation and by one the registry has not verified; Arabic by another.
        // Whom to ask comes from the offers; with no reach of their own they receive no other test's notices and
        // add no required language to them.
        RegistryRecords.organization("t-tigrinya", 2, "VERIFIED", List.of(), List.of(), List.of());
        RegistryRecords.organization("t-unverified", 1, "REGISTERED", List.of(), List.of(), List.of());
        RegistryRecords.organization("t-arabic", 2, "VERIFIED", List.of(), List.of(), List.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("t-tigrinya").isPresent()
                && organizations.find("t-unverified").isPresent() && organizations.find("t-arabic").isPresent());
        for (String org : List.of("t-tigrinya", "t-unverified", "t-arabic")) {
            var inbox = http().send("PUT", "/api/organizations/" + org + "/inbox", TestTokens.representative(org),
                    "{\"email\": \"notices@" + org + ".example\"}", Map.of());
            assertThat(inbox.status()).as(inbox.body()).isIn(200, 403);
        }
        offer("o-ti-1", "t-tigrinya", "interpretation", List.of("ti", "am"), "ACTIVE", 1);
        offer("o-ti-2", "t-unverified", "interpretation", List.of("ti"), "ACTIVE", 1);
        offer("o-ar-1", "t-arabic", "interpretation", List.of("ar"), "ACTIVE", 1);
        offer("o-ar-food", "t-tigrinya", "food", List.of("ar"), "ACTIVE", 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection(OfferCopies.COLLECTION)
                .countDocuments(new org.bson.Document("_id", new org.bson.Document("$in", List.of("o-ti-1", "o-ti-2", "o-ar-1", "o-ar-food")))) == 4);
    }

    @Test
    void theSameAskTwiceIsRefusedSoNobodyIsMailedTwiceAndNoSecondNeedIsRaised() {
        String notice = Notices.create(http(), Notices.draft(List.of("masmo"), List.of("sv")));
        TestHttp.Response first = http().post("/api/notices/" + notice + "/translation-requests", OFFICER, "{\"language\": \"ar\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        TestHttp.Response again = http().post("/api/notices/" + notice + "/translation-requests", OFFICER, "{\"language\": \"ar\"}");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(http().get("/api/notices/" + notice + "/translation-requests", OFFICER).json()).hasSize(1);
    }

    @Test
    void aMissingLanguageIsAskedOfVerifiedInterpretersWhoseTranslationArrivesAsAProposalToBeReviewed() throws Exception {
        String notice = Notices.create(http(), Notices.draft(List.of("masmo"), List.of("sv")));

        TestHttp.Response asked = http().post("/api/notices/" + notice + "/translation-requests", OFFICER, "{\"language\": \"ti\"}");

        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String request = asked.json().get("id").asString();
        assertThat(asked.json().get("organizations")).extracting(o -> o.get("organizationId").asString()).containsExactly("t-tigrinya");
        ConsumerRecord<String, byte[]> requested = event(request, "TranslationRequested");
        String payload = new String(requested.value(), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"noticeId\":\"" + notice + "\"", "\"language\":\"ti\"", "\"organizationIds\":[\"t-tigrinya\"]")
                .doesNotContain("@", "communications-officer", "Rubrik");

        // This request's e-mail: another test of this class asks the same organisation too.
        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> translationMailsTo("notices@t-tigrinya.example").stream()
                        .filter(m -> content(m).contains("/public/translation-requests/" + request + "/")).findFirst().orElse(null),
                        m -> m != null);
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).contains("Rubrik sv");
        Matcher link = Pattern.compile("http://[^/]+(/public/translation-requests/\\S+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String page = link.group(1);

        var opened = http().send("GET", page, null, null, Map.of("Accept", BROWSER));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("Rubrik sv", "Text på sv.", "Stanna inne", "lang=\"ti\" dir=\"ltr\"", "name=\"body\"");

        String path = page.substring(0, page.indexOf('?'));
        String query = page.substring(page.indexOf('?'));
        HttpResponse<String> sent = form(path + "/translation" + query,
                "headline=" + enc("ርእሲ") + "&body=" + enc("ጽሑፍ ብትግርኛ") + "&instruction=" + enc("ኣብ ገዛ ጽንሑ"), BROWSER);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        String thanks = sent.headers().firstValue("Location").orElseThrow();
        assertThat(http().send("GET", thanks, null, null, Map.of("Accept", BROWSER)).body()).contains("Tack!", "Förening t-tigrinya");

        JsonNode answer = http().get("/api/notices/" + notice + "/translation-requests", OFFICER).json().get(0).get("organizations").get(0);
        assertThat(answer.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(answer.get("proposal").get("headline").asString()).isEqualTo("ርእሲ");
        assertThat(answer.get("note").asString()).isEqualTo(
                "inskickad av Förening t-tigrinya, ska granskas / submitted by Förening t-tigrinya, to be reviewed");
        JsonNode texts = http().get("/api/notices/" + notice, OFFICER).json().get("notice").get("content").get("texts");
        assertThat(texts.has("ti")).as("the notice's own texts change only by the officer's edit").isFalse();
        String submitted = new String(event(request, "TranslationSubmitted").value(), StandardCharsets.UTF_8);
        assertThat(submitted).contains("\"organizationId\":\"t-tigrinya\"", "\"length\":" + ("ርእሲ".length() + "ጽሑፍ ብትግርኛ".length()
                + "ኣብ ገዛ ጽንሑ".length())).doesNotContain("ርእሲ");

        HttpResponse<String> again = form(path + "/translation" + query, "headline=x&body=y", BROWSER);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Redan skickad / Already sent");
        assertThat(http().get("/api/notices/" + notice + "/translation-requests", OFFICER).json().get(0).get("organizations").get(0)
                .get("proposal").get("headline").asString()).isEqualTo("ርእሲ");
    }

    @Test
    void namedOrganisationsMustBeVerifiedAndALanguageWithoutInterpretersAsksForThem() {
        String notice = Notices.create(http(), Notices.draft(List.of("masmo"), List.of("sv")));

        TestHttp.Response unverified = http().post("/api/notices/" + notice + "/translation-requests", OFFICER,
                "{\"language\": \"ti\", \"organizationIds\": [\"t-arabic\", \"t-unverified\"]}");
        TestHttp.Response nobody = http().post("/api/notices/" + notice + "/translation-requests", OFFICER, "{\"language\": \"pl\"}");
        TestHttp.Response present = http().post("/api/notices/" + notice + "/translation-requests", OFFICER, "{\"language\": \"sv\"}");
        TestHttp.Response unknown = http().post("/api/notices/" + notice + "/translation-requests", OFFICER, "{\"language\": \"xx\"}");
        TestHttp.Response named = http().post("/api/notices/" + notice + "/translation-requests", OFFICER,
                "{\"language\": \"pl\", \"organizationIds\": [\"t-arabic\"]}");

        assertThat(unverified.status()).isEqualTo(422);
        assertThat(errorFields(unverified)).containsExactly("organizationIds[1]");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(errorFields(nobody)).containsExactly("language");
        assertThat(errorFields(present)).containsExactly("language");
        assertThat(errorFields(unknown)).containsExactly("language");
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(http().get("/api/notices/" + notice + "/translation-requests", OFFICER).json()).hasSize(1);
    }

    @Test
    void theTranslatorsLinkIsForOneRequestAndOrganisationAndAnIncompleteTranslationNamesTheFields() {
        String notice = Notices.create(http(), Notices.draft(List.of("masmo"), List.of("sv")));
        String request = http().post("/api/notices/" + notice + "/translation-requests", OFFICER,
                "{\"language\": \"ti\"}").json().get("id").asString();
        String base = "/public/translation-requests/" + request + "/t-tigrinya";
        String ownToken = tokens.issue(TranslationRequestMail.subject(request), "t-tigrinya");

        var forOther = form("/public/translation-requests/" + request + "/t-arabic/translation?token=" + enc(ownToken),
                "headline=h&body=b", "application/json");
        var deliveryToken = form(base + "/translation?token=" + enc(tokens.issue(notice, "t-tigrinya")), "headline=h&body=b",
                "application/json");
        var incomplete = form(base + "/translation?token=" + enc(ownToken), "headline=&body=", "application/json");
        var incompletePage = form(base + "/translation?token=" + enc(ownToken), "headline=" + enc("x".repeat(201)) + "&body=b", BROWSER);

        assertThat(forOther.statusCode()).isEqualTo(403);
        assertThat(deliveryToken.statusCode()).isEqualTo(403);
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(incomplete.body()).contains("\"field\":\"body\"", "\"field\":\"headline\"");
        assertThat(incompletePage.statusCode()).isEqualTo(422);
        assertThat(incompletePage.body()).contains("Rubrik / Headline", "Tillbaka till formuläret");
        assertThat(http().get("/api/notices/" + notice + "/translation-requests", OFFICER).json().get(0).get("organizations").get(0)
                .get("status").asString()).isEqualTo("REQUESTED");
    }

    @Autowired
    org.samverkan.communications.delivery.AckTokens tokens;

    private static ConsumerRecord<String, byte[]> event(String key, String type) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicProbe.readAll(TranslationEvents.TOPIC).stream()
                .filter(r -> key.equals(r.key()) && ("org.samverkan.communications." + type)
                        .equals(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private static void offer(String id, String org, String type, List<String> languages, String status, long version) {
        String json = """
                {"offerId": "%s", "organizationId": "%s", "resourceType": "%s", "description": "d", "quantity": 5, "unit": "hours",
                 "committedQuantity": 0, "remainingQuantity": 5, "availableFrom": "2026-01-01T00:00:00Z", "availableUntil": null,
                 "areas": ["masmo"], "languages": %s, "targetGroups": [], "status": "%s", "changedAt": "2026-01-01T00:00:00Z"}"""
                .formatted(id, org, type, languages.stream().map(l -> "\"" + l + "\"").toList(), status);
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.samverkan.inventory.OfferRegistered",
                        "ce_source", "/samverkan/needs-capacity", "ce_time", Instant.now().toString(), "ce_subject", id,
                        "ce_aggregateversion", String.valueOf(version), "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        RegistryRecords.send(new ProducerRecord<>("samverkan.inventory.offer", null, id, json.getBytes(StandardCharsets.UTF_8), headers));
    }

    private HttpResponse<String> form(String path, String fields, String accept) {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Other tests' notices may reach these inboxes too: only the translation requests count here. */
    private static List<MimeMessage> translationMailsTo(String address) {
        return mailsTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("(translation request)");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String content(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
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
