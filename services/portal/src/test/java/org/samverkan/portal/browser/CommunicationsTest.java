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
        assertThat(browser.find(By.id("required-ar")).getText()).contains("saknas");
        assertThat(browser.find(By.id("required-fi")).getText()).contains("saknas");

        browser.click(By.cssSelector(".tabs a[lang=ar]"));
        assertThat(browser.find(By.id("headline")).getAttribute("dir")).isEqualTo("rtl");
        browser.type(By.id("headline"), "انقطاع الكهرباء في سكوغوس");
        browser.type(By.id("body"), "انقطعت الكهرباء في سكوغوس بعد العاصفة. الإصلاح جارٍ.");
        // htmx refreshes the preview while typing, before anything is saved
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.find(By.id("preview")).getText().contains("انقطاع الكهرباء"));
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
                .contains("Skogås PRO-förening", "Suomi (Finnish)", "the organisation has registered no notice inbox");
        browser.screenshot("notice-delivery-status");
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
