package org.samverkan.communications.situation;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kept forever: the series of an incident is part of its record. */
@Configuration(proxyBeanMethods = false)
class SituationUpdateTopic {
    @Bean
    NewTopic situationUpdateEventsTopic() {
        return TopicBuilder.name(SituationUpdateEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
