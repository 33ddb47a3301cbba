package org.samverkan.followup.report;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kept forever: the record of what was shared with whom and what they said. */
@Configuration(proxyBeanMethods = false)
class ReportTopic {
    @Bean
    NewTopic reportEventsTopic() {
        return TopicBuilder.name(ReportEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
