package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The equality lead reads the dashboard: who reaches whom per area and group (or language), needs against
 * capacity, how far each notice got, and the trend — pictures with their numbers, and tables behind them.
 */
class EqualityDashboardTest extends BrowserTest {

    @Test
    void theEqualityLeadSeesCoverageNeedsReachAndTrendsAsChartsWithTheirNumbers() {
        Seed.verifiedOrganization(stack, "Masmo seniorträff", "{\"areas\": [\"masmo\"], \"languages\": [\"so\", \"sv\"],"
                + " \"targetGroups\": [\"older-people\"], \"channels\": [{\"kind\": \"in-person\", \"estimatedReach\": 30}]}");
        var need = stack.inventory().post("/api/needs", stack.token("staff"), """
                {"resourceType": "phone-outreach", "description": "Ring äldre i Masmo under strömavbrottet", "quantity": 40,
                 "unit": "calls", "areas": ["masmo"], "targetGroups": ["older-people"], "languages": ["so"],
                 "urgency": "HIGH", "neededBy": "%s"}""".formatted(Instant.now().plus(Duration.ofDays(2))));
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        Seed.publishedNotice(stack, "masmo", "Värmestuga öppen i Masmo");
        await().atMost(Duration.ofSeconds(40)).until(() -> masmo("organizationsReaching") >= 1 && masmo("needsOpen") >= 1
                && stack.followUp().get("/api/reach/notices", stack.token("equality")).json().size() >= 1);

        browser.login("equality").open("/dashboard");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Jämlikhetsöversikt");
        assertThat(browser.find(By.id("from")).getAttribute("value")).as("the period shown").matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(cellFor("Masmo", "Äldre personer (65+)")).isGreaterThanOrEqualTo(1);
        // the map: every district a link naming its figure in words, to its row in the table
        assertThat(browser.driver().findElements(By.cssSelector(".area-map svg a path"))).hasSize(11);
        assertThat(browser.find(By.cssSelector(".area-map a[href='#area-masmo']")).getAttribute("aria-label")).matches("Masmo: [1-9]\\d*");
        assertThat(browser.find(By.cssSelector(".banner.illustrative")).getText()).contains("exempelsiffror");
        assertThat(browser.find(By.cssSelector("svg.bars")).getAttribute("aria-labelledby")).isEqualTo("bars-heading");
        // the two bars of an area are told apart by words, not by colour alone
        assertThat(browser.driver().findElements(By.cssSelector("svg.bars .bar-label-needs"))).isNotEmpty()
                .allSatisfy(label -> assertThat(label.getText()).matches("behov \\d+"));
        assertThat(browser.driver().findElements(By.cssSelector("svg.bars .bar-label-capacity"))).isNotEmpty()
                .allSatisfy(label -> assertThat(label.getText()).matches("kapacitet \\d+"));
        assertThat(browser.find(By.id("reach-table")).getText()).as("a notice by its headline, not its incident code")
                .contains("Värmestuga öppen i Masmo").doesNotContain("storm-2026");
        assertThat(browser.driver().findElements(By.cssSelector(".sparkline polyline"))).hasSize(6);
        // people reached against the estimated speakers: Masmo has 4,000 residents, 5 % Somali → about 200
        WebElement people = browser.find(By.id("people-reached"));
        assertThat(people.findElement(By.tagName("caption")).getText()).startsWith("Nådda personer per område och språk");
        assertThat(people.findElement(By.cssSelector("#people-masmo th[scope=rowgroup]")).getText()).isEqualTo("Masmo");
        WebElement somali = people.findElement(By.cssSelector("#people-masmo tr[data-language=so]"));
        assertThat(somali.findElement(By.cssSelector("th[scope=row]")).getText()).isEqualTo("Soomaali (Somali)");
        List<String> figures = somali.findElements(By.tagName("td")).stream().map(WebElement::getText)
                .map(t -> t.replace('\u00a0', ' ')).toList();
        assertThat(figures.get(0)).as("estimated speakers").isEqualTo("200");
        assertThat(figures.get(1)).as("people reached").matches("\\d+");
        assertThat(figures.get(2)).as("share as a Swedish percentage").matches("(över )?\\d+ %");
        browser.screenshot("dashboard-groups");

        browser.find(By.cssSelector("input[name=columns][value=language]")).click();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("metric"))).selectByValue("needsOpen");
        browser.find(By.cssSelector("input[name=period][value=MONTHS]")).click();
        browser.submit(By.cssSelector("#dashboard-filter button[type=submit]"));
        assertThat(browser.find(By.id("heat-heading")).getText()).isEqualTo("Öppna behov per område och språk");
        assertThat(cellFor("Masmo", "Soomaali (Somali)")).isGreaterThanOrEqualTo(1);
        assertThat(browser.find(By.cssSelector("#trend-table thead th")).getAttribute("textContent")).isEqualTo("Månad");
        browser.screenshot("dashboard-languages");
    }

    @Test
    void aPeriodTheServiceRefusesIsShownAtTheDateFieldsWithWhatWasTypedNotAsAnErrorPage() {
        browser.login("equality").open("/dashboard?from=2026-11-20&to=2026-11-01");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Jämlikhetsöversikt");
        assertThat(browser.find(By.id("from-error")).getText()).isNotBlank();
        assertThat(browser.find(By.id("from")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("from")).getAttribute("aria-describedby")).isEqualTo("from-error");
        assertThat(browser.find(By.id("from")).getAttribute("value")).isEqualTo("2026-11-20");
        assertThat(browser.find(By.id("to")).getAttribute("value")).isEqualTo("2026-11-01");
        assertThat(browser.find(By.cssSelector(".error-summary a[href='#from']")).getText()).startsWith("from");
        assertThat(browser.driver().findElements(By.id("heat-map"))).as("the default period's figures").hasSize(1);
    }

    /** Typed text travels to the service as a value: a brace or an ampersand in it is refused at the field, no error page. */
    @Test
    void aTypedPeriodWithBracesOrAnAmpersandIsRefusedAtTheFieldNotTurnedIntoAnotherQuery() {
        browser.login("equality").open("/dashboard?from=%7Bx%7D%26area%3Dmasmo&to=2026-11-01");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Jämlikhetsöversikt");
        assertThat(browser.find(By.id("from-error")).getText()).isNotBlank();
        assertThat(browser.find(By.cssSelector(".error-summary a[href='#from']")).getText()).startsWith("from");
    }

    private long masmo(String metric) {
        JsonNode matrix = stack.followUp().get("/api/dashboard/matrix?columns=targetGroup", stack.token("equality")).json();
        for (JsonNode total : matrix.get("areaTotals")) {
            if (total.get("area").asString().equals("masmo")) {
                return total.get(metric).asLong();
            }
        }
        return 0;
    }

    /** The number in the heat map's cell for an area (row header) and a column header. */
    private long cellFor(String area, String column) {
        WebElement table = browser.find(By.id("heat-map"));
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        int index = headers.indexOf(column);
        assertThat(index).as("column %s in %s", column, headers).isPositive();
        WebElement row = table.findElement(By.xpath(".//tbody/tr[th[normalize-space()='" + area + "']]"));
        return Long.parseLong(row.findElements(By.tagName("td")).get(index - 1).getText());
    }
}
