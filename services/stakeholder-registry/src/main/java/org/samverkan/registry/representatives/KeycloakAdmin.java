package org.samverkan.registry.representatives;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Keycloak's admin REST API as the registry's service account: a client-credentials token, kept until shortly
 * before it expires, on every request. Spring's RestClient rather than keycloak-admin-client, which would bring
 * RESTEasy and Jackson 2 for the handful of calls the registry makes (docs/adr/0018-representatives-accounts-through-the-keycloak-admin-api.md).
 */
@SuppressWarnings("unchecked")
class KeycloakAdmin {
    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private final AccountsProperties properties;
    private final Clock clock;
    private final RestClient http;
    private String token;
    private Instant renewAt = Instant.MIN;

    KeycloakAdmin(AccountsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * A request to {@code <admin url>/<path>} with the service account's token; {@code type} null for none.
     * Every failure is {@link AccountsUnavailable}, naming the call by its template: Spring's own exceptions name
     * the URL, which may hold an e-mail address. Only the I/O cause is kept (an outage is recognised by it).
     */
    <T> ResponseEntity<T> call(HttpMethod method, String path, Object body, ParameterizedTypeReference<T> type, Object... variables) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(properties.adminUrl() + path, variables)
                    .headers(h -> h.setBearerAuth(token()));
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            RestClient.ResponseSpec response = request.retrieve();
            return type == null ? (ResponseEntity<T>) response.toBodilessEntity() : response.toEntity(type);
        } catch (RestClientResponseException e) {
            String detail = "The identity provider answered " + e.getStatusCode().value() + " to " + method + " "
                    + path.replaceAll("\\?.*", "");
            throw e.getStatusCode().is5xxServerError()
                    ? new AccountsUnavailable.ProviderFailing(detail, e.getStatusCode().value())
                    : new AccountsUnavailable(detail, e.getStatusCode().value(), null);
        } catch (RestClientException e) {
            throw new AccountsUnavailable("The identity provider could not be reached (" + method + " "
                    + path.replaceAll("\\?.*", "") + ")", 0, e.getRootCause());
        }
    }

    private synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            Map<String, Object> response;
            try {
                response = http.post().uri(properties.tokenUrl())
                        .headers(h -> h.setBasicAuth(properties.clientId(), properties.clientSecret()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(OBJECT);
            } catch (RestClientResponseException e) {
                throw new AccountsUnavailable("The identity provider refused the registry's client credentials ("
                        + e.getStatusCode().value() + ")", e.getStatusCode().value(), null);
            } catch (RestClientException e) {
                throw new AccountsUnavailable("The identity provider could not be reached (token)", 0, e.getRootCause());
            }
            token = String.valueOf(response.get("access_token"));
            long lifetime = ((Number) response.getOrDefault("expires_in", 60)).longValue();
            // Renewed well before expiry, so a token never expires between here and Keycloak.
            renewAt = clock.instant().plusSeconds(Math.max(lifetime / 2, 1));
        }
        return token;
    }
}
