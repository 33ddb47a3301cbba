package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Login goes through the platform's issuer; the menu shows what the role allows, and other areas are closed. */
class LoginTest extends BrowserTest {

    @Test
    void crisisStaffLogInThroughTheIssuerAndSeeOnlyTheirOwnPartsOfThePortal() {
        browser.login("staff");
        assertThat(browser.url()).contains("/start");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Välkommen, staff");
        assertThat(browser.text()).contains("Krisledningsstab", "Behov", "Gap-analys").doesNotContain("Verifieringskö");

        browser.open("/registry/queue");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Inte tillåtet");
    }

    @Test
    void loggingOutEndsTheSessionAtTheIssuerToo() {
        browser.login("admin");
        browser.submit(By.cssSelector("form[action='/logout'] button"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Aktuella meddelanden");

        browser.driver().get(stack.portalUrl() + "/start");
        assertThat(browser.driver().findElements(By.name("password"))).as("the issuer asks for the password again").isNotEmpty();
    }
}
