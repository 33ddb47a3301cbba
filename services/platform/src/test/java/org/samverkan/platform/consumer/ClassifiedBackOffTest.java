package org.samverkan.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.FixedBackOff;

/** Every failure of a record is classified anew, whatever the first one was (unit test: no broker, no store). */
class ClassifiedBackOffTest {
    private static final long BOUNDED = 10;
    private static final long WAIT = 1000;
    private final ClassifiedBackOff backOff = new ClassifiedBackOff(new FixedBackOff(BOUNDED, 2),
            new FixedBackOff(WAIT, FixedBackOff.UNLIMITED_ATTEMPTS), new OutageLog(), "test.topic");
    private final BackOffExecution execution = backOff.start();

    @Test
    void aRecordThatFirstMetAnOutageAndThenABugGetsOnlyTheBoundedAttempts() {
        for (int i = 0; i < 5; i++) {
            fail(outage());
            assertThat(execution.nextBackOff()).as("waiting out the outage").isEqualTo(WAIT);
        }
        fail(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).isEqualTo(BOUNDED);
        fail(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).isEqualTo(BOUNDED);
        fail(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).as("then to the dead-letter topic").isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void anOutageAfterABugWaitsInsteadOfDeadLettering() {
        fail(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).isEqualTo(BOUNDED);
        fail(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).isEqualTo(BOUNDED);
        for (int i = 0; i < 10; i++) {
            fail(outage());
            assertThat(execution.nextBackOff()).isEqualTo(WAIT);
        }
    }

    @Test
    void anUnreadableRecordStopsAtOnce() {
        fail(new MessageHandlingException(null, new MalformedEventException("not JSON")));
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    /** As the binding delivers it: the store's failure inside the messaging layer's wrapper. */
    private static Exception outage() {
        return new MessageHandlingException(null, new DataAccessResourceFailureException("Timed out waiting for a server"));
    }

    private void fail(Exception failure) {
        backOff.failedDelivery((ConsumerRecord<?, ?>) null, failure, 1);
    }
}
