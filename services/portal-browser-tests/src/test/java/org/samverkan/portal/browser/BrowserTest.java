package org.samverkan.portal.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every browser scenario: the one shared stack and the one shared browser, started on first use; every
 * scenario starts logged out.
 */
abstract class BrowserTest {
    protected PortalStack stack;
    protected Browser browser;

    @BeforeEach
    void startStackAndBrowser() {
        Browser.requireChromium();
        stack = PortalStack.get();
        browser = Browser.get(stack.portalUrl());
    }

    @AfterEach
    void signOut() {
        if (browser != null) { // null when the browser tests are skipped
            browser.signOutEverywhere();
        }
    }
}
