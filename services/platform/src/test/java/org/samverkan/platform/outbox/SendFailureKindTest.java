package org.samverkan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessagingException;

/** Which send failures put a document on the way to quarantine: only those that no retry can cure. */
class SendFailureKindTest {
    @Test
    void aRecordTooLargeIsPermanentHoweverDeepTheBinderWrapsIt() {
        RecordTooLargeException tooLarge = new RecordTooLargeException("The message is 1200406 bytes");
        Throwable wrapped = new CompletionException(new MessagingException("send failed", tooLarge));
        assertThat(OutboxQuarantine.permanentCause(wrapped)).isSameAs(tooLarge);
    }

    @Test
    void serialisationAndUnreadableStoredEventsArePermanent() {
        assertThat(OutboxQuarantine.permanentCause(new SerializationException("bad"))).isNotNull();
        assertThat(OutboxQuarantine.permanentCause(new UnpublishableEventException(new NullPointerException()))).isNotNull();
    }

    @Test
    void aBrokerOutageIsTransient() {
        assertThat(OutboxQuarantine.permanentCause(new TimeoutException("Topic not present in metadata after 10000 ms"))).isNull();
        assertThat(OutboxQuarantine.permanentCause(new MessagingException("send failed", new NetworkException("gone")))).isNull();
        assertThat(OutboxQuarantine.permanentCause(new NotLeaderOrFollowerException("moved"))).isNull();
        assertThat(OutboxQuarantine.permanentCause(new java.util.concurrent.TimeoutException())).isNull();
    }
}
