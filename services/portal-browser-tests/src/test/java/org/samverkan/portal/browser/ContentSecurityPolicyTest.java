package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The browser suite's Content-Security-Policy check can fail: a page whose policy refuses its own inline style is
 * reported, and the portal's own pages, public and logged in, are not.
 */
class ContentSecurityPolicyTest extends BrowserTest {

    @Test
    void anInlineStyleThePolicyRefusesIsReportedFromTheConsole() {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"style-src 'self'\">"
                + "<style>body { color: red }</style></head><body><main>x</main></body></html>";
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));

        assertThat(browser.policyViolations()).isNotEmpty();
    }

    @Test
    void thePortalsPagesNeedNoExceptionToTheirPolicy() {
        browser.policyViolations(); // forget what earlier pages logged
        browser.open("/public/notices");
        browser.login("comms");
        browser.open("/notices");

        assertThat(browser.policyViolations()).isEmpty();
    }
}
