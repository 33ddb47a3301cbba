package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;

/**
 * What a person does on Keycloak's own pages in the browser, page by page as Keycloak shows them: the login form,
 * registering or entering a one-time code, setting a password from an invitation, completing the profile the realm
 * requires, and the "click here to proceed" and "back to application" links between them.
 */
final class KeycloakPages {
    private static final int MOST_PAGES = 8;

    private KeycloakPages() {
    }

    /** A person who knows their password and (for staff) has an authenticator app; its secret once registered. */
    static final class Person {
        final String username;
        final String password;
        final String firstName;
        String authenticatorSecret;
        private long lastPeriod = Long.MIN_VALUE;

        Person(String username, String password, String firstName) {
            this.username = username;
            this.password = password;
            this.firstName = firstName;
        }

        /**
         * A code not used before (Keycloak refuses a code twice): each from a later period than the last. The realm
         * accepts one period ahead, so a third code within the same 30 s waits for the clock.
         */
        String nextCode() {
            long period = Math.max(Totp.period(), lastPeriod + 1);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(65)).until(() -> Totp.period() >= period - 1);
            lastPeriod = period;
            return Totp.codeAt(authenticatorSecret, period);
        }
    }

    /** Signs in on Keycloak's login page and goes through whatever Keycloak asks next, until it is back at {@code until}. */
    static void signIn(Chromium browser, Person person, String until) {
        assertThat(browser.has(By.id("kc-form-login"))).as("Keycloak's login page at " + browser.url()).isTrue();
        browser.type(By.id("username"), person.username).type(By.id("password"), person.password).click(By.id("kc-login"));
        follow(browser, person, until);
    }

    /** Answers Keycloak's pages (codes, new password, profile, proceed links) until the browser is at {@code until}. */
    static void follow(Chromium browser, Person person, String until) {
        for (int page = 0; page < MOST_PAGES && !browser.url().startsWith(until); page++) {
            if (browser.has(By.id("kc-totp-settings-form"))) {
                person.authenticatorSecret = browser.value(By.name("totpSecret"));
                browser.type(By.id("totp"), person.nextCode()).type(By.id("userLabel"), "telefon")
                        .click(By.cssSelector("#kc-totp-settings-form [type=submit]"));
            } else if (browser.has(By.id("kc-otp-login-form"))) {
                browser.type(By.id("otp"), person.nextCode()).click(By.cssSelector("#kc-otp-login-form [type=submit]"));
            } else if (browser.has(By.id("kc-passwd-update-form"))) {
                browser.type(By.id("password-new"), person.password).type(By.id("password-confirm"), person.password)
                        .click(By.cssSelector("#kc-passwd-update-form [type=submit]"));
            } else if (browser.has(By.id("kc-update-profile-form"))) {
                browser.type(By.id("firstName"), person.firstName).type(By.id("lastName"), "Testsson")
                        .click(By.cssSelector("#kc-update-profile-form [type=submit]"));
            } else if (browser.has(By.cssSelector("#kc-info-message a"))) {
                browser.click(By.cssSelector("#kc-info-message a"));
            } else {
                throw new AssertionError("An unexpected page at " + browser.url() + ": " + browser.text(By.tagName("body")));
            }
        }
        assertThat(browser.url()).as("back from Keycloak").startsWith(until);
    }
}
