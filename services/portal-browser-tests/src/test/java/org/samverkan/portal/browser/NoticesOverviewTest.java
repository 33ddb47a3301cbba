package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Notices managed end to end: incidents opened and closed on their page, the overview by state (its "to review"
 * state is the equality lead's queue) naming incidents by name, media links edited, a published notice updated
 * and cancelled from its editor. Every page is checked with axe as it opens.
 */
class NoticesOverviewTest extends BrowserTest {

    @Test
    void theEqualityLeadsQueueListsNoticesInReviewByHeadlineAndIncidentNameAndClosingTheIncidentHidesThem() {
        String code = "skyfall-" + UUID.randomUUID().toString().substring(0, 8);
        browser.login("comms").open("/notices/incidents");
        browser.type(By.id("name"), "Skyfall i Vårby");
        browser.type(By.id("code"), code);
        browser.find(By.cssSelector("input[name=areas][value=varby]")).click();
        browser.submit(By.cssSelector("#open-incident button[type=submit]"));
        assertThat(browser.find(By.id("incidents-table")).getText()).contains("Skyfall i Vårby", "Pågår");
        browser.screenshot("incidents");

        String waiting = draft(code, "Översvämmade källare i Vårby");
        draft(code, "Sandsäckar i Vårby");
        assertThat(stack.communications().post("/api/notices/" + waiting + "/submission", stack.token("comms"), null).status()).isEqualTo(200);
        browser.signOutEverywhere();

        browser.login("equality").open("/notices").click(By.id("state-IN_REVIEW"));
        String queue = browser.find(By.id("overview-table")).getText();
        assertThat(queue).contains("Översvämmade källare i Vårby", "Skyfall i Vårby", "Väntar på granskning")
                .doesNotContain("Sandsäckar i Vårby").doesNotContain(code);
        browser.screenshot("notices-overview-review-queue");
        browser.click(By.linkText("Översvämmade källare i Vårby"));
        assertThat(browser.url()).endsWith("/notices/" + waiting + "/sv");
        browser.signOutEverywhere();

        browser.login("comms").open("/notices/incidents")
                .submit(By.cssSelector("#incident-" + code + " button[type=submit]"));
        assertThat(browser.find(By.id("incidents-table")).getText()).contains("Skyfall i Vårby", "Avslutad");
        browser.open("/notices");
        assertThat(browser.find(By.id("overview")).getText()).doesNotContain("Sandsäckar i Vårby");
        browser.open("/notices?closed=true");
        assertThat(browser.find(By.id("overview")).getText()).contains("Sandsäckar i Vårby");
        browser.open("/notices/incidents?closed=true").submit(By.cssSelector("#incident-" + code + " button[type=submit]"));
        assertThat(browser.find(By.id("incidents-table")).getText()).contains("Arkiverad");
    }

    @Test
    void mediaLinksAreEditedAndAPublishedNoticeIsUpdatedAndCancelledFromItsEditor() {
        String id = draft("storm-2026", "Stängd bro i Huddinge centrum");
        browser.login("comms").open("/notices/" + id + "/sv");
        browser.type(By.id("media-0-url"), "https://example.org/teckensprak-bron.mp4");
        browser.submit(By.cssSelector("#media-form button[type=submit]"));
        assertThat(browser.find(By.id("media-links")).getText()).contains("Länkarna är sparade.");
        assertThat(browser.find(By.id("media-0-url")).getAttribute("value")).isEqualTo("https://example.org/teckensprak-bron.mp4");
        assertThat(media(id)).contains("https://example.org/teckensprak-bron.mp4");
        browser.type(By.id("media-0-url"), "");
        browser.submit(By.cssSelector("#media-form button[type=submit]"));
        assertThat(media(id)).as("emptying the address removes the link").isEqualTo("[]");

        publish(id);
        browser.open("/notices/" + id + "/sv").submit(By.cssSelector("#update-form button[type=submit]"));
        assertThat(browser.url()).doesNotContain(id);
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Utkast");
        assertThat(browser.find(By.id("replaces")).getText()).contains("Uppdaterar ett publicerat meddelande");

        browser.open("/notices/" + id + "/sv");
        browser.type(By.id("reason"), "Bron är öppen igen.");
        browser.submit(By.cssSelector("#cancel-form button[type=submit]"));
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("Återkallat");
        browser.screenshot("notice-cancelled");
    }

    private String draft(String incident, String headline) {
        var created = stack.communications().post("/api/notices", stack.token("comms"), """
                {"incident": "%s", "category": "Met", "urgency": "Expected", "severity": "Moderate",
                 "certainty": "Likely", "areas": ["varby"], "targetGroups": [], "sourceLanguage": "sv",
                 "texts": {"sv": {"headline": "%s", "body": "Text."},
                           "sv-x-lattlast": {"headline": "%s", "body": "Lätt text."}}}""".formatted(incident, headline, headline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("notice").get("id").asString();
    }

    /** Through review with every missing language justified, then published. */
    private void publish(String id) {
        assertThat(stack.communications().post("/api/notices/" + id + "/submission", stack.token("comms"), null).status()).isEqualTo(200);
        StringBuilder justifications = new StringBuilder();
        stack.communications().get("/api/notices/" + id, stack.token("comms")).json().get("languages").get("missing")
                .forEach(l -> justifications.append(justifications.isEmpty() ? "" : ", ")
                        .append('"').append(l.asString()).append("\": \"Översättning beställd\""));
        var approved = stack.communications().post("/api/notices/" + id + "/review", stack.token("equality"),
                "{\"checklist\": {\"languages\": true, \"easyRead\": true, \"accessibleFormats\": true, \"groupsReached\": true},"
                        + " \"justifications\": {" + justifications + "}}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        var published = stack.communications().post("/api/notices/" + id + "/publication", stack.token("comms"), null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    private String media(String id) {
        return stack.communications().get("/api/notices/" + id, stack.token("comms")).json().get("notice").get("content").get("media").toString();
    }
}
