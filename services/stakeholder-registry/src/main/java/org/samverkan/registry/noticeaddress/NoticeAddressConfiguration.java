package org.samverkan.registry.noticeaddress;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;

/**
 * Where notice addresses go (samverkan.registry.notice-addresses.*): communications' base URL and the machine
 * client's token endpoint and credentials. Without a communications URL addresses wait on their records, and the
 * start-up log says so.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NoticeAddressConfiguration {

    @Bean
    NoticeAddressForwarder noticeAddressForwarder(MongoTemplate mongo, Clock clock,
            @Value("${samverkan.registry.notice-addresses.communications-url:}") String communications,
            @Value("${samverkan.registry.notice-addresses.token-uri:}") String tokenUri,
            @Value("${samverkan.registry.notice-addresses.client-id:samverkan-machine}") String clientId,
            @Value("${samverkan.registry.notice-addresses.client-secret:}") String clientSecret,
            @Value("${samverkan.registry.notice-addresses.timeout:5s}") Duration timeout) {
        if (communications.isBlank() || tokenUri.isBlank()) {
            LoggerFactory.getLogger(NoticeAddressForwarder.class).warn("samverkan.registry.notice-addresses.communications-url "
                    + "or token-uri is not set: notice addresses given at registration wait on their records until it is");
            return new NoticeAddressForwarder(mongo, null);
        }
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        RestClient http = RestClient.builder().requestFactory(requests).build();
        MachineToken token = new MachineToken(http, URI.create(tokenUri), clientId, clientSecret, clock);
        return new NoticeAddressForwarder(mongo, new CommunicationsInboxes(http, URI.create(communications), token));
    }
}
