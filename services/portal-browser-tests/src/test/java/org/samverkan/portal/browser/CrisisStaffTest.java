package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.portal.browser.Prepared.go;
import static org.samverkan.portal.browser.Prepared.choose;
import static org.samverkan.portal.browser.Prepared.errorAt;
import static org.samverkan.portal.browser.Prepared.tick;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Crisis staff during an incident: publish a situation update, raise a need, read why each offer is suggested,
 * propose a commitment from the best one, and see the need in the gap analysis.
 */
class CrisisStaffTest extends BrowserTest {

    @Test
    void crisisStaffPublishASituationUpdateRaiseANeedProposeTheExplainedBestMatchAndSeeTheGap() {
        Prepared.verifiedRepresentedOrganisation(stack, "skogas");
        String offer = Prepared.offer(stack, "transport", "skogas", 3, "Minibuss med förare");
        browser.login("staff");

        browser.open("/crisis/situation?incident=storm-skogas");
        browser.type(By.id("situation"), "Strömavbrott i Skogås sedan klockan 14.");
        tick(browser, "areas", "skogas");
        go(browser, By.cssSelector("form#situation-form button[type=submit]"));
        assertThat(errorAt(browser, "title")).as("a situation update needs a title").isNotBlank();
        browser.type(By.id("title"), "Strömavbrott i Skogås");
        go(browser, By.cssSelector("form#situation-form button[type=submit]"));
        assertThat(browser.text()).contains("Lägesbilden är publicerad");
        assertThat(browser.find(By.cssSelector(".situation-update")).getText()).contains("Strömavbrott i Skogås", "Skogås");
        browser.screenshot("crisis-situation");

        browser.open("/crisis/needs");
        choose(browser, "resourceType", "transport");
        browser.type(By.id("description"), "Transport till värmestugan för äldre");
        browser.type(By.id("quantity"), "5");
        browser.type(By.id("unit"), "personer");
        tick(browser, "languages", "so");
        go(browser, By.cssSelector("form#need button[type=submit]"));
        assertThat(errorAt(browser, "areas")).as("a need has at least one area").isNotBlank();
        assertThat(browser.find(By.cssSelector("input[name=languages][value=so]")).isSelected()).isTrue();
        tick(browser, "areas", "skogas");
        tick(browser, "areas", "trangsund");
        go(browser, By.cssSelector("form#need button[type=submit]"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Transport till värmestugan för äldre");

        var match = browser.find(By.id("match-" + offer));
        assertThat(match.getText()).contains("Minibuss med förare");
        var areas = match.findElement(By.xpath(".//table[contains(@class,'explanation')]//tr[th[normalize-space()='Områden']]"));
        assertThat(areas.getText()).as("covers Skogås, misses Trångsund").contains("Skogås", "Trångsund");
        browser.screenshot("crisis-need-matches");

        go(browser, By.cssSelector("#match-" + offer + " form.propose button"));
        assertThat(browser.text()).contains("Sparat.");
        assertThat(browser.find(By.id("commitments")).getText()).contains("Vårby Somaliska Föräldraförening", "3 personer", "Föreslaget");

        browser.open("/crisis/gaps");
        assertThat(browser.find(By.id("gaps")).getText()).contains("Trångsund", "Transport", "Otäckt");
        browser.screenshot("crisis-gaps");

        browser.open("/crisis/gaps?lang=en");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Gap analysis");
        assertThat(browser.find(By.id("gaps")).getText()).contains("Uncovered");
        browser.open("/crisis/gaps?lang=sv");
    }
}
