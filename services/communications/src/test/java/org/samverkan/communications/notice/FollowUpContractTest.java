package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.events.EventType;
import org.samverkan.platform.test.EventCatalogue;

/**
 * The counter-message contract communications consumes is the one docs/asyncapi.yaml documents for follow-up: a
 * stand-in record for the producer's side is checked against the catalogue, and the consumer's record must have
 * the same fields.
 */
class FollowUpContractTest {
    static final class ProducedByFollowUp {
        public static final String TOPIC = FollowUpContract.TOPIC;

        @EventType("org.samverkan.followup.CounterMessageRequested")
        record CounterMessageRequested(String rumourId, String summary, List<String> areas, List<String> targetGroups,
                                       List<String> languages, Instant requestedAt) {
        }
    }

    @Test
    void theCatalogueDescribesTheCounterMessageRequestAsConsumed() {
        // Only the consumed type is this module's business: follow-up's own test checks the rest of its channel.
        List<String> problems = EventCatalogue.load().problems(List.of(ProducedByFollowUp.CounterMessageRequested.class))
                .stream().filter(p -> p.contains("CounterMessageRequested")).toList();
        assertThat(problems).isEmpty();

        assertThat(names(FollowUpContract.CounterMessageRequested.class))
                .isEqualTo(names(ProducedByFollowUp.CounterMessageRequested.class));
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
