package org.samverkan.registry.noticeaddress;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** Communications' inbox API, called with the registry's machine token. */
class CommunicationsInboxes {
    private final RestClient http;
    private final URI communications;
    private final MachineToken token;

    CommunicationsInboxes(RestClient http, URI communications, MachineToken token) {
        this.http = http;
        this.communications = communications;
        this.token = token;
    }

    /** Thrown when communications refuses the address itself (4xx but 401/403/429): repeating will not help. */
    static final class Refused extends RuntimeException {
        Refused(int status) {
            super("communications refused the notice address (HTTP " + status + ")");
        }
    }

    /** Sets the inbox where none exists yet; communications keeps one set meanwhile (a repeated forward changes nothing). */
    void forward(String organizationId, NoticeAddress address) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", address.email());
        body.put("sms", address.sms());
        try {
            http.put().uri(communications.toString().replaceAll("/+$", "") + "/api/organizations/{id}/inbox", organizationId)
                    .headers(h -> h.setBearerAuth(token.get())).contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity();
        } catch (HttpClientErrorException e) {
            int status = e.getStatusCode().value();
            if (status != 401 && status != 403 && status != 408 && status != 429) {
                throw new Refused(status);
            }
            throw e;
        }
    }
}
