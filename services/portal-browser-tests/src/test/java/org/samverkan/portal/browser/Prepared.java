package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samverkan.platform.test.TestHttp;

/**
 * State the representative, crisis-staff and follow-up scenarios start from, prepared through the services' APIs
 * with real tokens, and small browser steps they share. Waiting is for events to travel between services (the
 * registry's verification reaching the inventory and communications); nothing asserts how long that takes.
 */
final class Prepared {
    private Prepared() {
    }

    /** rep1's organisation verified, serving {@code area} (tolerates an earlier verification by another scenario). */
    static String verifiedRepresentedOrganisation(PortalStack stack, String area) {
        String id = stack.representedOrganization();
        TestHttp.Response verified = stack.registry().post("/api/organizations/" + id + "/verification", stack.token("admin"), null);
        assertThat(verified.status()).as(verified.body()).isIn(200, 409);
        TestHttp.Response profile = stack.registry().send("PUT", "/api/organizations/" + id + "/profile", stack.token("rep1"), """
                {"name": "Vårby Somaliska Föräldraförening", "description": "Stöd till somaliska familjer",
                 "reach": {"areas": ["%s", "varby"], "languages": ["so", "sv"], "targetGroups": ["families-with-children"],
                           "channels": [{"kind": "whatsapp-group", "estimatedReach": 150}]},
                 "contactPoints": []}""".formatted(area), java.util.Map.of());
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        eventually("the inventory learns that the organisation is verified", () -> {
            TestHttp.Response copy = stack.inventory().get("/api/organizations/" + id, stack.token("staff"));
            return copy.status() == 200 && "VERIFIED".equals(copy.json().get("status").asString());
        });
        // Follow-up refuses the representative of an organisation it knows as pending, until its copy says verified.
        eventually("follow-up learns that the organisation is verified", () ->
                stack.followUp().get("/api/observations", stack.token("rep1")).status() == 200);
        return id;
    }

    /** An active offer of rep1's organisation, made through the inventory API. Returns its id. */
    static String offer(PortalStack stack, String resourceType, String area, int quantity, String description) {
        TestHttp.Response offer = stack.inventory().post("/api/offers", stack.token("rep1"), """
                {"resourceType": "%s", "description": "%s", "quantity": %d, "unit": "personer",
                 "availableFrom": "%s", "availableUntil": null, "areas": ["%s"], "languages": ["so", "sv"],
                 "targetGroups": ["families-with-children"]}""".formatted(resourceType, description, quantity,
                Instant.now().minusSeconds(3600), area));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        return offer.json().get("id").asString();
    }

    static void eventually(String what, Supplier<Boolean> condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waiting until " + what).isBefore(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Clicks a button or link that loads a new page and checks that page with axe once it has loaded. (A form
     * post answered with a redirect can still be on its way when {@link Browser#submit} runs axe, which then
     * finds no axe on the new page; waiting until the old document is gone and the new one loaded avoids that race.)
     */
    static void go(Browser browser, By by) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.leavingThisPage = true"); // a new document does not have it
        browser.find(by).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(js.executeScript("return window.leavingThisPage !== true && document.readyState === 'complete'")));
        browser.checked();
    }

    /** Ticks a checkbox (or leaves it ticked). */
    static void tick(Browser browser, String name, String value) {
        WebElement box = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    static void choose(Browser browser, String selectId, String value) {
        new org.openqa.selenium.support.ui.Select(browser.find(By.id(selectId))).selectByValue(value);
    }

    /** The message shown next to a field, linked to it by aria-describedby. */
    static String errorAt(Browser browser, String field) {
        WebElement error = browser.find(By.id(field + "-error"));
        return error.getText();
    }
}
