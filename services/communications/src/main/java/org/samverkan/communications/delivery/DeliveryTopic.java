package org.samverkan.communications.delivery;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Kept forever: follow-up counts the reach of notices per area and language from it. Deliveries are swept on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryTopic {
    @Bean
    NewTopic deliveryEventsTopic() {
        return TopicBuilder.name(DeliveryEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
