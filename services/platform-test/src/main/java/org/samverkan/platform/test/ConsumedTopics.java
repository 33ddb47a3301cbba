package org.samverkan.platform.test;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How the broker holds topics a service reads but does not own. A service that starts before a topic's owner
 * creates the topic through its binder; that topic must already be what the owner declares, or the reader misses
 * partitions added later (until a metadata refresh) and the topic drops old events.
 */
public final class ConsumedTopics {
    private ConsumedTopics() {
    }

    /** Partition count and retention of each topic, as the broker reports them. */
    public static Map<String, String> describe(Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            var descriptions = admin.describeTopics(topics).allTopicNames().get(20, TimeUnit.SECONDS);
            List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(20, TimeUnit.SECONDS);
            Map<String, String> held = new LinkedHashMap<>();
            for (String topic : topics) {
                String retention = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic)).get(TopicConfig.RETENTION_MS_CONFIG).value();
                held.put(topic, "partitions=" + descriptions.get(topic).partitions().size() + " retention.ms=" + retention);
            }
            return held;
        } catch (Exception e) {
            throw new IllegalStateException("Could not describe " + topics + " on the test broker", e);
        }
    }
}
