package org.samverkan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.events.EventType;
import org.samverkan.platform.web.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;

/** An event the producer could never send is refused (422) before the outbox write, not left to block its aggregate. */
class EventSizeGuardTest {
    @EventType("org.samverkan.test.Noted")
    record Noted(String text) {
    }

    static final class Note extends AggregateRoot {
        Note(String text) {
            id = "note-1";
            raise(new Noted(text));
        }

        @Override
        protected String eventTopic() {
            return "samverkan.test.note";
        }
    }

    /** No store: the refusal must come before the first touch of it. */
    private final AggregateStore store = new AggregateStore(null, JsonMapper.builder().build(), null, Clock.systemUTC());

    @Test
    void anEventOverTheProducersSizeIsARuleViolationBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> store.save(new Note("x".repeat(AggregateStore.MAX_EVENT_BYTES))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("org.samverkan.test.Noted");
    }
}
