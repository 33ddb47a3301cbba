package org.samverkan.registry.organization;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The registry owns its topic; partitions let consumers scale out while one organisation's events stay ordered.
 * Events are kept forever: other services rebuild their copies by replaying the topic from the start.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationTopic {
    @Bean
    NewTopic organizationEventsTopic() {
        return TopicBuilder.name(OrganizationEvents.TOPIC).partitions(3)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
