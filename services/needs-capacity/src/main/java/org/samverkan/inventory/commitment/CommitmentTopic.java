package org.samverkan.inventory.commitment;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kept forever: "who did what where" is rebuilt from it. */
@Configuration(proxyBeanMethods = false)
class CommitmentTopic {
    @Bean
    NewTopic commitmentEventsTopic() {
        return TopicBuilder.name(CommitmentEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
