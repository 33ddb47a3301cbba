package org.samverkan.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The back-off of one binding, decided anew at every failure of a record, not only at its first: the error handler
 * keeps one back-off per record, so a record that failed first in an outage (wait) and then for a bug (bounded
 * attempts), or the other way round, must switch. The retry listener classifies each failure on the consumer thread
 * just before the handler asks for the next back-off, on that same thread.
 */
final class ClassifiedBackOff implements BackOff, RetryListener {
    private final BackOff bounded;
    private final BackOff outage;
    private final OutageLog outages;
    private final String destination;
    private final ThreadLocal<FailureKind> lastFailure = ThreadLocal.withInitial(() -> FailureKind.PERMANENT);

    ClassifiedBackOff(BackOff bounded, BackOff outage, OutageLog outages, String destination) {
        this.bounded = bounded;
        this.outage = outage;
        this.outages = outages;
        this.destination = destination;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        FailureKind kind = FailureKind.of(failure);
        lastFailure.set(kind);
        if (kind == FailureKind.TRANSIENT) {
            outages.waiting(destination, failure);
        }
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private FailureKind kind;
            private BackOffExecution current;

            /** A change of kind starts that kind's back-off afresh: an outage does not use up the bounded attempts. */
            @Override
            public long nextBackOff() {
                FailureKind now = lastFailure.get();
                if (now == FailureKind.UNREADABLE) {
                    return STOP;
                }
                if (now != kind || current == null) {
                    kind = now;
                    current = (now == FailureKind.TRANSIENT ? outage : bounded).start();
                }
                return current.nextBackOff();
            }
        };
    }
}
