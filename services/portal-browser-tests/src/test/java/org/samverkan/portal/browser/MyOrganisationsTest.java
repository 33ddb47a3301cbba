package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.portal.browser.Prepared.go;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.samverkan.platform.test.TestHttp;

/**
 * A person who represents two organisations chooses on "My organisations" which one they act for, by its name; the
 * portal then shows that organisation's pages and every call to the services acts for it. A representative of one
 * organisation has no such menu item.
 */
class MyOrganisationsTest extends BrowserTest {
    private static final String ACTING_FOR = "Samverkan-Acting-For";

    @Test
    void aRepresentativeOfTwoOrganisationsChoosesByNameAndThePagesActForTheChosenOne() {
        String first = Prepared.verifiedRepresentedOrganisation(stack, "flemingsberg");
        String second = stack.secondOrganization();
        TestHttp.Response verified = stack.registry().post("/api/organizations/" + second + "/verification", stack.token("admin"), null);
        assertThat(verified.status()).as(verified.body()).isIn(200, 409);
        Prepared.eventually("the inventory learns that the second organisation is verified", () -> {
            TestHttp.Response copy = stack.inventory().get("/api/organizations/" + second, stack.token("staff"));
            return copy.status() == 200 && "VERIFIED".equals(copy.json().get("status").asString());
        });
        offerFor(first, "Läxhjälp på somaliska i Vårby");
        offerFor(second, "Lokal för samling i Stuvsta");

        browser.signOutEverywhere();
        browser.login("rep3");
        browser.open("/organisation");
        assertThat(browser.driver().getCurrentUrl()).as("nothing chosen yet: choose first").endsWith("/organisation/choice");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Mina organisationer");
        String choices = browser.find(By.id("choices")).getText();
        assertThat(choices).contains("Vårby Somaliska Föräldraförening", "Stuvsta Kulturförening");
        assertThat(choices).as("names, not ids").doesNotContain(first, second);
        assertThat(browser.find(By.cssSelector("nav.menu a[href='/organisation/choice']")).getText()).isEqualTo("Mina organisationer");

        go(browser, By.cssSelector("button[aria-label='Agera för Stuvsta Kulturförening']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Stuvsta Kulturförening");
        assertThat(browser.find(By.id("chosen")).getText()).isEqualTo("Du agerar nu för Stuvsta Kulturförening.");
        browser.open("/organisation/offers");
        assertThat(browser.find(By.id("offers")).getText()).contains("Lokal för samling i Stuvsta")
                .doesNotContain("Läxhjälp på somaliska i Vårby");
        browser.screenshot("organisation-choice");

        browser.open("/organisation/choice");
        assertThat(browser.text()).contains("Du agerar för den här nu");
        go(browser, By.cssSelector("button[aria-label='Agera för Vårby Somaliska Föräldraförening']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Vårby Somaliska Föräldraförening");
        browser.open("/organisation/offers");
        assertThat(browser.find(By.id("offers")).getText()).contains("Läxhjälp på somaliska i Vårby")
                .doesNotContain("Lokal för samling i Stuvsta");

        browser.open("/organisation/choice?lang=en");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("My organisations");
        assertThat(browser.text()).contains("You act for this one now");
        browser.open("/organisation?lang=sv");

        browser.signOutEverywhere();
        browser.login("rep1");
        assertThat(browser.driver().findElements(By.cssSelector("nav.menu a[href='/organisation/choice']")))
                .as("one organisation, nothing to choose").isEmpty();
    }

    private void offerFor(String organisation, String description) {
        TestHttp.Response offer = stack.inventory().send("POST", "/api/offers", stack.token("rep3"), """
                {"resourceType": "premises", "description": "%s", "quantity": 1, "unit": "lokal",
                 "availableFrom": "%s", "availableUntil": null, "areas": ["varby"], "languages": ["sv"],
                 "targetGroups": []}""".formatted(description, Instant.now().minusSeconds(3600)), Map.of(ACTING_FOR, organisation));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
    }
}
