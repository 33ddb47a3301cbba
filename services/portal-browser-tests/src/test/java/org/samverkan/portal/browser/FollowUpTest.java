package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.portal.browser.Prepared.go;
import static org.samverkan.portal.browser.Prepared.choose;
import static org.samverkan.portal.browser.Prepared.errorAt;
import static org.samverkan.portal.browser.Prepared.tick;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Follow-up between an association and the equality lead: the representative reports an observation (a phone
 * number in it is refused at the field) and a rumour; the equality lead debunks the rumour and asks for a
 * counter-message, drafts a report and shares it; the representative comments and the equality lead answers.
 */
class FollowUpTest extends BrowserTest {

    @Test
    void aRepresentativeReportsAndCommentsWhileTheEqualityLeadHandlesTheRumourAndAnswersOnTheSharedReport() {
        // Follow-up acts only for a verified organisation's representative (and no other scenario must run first).
        String organisation = Prepared.verifiedRepresentedOrganisation(stack, "flemingsberg");
        browser.login("rep1");
        browser.open("/followup");
        go(browser, By.cssSelector("main a[href='/followup/observations']"));
        choose(browser, "area", "varby");
        choose(browser, "category", "isolation");
        tick(browser, "targetGroups", "older-people");
        browser.type(By.id("description"), "Äldre i Vårby får ingen information, ring 070-123 45 67");
        go(browser, By.cssSelector("form#observation button[type=submit]"));
        assertThat(errorAt(browser, "description")).contains("telefonnummer");
        browser.type(By.id("description"), "Äldre somalisktalande i Vårby har inte fått information om matutdelningen");
        go(browser, By.cssSelector("form#observation button[type=submit]"));
        assertThat(browser.text()).contains("Tack, observationen är rapporterad.");
        assertThat(browser.find(By.id("observations")).getText()).contains("Äldre somalisktalande i Vårby");
        browser.screenshot("followup-observations");

        browser.open("/followup/rumours");
        browser.type(By.id("text"), "Det sägs att smittan kommer från moskén i Vårby");
        choose(browser, "language", "so");
        choose(browser, "channel", "messaging-app");
        tick(browser, "areas", "varby");
        tick(browser, "stigmatising", "true");
        go(browser, By.cssSelector("form#rumour button[type=submit]"));
        assertThat(browser.find(By.id("rumour-status")).getText()).isEqualTo("Rapporterat");
        String rumour = browser.url().substring(browser.url().lastIndexOf('/') + 1);
        browser.signOutEverywhere();

        browser.login("equality");
        browser.open("/followup/rumours/" + rumour);
        go(browser, By.cssSelector("form#move button[type=submit]"));
        assertThat(browser.find(By.id("rumour-status")).getText()).isEqualTo("Granskas");
        browser.find(By.cssSelector("input[name=status][value=DEBUNKED]")).click();
        browser.type(By.id("note"), "Smittspridningen är inte knuten till någon plats");
        go(browser, By.cssSelector("form#move button[type=submit]"));
        assertThat(browser.find(By.id("rumour-status")).getText()).isEqualTo("Avfärdat");
        browser.type(By.id("summary"), "Smittan kommer inte från någon moské");
        tick(browser, "languages", "ar");
        go(browser, By.cssSelector("form#counter button[type=submit]"));
        assertThat(browser.find(By.id("counter-message")).getText()).contains("counter-" + rumour);
        browser.screenshot("followup-rumour");

        browser.open("/followup/reports");
        browser.type(By.id("title"), "Uppföljning vecka 47 – Vårby");
        browser.type(By.id("summary"), "Äldre somalisktalande nås sämre än andra grupper.");
        go(browser, By.cssSelector("form#report button[type=submit]"));
        assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("Utkast");
        String report = browser.url().substring(browser.url().lastIndexOf('/') + 1);
        browser.type(By.id("alsoShareWith"), organisation);
        go(browser, By.cssSelector("form#share button[type=submit]"));
        assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("Delad, öppen för kommentarer");
        browser.signOutEverywhere();

        browser.login("rep1");
        browser.open("/followup/reports");
        go(browser, By.cssSelector("a[href='/followup/reports/" + report + "']"));
        browser.type(By.id("text"), "Vi når fler äldre genom fredagsbönen än genom WhatsApp.");
        go(browser, By.cssSelector("form#comment button[type=submit]"));
        assertThat(browser.find(By.id("comments")).getText()).contains("Vi når fler äldre genom fredagsbönen");
        browser.screenshot("followup-report-comment");
        browser.signOutEverywhere();

        browser.login("equality");
        browser.open("/followup/reports/" + report);
        browser.find(By.cssSelector("#comments textarea")).sendKeys("Tack, vi lägger till fredagsbönen i spridningen.");
        go(browser, By.cssSelector("#comments form.answer-form button"));
        assertThat(browser.find(By.cssSelector("#comments .answer")).getText()).contains("Tack, vi lägger till fredagsbönen");
    }
}
