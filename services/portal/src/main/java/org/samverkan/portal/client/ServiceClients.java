package org.samverkan.portal.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.samverkan.portal.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the service clients. The bearer token is the logged-in user's access token from the session's
 * authorized client (refreshed with the refresh token when it expires), so every service sees who acts, and for a
 * representative which organisation they act for ({@link ActingForHeader}).
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    Services services(PortalProperties properties, OAuth2AuthorizedClientManager manager) {
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> "samverkan");
        return new Services(client(properties.registryUrl(), bearer), client(properties.inventoryUrl(), bearer),
                client(properties.communicationsUrl(), bearer), client(properties.followUpUrl(), bearer),
                client(properties.communicationsUrl(), null), client(properties.registryUrl(), null));
    }

    private static ServiceClient client(URI baseUrl, OAuth2ClientHttpRequestInterceptor bearer) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(20));
        RestClient.Builder rest = RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requests)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                });
        rest.requestInterceptor(ClientAddressForwarding.INSTANCE);
        if (bearer != null) {
            rest.requestInterceptor(bearer);
            rest.requestInterceptor(ActingForHeader.INSTANCE);
        }
        return new ServiceClient(rest.build());
    }

    static ServiceProblem problem(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        try {
            JsonNode json = JSON.readTree(body);
            List<ServiceProblem.FieldProblem> errors = new ArrayList<>();
            if (json.has("errors")) {
                json.get("errors").forEach(e -> errors.add(new ServiceProblem.FieldProblem(
                        e.path("field").asString(null), e.path("message").asString(""))));
            }
            return new ServiceProblem(status, json.path("title").asString(""), json.path("detail").asString(""), errors);
        } catch (RuntimeException notJson) {
            return new ServiceProblem(status, response.getStatusText(), "", List.of());
        }
    }
}
