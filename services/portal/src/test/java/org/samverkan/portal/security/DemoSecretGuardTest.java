package org.samverkan.portal.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoSecretGuardTest {

    @Test
    void outsideTheDemoProfileAMissingOrDemoSecretRefusesToStart() {
        assertThatThrownBy(() -> DemoSecretGuard.check(false, "")).hasMessageContaining("PORTAL_CLIENT_SECRET");
        assertThatThrownBy(() -> DemoSecretGuard.check(false, null)).hasMessageContaining("required");
        assertThatThrownBy(() -> DemoSecretGuard.check(false, "portal-secret")).hasMessageContaining("demo");
        assertThatCode(() -> DemoSecretGuard.check(false, "a-real-secret-from-the-vault")).doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileRunsWithTheDemoSecret() {
        assertThatCode(() -> DemoSecretGuard.check(true, "portal-secret")).doesNotThrowAnyException();
    }
}
