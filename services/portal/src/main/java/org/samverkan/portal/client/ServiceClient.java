package org.samverkan.portal.client;

import java.util.List;
import java.util.Map;

import org.samverkan.portal.security.ActingOrganisation;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * One service's API as the pages use it: JSON in and out as maps and lists (the templates read them by field
 * name), every error turned into a {@link ServiceProblem}. The logged-in user's access token rides on every call
 * of the authenticated clients; the public client sends none.
 */
public final class ServiceClient {
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private final RestClient rest;

    ServiceClient(RestClient rest) {
        this.rest = rest;
    }

    public Map<String, Object> get(String uri, Object... variables) {
        return rest.get().uri(uri, variables).retrieve().body(OBJECT);
    }

    /** GET acting for a given organisation of the representative's, not the one they act for now. */
    public Map<String, Object> getActingFor(String organizationId, String uri, Object... variables) {
        return rest.get().uri(uri, variables).header(ActingOrganisation.HEADER, organizationId).retrieve().body(OBJECT);
    }

    public List<Map<String, Object>> list(String uri, Object... variables) {
        List<Map<String, Object>> body = rest.get().uri(uri, variables).retrieve().body(LIST);
        return body == null ? List.of() : body;
    }

    public String text(String uri, Object... variables) {
        return rest.get().uri(uri, variables).retrieve().body(String.class);
    }

    /** POST with a JSON body (or none when {@code body} is null); the answer, or an empty map for 204. */
    public Map<String, Object> post(String uri, Object body, Object... variables) {
        RestClient.RequestBodySpec request = rest.post().uri(uri, variables);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        Map<String, Object> answer = request.retrieve().body(OBJECT);
        return answer == null ? Map.of() : answer;
    }

    public Map<String, Object> put(String uri, Object body, Object... variables) {
        Map<String, Object> answer = rest.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(OBJECT);
        return answer == null ? Map.of() : answer;
    }

    /** PUT guarded by the version the user saw ({@code If-Match: "<version>"}): a stale one is the service's 409. */
    public Map<String, Object> putIfMatch(String uri, Object body, long version, Object... variables) {
        Map<String, Object> answer = rest.put().uri(uri, variables).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(OBJECT);
        return answer == null ? Map.of() : answer;
    }

    /** DELETE; the service answers 204. */
    public void delete(String uri, Object... variables) {
        rest.delete().uri(uri, variables).retrieve().toBodilessEntity();
    }
}
