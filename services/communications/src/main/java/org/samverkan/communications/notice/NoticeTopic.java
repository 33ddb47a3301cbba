package org.samverkan.communications.notice;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kept forever so follow-up can rebuild the reach of notices from the start. */
@Configuration(proxyBeanMethods = false)
class NoticeTopic {
    @Bean
    NewTopic noticeEventsTopic() {
        return TopicBuilder.name(NoticeEvents.TOPIC).partitions(3).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }
}
