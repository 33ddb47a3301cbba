package org.samverkan.registry.noticeaddress;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The registry's own access token (OAuth 2 client credentials, the realm's machine client), kept until shortly
 * before it expires so each forward does not cost a token request.
 */
class MachineToken {
    private final RestClient http;
    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    MachineToken(RestClient http, URI tokenUri, String clientId, String clientSecret, Clock clock) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    synchronized String get() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            Map<?, ?> answer = http.post().uri(tokenUri).headers(h -> h.setBasicAuth(clientId, clientSecret))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
            if (answer == null || !(answer.get("access_token") instanceof String accessToken)) {
                throw new IllegalStateException("the token endpoint answered without an access_token");
            }
            long expiresIn = answer.get("expires_in") instanceof Number n ? n.longValue() : 60;
            token = accessToken;
            // Renewed at half its lifetime: a token must not expire between this check and communications' own.
            renewAt = clock.instant().plusSeconds(Math.max(1, expiresIn / 2));
        }
        return token;
    }
}
