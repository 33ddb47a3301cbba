package org.samverkan.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.ConsumedTopics;

/**
 * Communications starts here without the registry, follow-up or the inventory, so its bindings create the topics it
 * reads. They must be as their owners declare them: with one partition, widened when the owner starts, the rumour
 * topic's events keyed to the new partitions waited up to five minutes (a counter-message draft never came).
 */
class TopicsOfOtherServicesTest extends CommunicationsIntegrationBase {
    private static final List<String> READ = List.of("samverkan.registry.organization", "samverkan.followup.rumour",
            "samverkan.inventory.need", "samverkan.inventory.commitment", "samverkan.inventory.offer");

    @Test
    void topicsCommunicationsCreatesForReadingHaveTheirOwnersPartitionsAndKeepTheirEvents() {
        Map<String, String> held = ConsumedTopics.describe(READ);

        assertThat(held).allSatisfy((topic, shape) -> assertThat(shape).as(topic).isEqualTo("partitions=3 retention.ms=-1"));
    }

    @Test
    void theDeadLetterTopicHasOnePartitionAndKeepsItsRecordsUntilReplayed() {
        assertThat(ConsumedTopics.describe(List.of("communications.dlt")))
                .containsEntry("communications.dlt", "partitions=1 retention.ms=-1");
    }
}
