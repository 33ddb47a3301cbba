package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A communications officer writes a notice with a tab per language, the equality lead reviews it against the
 * checklist, the officer publishes it and follows its delivery per organisation and language.
 */
class CommunicationsTest extends BrowserTest {

    @Test
    void aNoticeGoesFromTheEditorThroughEqualityReviewToPublicationAndDeliveryStatus() {
        String organisation = Seed.verifiedOrganization(stack, "Skogås PRO-förening",
                "{\"areas\": [\"skogas\"], \"languages\": [\"sv\", \"fi\"], \"targetGroups\": [\"older-people\"],"
                        + " \"channels\": [{\"kind\": \"phone-chain\", \"estimatedReach\": 40}]}");
        // communications must have learnt of the verified organisation before the notice is published
        await().atMost(Duration.ofSeconds(30)).until(() ->
                stack.communications().get("/api/organizations/" + organisation + "/deliveries", stack.token("comms")).status() == 200);

        browser.login("comms").open("/notices").click(By.linkText("Skriv ett nytt meddelande"));
        browser.type(By.id("incident"), "storm-2026");
        browser.find(By.cssSelector("input[name=areas][value=skogas]")).click();
        browser.find(By.cssSelector("input[name=targetGroups][value=older-people]")).click();
        browser.type(By.id("headline"), "Strömavbrott i Skogås");
        browser.type(By.id("body"), "Strömmen är borta i Skogås efter stormen. Reparation pågår.");
        browser.type(By.id("instruction"), "Ring 020-123 45 om du behöver hjälp.");
        browser.type(By.id("easyHeadline"), "Ingen ström i Skogås");
        browser.type(By.id("easyBody"), "Strömmen är borta. Den kommer tillbaka snart.");
        browser.screenshot("notice-new").submit(By.cssSelector("#new-notice button[type=submit]"));

        String editor = browser.url();
        assertThat(editor).matches(".*/notices/[^/]+/sv");
        String id = editor.replaceAll(".*/notices/([^/]+)/sv", "$1");
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Utkast");
        // Before publishing the officer sees that the organisation has no notice address (issue 14).
        assertThat(browser.find(By.id("unreachable-" + organisation)).getText()).contains("Skogås PRO-förening", "kan inte nås: ingen adress");
        assertThat(browser.find(By.id("required-ar")).getText()).contains("saknas");
        assertThat(browser.find(By.id("required-fi")).getText()).contains("saknas");

        browser.click(By.cssSelector(".tabs a[lang=ar]"));
        assertThat(browser.find(By.id("headline")).getAttribute("dir")).isEqualTo("rtl");
        browser.type(By.id("headline"), "انقطاع الكهرباء في سكوغوس");
        browser.type(By.id("body"), "انقطعت الكهرباء في سكوغوس بعد العاصفة. الإصلاح جارٍ.");
        // htmx refreshes the preview while typing, before anything is saved: inside a stable region, with a short
        // status for screen readers instead of the whole preview read out again
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('preview').dataset.stable = 'yes'");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.find(By.id("preview")).getText().contains("انقطاع الكهرباء"));
        assertThat(browser.find(By.id("preview")).getAttribute("data-stable")).as("the region was not replaced").isEqualTo("yes");
        assertThat(browser.find(By.id("preview")).getAttribute("aria-live")).isNull();
        assertThat(browser.find(By.id("preview-status")).getAttribute("role")).isEqualTo("status");
        assertThat(browser.find(By.id("preview-status")).getAttribute("textContent")).isEqualTo("Förhandsvisningen är uppdaterad.");
        browser.checked().submit(By.cssSelector("#text-form button[type=submit]"));
        assertThat(browser.find(By.id("required-ar")).getText()).contains("finns");
        assertThat(browser.find(By.cssSelector(".preview article")).getAttribute("dir")).isEqualTo("rtl");
        browser.screenshot("notice-editor-arabic-tab");

        browser.click(By.cssSelector(".tabs a[lang=fi]"));
        browser.type(By.id("headline"), "Sähkökatko Skogåsissa");
        browser.type(By.id("body"), "Sähköt ovat poikki Skogåsissa myrskyn jälkeen.");
        browser.submit(By.cssSelector("#text-form button[type=submit]"));
        browser.submit(By.cssSelector("#submit-form button[type=submit]"));
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Väntar på granskning");
        browser.signOutEverywhere();

        browser.login("equality").open("/notices");
        browser.type(By.id("open-id"), id).submit(By.cssSelector(".open-notice button[type=submit]"));
        browser.find(By.id("checklist-languages")).click();
        browser.submit(By.cssSelector("#review-form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("checklist");
        browser.screenshot("notice-review-error");
        assertThat(browser.find(By.id("checklist-languages")).isSelected()).as("what was ticked is kept").isTrue();
        browser.find(By.id("checklist-easyRead")).click();
        browser.find(By.id("checklist-accessibleFormats")).click();
        browser.find(By.id("checklist-groupsReached")).click();
        browser.driver().findElements(By.cssSelector("input[id^=justification-]"))
                .forEach(field -> field.sendKeys("Översättning beställd"));
        browser.submit(By.cssSelector("#review-form button[type=submit]"));
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Godkänt");
        browser.signOutEverywhere();

        browser.login("comms").open("/notices/" + id + "/sv").submit(By.cssSelector("#publish-form button[type=submit]"));
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Publicerat");

        // The organisation has registered no inbox: after the retries the officer sees the delivery failed, and why.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                browser.open("/notices/" + id + "/deliveries").find(By.id("by-organisation")).getText().contains("Misslyckades"));
        assertThat(browser.find(By.id("by-organisation")).getText())
                .contains("Skogås PRO-förening", "Suomi (Finnish)", "the organisation cannot be reached: no notice address");
        browser.screenshot("notice-delivery-status");
    }

    @Test
    void twoSavesFromTheSameVersionTheSecondIsShownTheConflictWithItsTextKeptAndTheFirstTextStays() {
        String id = draft("Halka i Flemingsberg", "flemingsberg");
        browser.login("comms").open("/notices/" + id + "/ar");

        // someone else saves the notice after this page was shown
        var other = stack.communications().send("PUT", "/api/notices/" + id, stack.token("comms"), draftJson("Halka i Flemingsberg",
                "flemingsberg", ", \"ar\": {\"headline\": \"نص الزميل\", \"body\": \"نص الزميل\"}"), java.util.Map.of());
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        browser.type(By.id("headline"), "نصي أنا");
        browser.type(By.id("body"), "نصي أنا في الجسم");
        browser.submit(By.cssSelector("#text-form button[type=submit]"));

        assertThat(browser.find(By.id("conflict")).getText()).contains("Någon annan sparade");
        assertThat(browser.find(By.cssSelector(".error-summary")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("headline")).getAttribute("value")).as("the user's text is kept").isEqualTo("نصي أنا");
        assertThat(browser.find(By.id("body")).getAttribute("value")).isEqualTo("نصي أنا في الجسم");
        assertThat(arabicHeadline(id)).as("the first save stands").isEqualTo("نص الزميل");

        browser.submit(By.cssSelector("#text-form button[type=submit]"));
        assertThat(browser.find(By.cssSelector("p.success")).getText()).isEqualTo("Texten är sparad.");
        assertThat(arabicHeadline(id)).as("saving again, knowingly, applies it").isEqualTo("نصي أنا");
    }

    @Test
    void anEmptyArabicHeadlineIsMarkedAtTheHeadlineAndEverySummaryLinkLeadsToAField() {
        String id = draft("Vattenläcka i Vårby", "varby");
        browser.login("comms").open("/notices/" + id + "/ar");
        browser.type(By.id("body"), "تسرب المياه في فاربي");
        browser.submit(By.cssSelector("#text-form button[type=submit]"));

        var headline = browser.find(By.id("headline"));
        assertThat(headline.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = headline.getAttribute("aria-describedby");
        assertThat(browser.driver().findElements(By.id(describedBy))).as("aria-describedby=%s", describedBy).hasSize(1);
        assertThat(browser.find(By.id(describedBy)).getText()).isNotBlank();
        assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#headline");
        assertThat(browser.find(By.id("body")).getAttribute("value")).isEqualTo("تسرب المياه في فاربي");
    }

    @Test
    void aRefusedPublicationShowsEachMissingLanguageAtItsChecklistRow() {
        String id = draft("Evakuering i Vårby", "varby");
        assertThat(stack.communications().post("/api/notices/" + id + "/submission", stack.token("comms"), null).status()).isEqualTo(200);
        var approved = stack.communications().post("/api/notices/" + id + "/review", stack.token("equality"),
                "{\"checklist\": {\"languages\": true, \"easyRead\": true, \"accessibleFormats\": true, \"groupsReached\": true},"
                        + " \"justifications\": {}}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        java.util.List<String> missing = new java.util.ArrayList<>();
        stack.communications().get("/api/notices/" + id, stack.token("comms")).json().get("languages").get("missing")
                .forEach(l -> missing.add(l.asString()));
        assertThat(missing).as("Vårby requires languages beyond Swedish").isNotEmpty();

        browser.login("comms").open("/notices/" + id + "/sv").submit(By.cssSelector("#publish-form button[type=submit]"));

        for (String language : missing) {
            assertThat(browser.find(By.id("required-" + language + "-error")).getText()).as(language).contains(language);
            assertThat(browser.find(By.cssSelector(".error-summary a[href='#required-" + language + "']")).getText())
                    .startsWith("texts." + language);
        }
    }

    @Test
    void theNewNoticeFormInEnglishMarksOnlyTheTypedSwedishAsSwedish() {
        browser.login("comms").open("/notices/new?lang=en");

        assertThat(browser.find(By.cssSelector("#swedish legend")).getText()).isEqualTo("Swedish");
        for (String fieldset : java.util.List.of("swedish", "easy-read")) {
            assertThat(browser.find(By.id(fieldset)).getAttribute("lang")).as(fieldset).isNullOrEmpty();
        }
        assertThat(browser.find(By.cssSelector("label[for=headline]")).getAttribute("lang")).isNullOrEmpty();
        for (String input : java.util.List.of("headline", "body", "instruction", "easyHeadline", "easyBody", "easyInstruction")) {
            assertThat(browser.find(By.id(input)).getAttribute("lang")).as(input).isEqualTo("sv");
        }
        browser.open("/notices/new?lang=sv");
    }

    @Test
    void anErrorPageKeepsTheMenuAndTheLogout() {
        browser.login("comms").open("/notices/no-such-notice/sv");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Något gick fel");
        assertThat(browser.text()).contains("Sidan eller uppgiften finns inte.");
        assertThat(browser.find(By.cssSelector("nav.menu")).getText()).contains("Meddelanden");
        assertThat(browser.find(By.cssSelector("form[action='/logout'] button")).isDisplayed()).isTrue();
    }

    @Test
    void theEqualityLeadSendsANoticeBackWithACommentTheOfficerReadsAboveTheEditor() {
        String id = draft("Vattenavstängning i Masmo", "masmo");
        assertThat(stack.communications().post("/api/notices/" + id + "/submission", stack.token("comms"), null).status()).isEqualTo(200);

        browser.login("equality").open("/notices/" + id + "/sv");
        browser.submit(By.cssSelector("#send-back-form button[type=submit]"));
        assertThat(browser.find(By.id("comment-error")).getText()).as("a send-back without a comment is refused at the field")
                .isNotBlank();
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Väntar på granskning");
        browser.type(By.id("comment"), "Lättläst text saknar vad man ska göra");
        browser.checked().submit(By.cssSelector("#send-back-form button[type=submit]"));
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Utkast");
        browser.signOutEverywhere();

        browser.login("comms").open("/notices/" + id + "/sv");
        assertThat(browser.find(By.id("sent-back")).getText()).contains("Skickat tillbaka av granskaren", "Lättläst text saknar vad man ska göra");
        browser.screenshot("notice-sent-back");
        browser.submit(By.cssSelector("#submit-form button[type=submit]"));
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Väntar på granskning");
        assertThat(browser.find(By.id("sent-back")).getText()).as("kept on the notice's history").contains("Lättläst text saknar");
    }

    /** A draft with Swedish and easy-read Swedish texts, written through the API; its id. */
    private String draft(String headline, String area) {
        var created = stack.communications().post("/api/notices", stack.token("comms"), draftJson(headline, area, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("notice").get("id").asString();
    }

    private static String draftJson(String headline, String area, String moreTexts) {
        return """
                {"incident": "storm-2026", "category": "Safety", "urgency": "Expected", "severity": "Moderate",
                 "certainty": "Likely", "areas": ["%s"], "targetGroups": [], "sourceLanguage": "sv",
                 "texts": {"sv": {"headline": "%s", "body": "Text."},
                           "sv-x-lattlast": {"headline": "%s", "body": "Lätt text."}%s}}""".formatted(area, headline, headline, moreTexts);
    }

    private String arabicHeadline(String id) {
        return stack.communications().get("/api/notices/" + id, stack.token("comms")).json().get("notice").get("content")
                .get("texts").get("ar").get("headline").asString();
    }

    @Test
    void aNoticeWithoutAreasIsRefusedAndTheServicesMessageStandsNextToTheAreasAndNothingIsLost() {
        browser.login("comms").open("/notices/new");
        browser.type(By.id("headline"), "Kokvattenrekommendation");
        browser.type(By.id("body"), "Koka vattnet innan du dricker det.");
        browser.submit(By.cssSelector("#new-notice button[type=submit]"));

        assertThat(browser.url()).endsWith("/notices");
        assertThat(browser.find(By.id("areas-error")).getText()).isNotBlank();
        assertThat(browser.find(By.id("areas")).getAttribute("aria-describedby")).isEqualTo("areas-error");
        assertThat(browser.find(By.cssSelector(".error-summary a[href='#areas']")).getText()).startsWith("areas");
        assertThat(browser.find(By.id("headline")).getAttribute("value")).isEqualTo("Kokvattenrekommendation");
        browser.screenshot("notice-new-error");
    }
}
