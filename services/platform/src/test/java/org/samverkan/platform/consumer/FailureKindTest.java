package org.samverkan.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;

class FailureKindTest {

    static final class DependencyAnswered503 extends RuntimeException implements TransientFailure {
    }

    @Test
    void aDependencyThatAnswers5xxOrTooLateIsWaitedOutNotDeadLettered() {
        assertThat(FailureKind.of(new DependencyAnswered503())).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new IllegalStateException("wrapped", new HttpTimeoutException("request timed out"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new IllegalArgumentException("a refusal that repeating cannot change")))
                .isEqualTo(FailureKind.PERMANENT);
    }
}
