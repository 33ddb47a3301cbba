package org.samverkan.communications.translation;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kept forever, like the inventory's own topics: its needs and commitments are rebuilt from it on a replay. */
@Configuration(proxyBeanMethods = false)
class TranslationTopic {
    @Bean
    NewTopic translationEventsTopic() {
        return TopicBuilder.name(TranslationEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
