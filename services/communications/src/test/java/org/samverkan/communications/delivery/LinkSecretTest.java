package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The acknowledgement-link secret is required and long outside the demo profile; nothing falls back to a random key. */
class LinkSecretTest {
    private static final String LONG = "a-secret-of-forty-bytes-for-this-test-xx";
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(c -> c.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(AckTokens.class);

    @Test
    void theServiceRefusesToStartWithoutASecret() {
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("token-secret").hasMessageContaining("is required"));
    }

    @Test
    void theServiceRefusesToStartWithASecretShorterThan32Bytes() {
        runner.withPropertyValues("samverkan.communications.token-secret=only-thirty-one-bytes-long-xxxx")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("at least 32 bytes, is 31"));
    }

    @Test
    void theServiceRefusesTheDemoSecretOutsideTheDemoProfile() {
        runner.withPropertyValues("samverkan.communications.token-secret=" + LinkSecret.DEMO_SECRET)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("allowed only in the demo profile"));
    }

    @Test
    void aLongSecretStartsAndSignsTheSameLinkOnEveryInstance() {
        runner.withPropertyValues("samverkan.communications.token-secret=" + LONG).run(first ->
                runner.withPropertyValues("samverkan.communications.token-secret=" + LONG).run(second -> {
                    assertThat(first).hasNotFailed();
                    String link = first.getBean(AckTokens.class).issue("n1", "o1", java.time.Instant.parse("2100-01-01T00:00:00Z"));
                    assertThat(second.getBean(AckTokens.class).problem(link, "n1", "o1")).isNull();
                }));
    }

    @Test
    void theDemoProfileAcceptsAShortSecretButStillNeedsOne() {
        ApplicationContextRunner demo = runner.withInitializer(c -> c.getEnvironment().setActiveProfiles("demo"));
        demo.withPropertyValues("samverkan.communications.token-secret=short").run(context -> assertThat(context).hasNotFailed());
        demo.run(context -> assertThat(context).hasFailed());
    }
}
