package org.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The role names are the service's to give: without them it does not start, rather than treat nobody as internal. */
class RoleNamesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void aServiceThatNamesNoRolesDoesNotStart() {
        context.withPropertyValues("samverkan.security.roles.operator=operator")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("samverkan.security.roles"));
    }

    @Test
    void configuredNamesAreBound() {
        context.withPropertyValues("samverkan.security.roles.internal=inside-a, inside-b",
                        "samverkan.security.roles.delegate=agent", "samverkan.security.roles.operator=operator")
                .run(started -> assertThat(started.getBean(RoleNames.class))
                        .isEqualTo(new RoleNames(java.util.Set.of("inside-a", "inside-b"), "agent", "operator")));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RoleNames.class)
    static class Bound {
    }
}
