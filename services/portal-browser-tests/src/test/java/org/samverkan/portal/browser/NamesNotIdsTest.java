package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.samverkan.platform.test.TestHttp;

/**
 * Where people expect names (issue 15): each page shows the organisation, area, need or notice by its name and says
 * reasons and changes as sentences in the interface language, with no UUID or internal code in the text.
 */
class NamesNotIdsTest extends BrowserTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theRequiredLanguagesSayWhyInTheInterfaceLanguageNamingTheAreaAndTheOrganisations() {
        String persian = Seed.verifiedOrganization(stack, "Persiska kulturföreningen i Flemingsberg",
                "{\"areas\": [\"flemingsberg\"], \"languages\": [\"fa\"], \"targetGroups\": [], \"channels\": []}");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                stack.communications().get("/api/organizations/" + persian + "/deliveries", stack.token("comms")).status() == 200);
        TestHttp.Response draft = stack.communications().post("/api/notices", stack.token("comms"), """
                {"incident": "vatten-flemingsberg", "category": "Infra", "urgency": "Expected", "severity": "Moderate",
                 "certainty": "Likely", "areas": ["flemingsberg"], "targetGroups": [], "sourceLanguage": "sv",
                 "texts": {"sv": {"headline": "Vattenavstängning i Flemingsberg", "body": "Vattnet stängs av i natt.", "instruction": "Fyll en kanna."}}}""");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("notice").get("id").asString();

        browser.login("comms").open("/notices/" + id + "/sv");
        String arabic = browser.find(By.id("required-ar")).getText();
        assertThat(arabic).contains("Talas av 10", "i Flemingsberg, mer än gränsen 5");
        assertThat(arabic).doesNotContain("share", "exceeds", "flemingsberg");
        String persianRow = browser.find(By.id("required-fa")).getText();
        assertThat(persianRow).contains("Verifierade organisationer som når målområdet", "Persiska kulturföreningen i Flemingsberg");
        assertThat(persianRow).doesNotContain(persian, "verified organisation");
        assertThat(browser.find(By.id("required-sv-x-lattlast")).getText()).contains("En lättläst text krävs alltid.");
        assertThat(UUID.matcher(browser.find(By.cssSelector(".required-languages")).getText()).find()).isFalse();
        browser.screenshot("notice-required-reasons");

        browser.open("/notices/" + id + "/sv?lang=en");
        assertThat(browser.find(By.id("required-ar")).getText()).contains("Spoken by 10", "in Flemingsberg, above the threshold of 5");
        assertThat(browser.find(By.id("required-fa")).getText()).contains("Verified organisations reaching the target area", "Persiska kulturföreningen");
        browser.open("/notices/" + id + "/sv?lang=sv");
    }

    @Test
    void aMatchNamesTheOfferingOrganisationAndACommitmentSaysWhatWhereByWhenAndWhoAsked() {
        String organisation = Prepared.verifiedRepresentedOrganisation(stack, "stuvsta");
        String offer = Prepared.offer(stack, "food-delivery", "stuvsta", 6, "Matkassar från föreningens kök");
        Instant by = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        TestHttp.Response need = stack.inventory().post("/api/needs", stack.token("staff"), """
                {"resourceType": "food-delivery", "description": "Mat till hushåll utan ström i Stuvsta", "quantity": 4,
                 "unit": "kassar", "areas": ["stuvsta"], "targetGroups": [], "languages": [], "urgency": "HIGH",
                 "neededBy": "%s"}""".formatted(by));
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        String needId = need.json().get("id").asString();

        browser.login("staff").open("/crisis/needs/" + needId);
        String match = browser.find(By.id("match-" + offer)).getText();
        assertThat(match).contains("Erbjuds av Vårby Somaliska Föräldraförening").doesNotContain(organisation);
        browser.signOutEverywhere();

        TestHttp.Response proposed = stack.inventory().post("/api/commitments", stack.token("staff"),
                "{\"needId\": \"" + needId + "\", \"offerId\": \"" + offer + "\", \"quantity\": 3}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String commitment = proposed.json().get("id").asString();

        browser.login("rep1").open("/organisation/commitments");
        String card = browser.find(By.id("commitment-" + commitment)).getText();
        assertThat(card).contains("Mat till hushåll utan ström i Stuvsta", "Stuvsta", "Behövs senast",
                new org.samverkan.portal.web.LocalTimes().local(by), "Krisledningen, Huddinge kommun");
        assertThat(UUID.matcher(card).find()).as("no id of the need, offer or organisation").isFalse();
        browser.screenshot("organisation-commitment-need");

        browser.open("/organisation/commitments?lang=en");
        assertThat(browser.find(By.id("commitment-" + commitment)).getText()).contains("Needed by", "Asked by", "The crisis management staff");
        browser.open("/organisation/commitments?lang=sv");
    }

    @Test
    void theVerificationQueueShowsTheDescriptionAndTheReachByNameAndTheAuditLogReadsAsLabelsAndNames() {
        TestHttp.Response created = stack.registry().post("/api/organizations", null, """
                {"name": "Tigrinska kvinnor i Masmo", "kind": "ASSOCIATION", "description": "Samtalsgrupper för eritreanska kvinnor",
                 "reach": {"areas": ["masmo"], "languages": ["ti"], "targetGroups": ["women"],
                           "channels": [{"kind": "whatsapp-group", "estimatedReach": 60}]}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        browser.login("admin").open("/registry/queue");
        String item = browser.find(By.id("pending-" + id)).getText();
        assertThat(item).contains("Samtalsgrupper för eritreanska kvinnor", "Masmo", "Tigrinya", "Kvinnor", "cirka 60 personer");
        assertThat(item).doesNotContain("whatsapp-group", "masmo");

        String audit = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> browser.open("/registry/audit?organizationId=" + id).find(By.cssSelector("table.audit")).getText(),
                        text -> text.contains("Registrerad"));
        assertThat(audit).contains("Tigrinska kvinnor i Masmo", "Typ: Förening", "Status: Väntar på verifiering");
        assertThat(audit).doesNotContain("{", "status=", "ASSOCIATION", id.substring(0, 8));
        browser.screenshot("registry-audit-names");
    }

    @Test
    void capValuesAreOfferedInTheInterfaceLanguage() {
        browser.login("comms").open("/notices/new");
        assertThat(optionText("category", "Infra")).isEqualTo("Infrastruktur (el, vatten, tele)");
        assertThat(optionText("category", "CBRNE")).startsWith("Farliga ämnen");
        assertThat(optionText("urgency", "Immediate")).isEqualTo("Omedelbart – agera nu");
        assertThat(optionText("severity", "Severe")).isEqualTo("Allvarlig");
        assertThat(optionText("certainty", "Observed")).isEqualTo("Har inträffat");
        browser.open("/notices/new?lang=en");
        assertThat(optionText("category", "Infra")).isEqualTo("Infrastructure (power, water, telecoms)");
        browser.open("/notices/new?lang=sv");
    }

    @Test
    void theDashboardLabelsNoticesByTheirHeadline() {
        String id = Seed.publishedNotice(stack, "masmo", "Stormen Ada når Masmo");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                stack.followUp().get("/api/reach/notices", stack.token("equality")).body().contains(id));

        browser.login("equality").open("/dashboard");
        var row = browser.find(By.cssSelector("#reach-table a[href$='/notices/" + id + "/deliveries']"));
        assertThat(row.getText()).isEqualTo("Stormen Ada når Masmo");
    }

    @Test
    void afterRegisteringThePersonIsToldWhatHappensNextAndTheIdIsOnlyASmallReference() {
        browser.open("/organisation/register");
        browser.type(By.id("name"), "Stuvsta hembygdsförening");
        new Select(browser.find(By.id("kind"))).selectByValue("ASSOCIATION");
        browser.submit(By.cssSelector("#register button[type=submit]"));

        assertThat(browser.find(By.id("next-step")).getText()).contains("granskar", "verifierad");
        String status = browser.find(By.cssSelector(".success")).getText();
        String reference = browser.find(By.id("registration-reference")).getText();
        assertThat(reference).startsWith("Referens");
        assertThat(UUID.matcher(status.replace(reference, "")).find()).as("the id only in the reference line").isFalse();
    }

    private String optionText(String select, String value) {
        return browser.find(By.cssSelector("#" + select + " option[value='" + value + "']")).getText();
    }
}
