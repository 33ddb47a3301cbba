package org.samverkan.followup.observation;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kept forever so the equality dashboard can rebuild from the start. */
@Configuration(proxyBeanMethods = false)
class ObservationTopic {
    @Bean
    NewTopic observationEventsTopic() {
        return TopicBuilder.name(ObservationEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
