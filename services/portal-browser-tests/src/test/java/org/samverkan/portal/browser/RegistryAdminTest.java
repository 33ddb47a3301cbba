package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.portal.browser.Prepared.go;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.samverkan.platform.test.TestHttp;

/**
 * A registry administrator works through the verification queue: a newly registered organisation is flagged as a
 * probable duplicate of one already waiting, they merge it into that one, verify the survivor and find both
 * decisions in the audit trail.
 */
class RegistryAdminTest extends BrowserTest {

    @Test
    void anAdministratorMergesAFlaggedDuplicateVerifiesTheSurvivorAndFindsBothInTheAuditTrail() {
        String first = register("Föreningen Eritreanska Kvinnor i Masmo");
        String duplicate = register("Eritreanska kvinnoföreningen Masmo");

        browser.login("admin");
        browser.open("/registry/queue");
        var warning = browser.find(By.cssSelector("#pending-" + duplicate + " .duplicate-warning"));
        assertThat(warning.getText()).contains("Liknar Föreningen Eritreanska Kvinnor i Masmo");
        browser.screenshot("registry-queue");

        go(browser, By.cssSelector("#pending-" + duplicate + " form.merge button"));
        assertThat(browser.text()).contains("Organisationerna är sammanslagna.");
        assertThat(browser.driver().findElements(By.id("pending-" + duplicate))).as("the merged record left the queue").isEmpty();

        go(browser, By.cssSelector("#pending-" + first + " h2 a"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Föreningen Eritreanska Kvinnor i Masmo");
        go(browser, By.cssSelector("form.verify button"));
        assertThat(browser.find(By.id("status")).getText()).isEqualTo("Verifierad");
        String organisationPage = browser.driver().getCurrentUrl();
        assertThat(auditOnceItShows(organisationPage, "Verifierad")).contains("Registrerad", "Tog över en dubblett", "Verifierad");

        assertThat(auditOnceItShows("/registry/audit?organizationId=" + duplicate, "Sammanslagen")).contains("Sammanslagen");
        browser.screenshot("registry-audit");

        TestHttp.Response merged = stack.registry().get("/api/organizations/" + duplicate, stack.token("admin"));
        assertThat(merged.json().get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.json().get("mergedInto").asString()).isEqualTo(first);
    }

    /** The audit trail follows its changes from their events, within a few seconds: the page is reloaded until then. */
    private String auditOnceItShows(String page, String expected) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> browser.open(page).find(By.cssSelector("table.audit")).getText(), text -> text.contains(expected));
    }

    private String register(String name) {
        TestHttp.Response created = stack.registry().post("/api/organizations", null,
                "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\", \"reach\": {\"areas\": [\"masmo\"], \"languages\": [\"ti\"]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
