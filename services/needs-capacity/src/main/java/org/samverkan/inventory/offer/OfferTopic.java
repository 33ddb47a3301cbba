package org.samverkan.inventory.offer;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kept forever, like the registry's topic: consumers rebuild their copies by replaying from the start. */
@Configuration(proxyBeanMethods = false)
class OfferTopic {
    @Bean
    NewTopic offerEventsTopic() {
        return TopicBuilder.name(OfferEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
